/// <reference types="office-js" />
/**
 * What the workbook lets an action touch, asked before the action writes anything: which sheets
 * exist now (the user may have renamed or deleted one while the pane was open), their ids (stable
 * across renames, so an undo finds its sheet under a new name), which are protected and whether their
 * protection allows formatting, whether the workbook's structure is protected, and which target cells
 * of a protected sheet are locked (official templates often protect all but the input cells).
 *
 *   sync 1   every sheet's name, id and protection, and the workbook's protection (one request);
 *   sync 2   only when a target sheet is protected: the Locked format of its target runs.
 */
import type { CellRef, Run } from "./cells";
import { cellKey, columnRuns, runRef } from "./cells";
import type { ApiSupport } from "./api";
import { inSequence, packBySize } from "./batch";
import { BYTES, REQUEST_BUDGET_BYTES } from "./limits";

export interface SheetAccess {
  readonly id: string;
  /** The sheet's name now. */
  readonly name: string;
  readonly protected: boolean;
  /** On a protected sheet, whether its protection lets cells be formatted (fills, number formats). */
  readonly canFormat: boolean;
}

export interface WorkbookAccess {
  readonly structureProtected: boolean;
  /** By name, compared as Excel does (case-insensitively). */
  byName(name: string): SheetAccess | null;
  byId(id: string): SheetAccess | null;
}

const key = (name: string): string => name.normalize("NFC").toLocaleLowerCase("vi");

export async function workbookAccess(context: Excel.RequestContext): Promise<WorkbookAccess> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/id, items/protection/protected, items/protection/options");
  const protection = context.workbook.protection;
  protection.load("protected");
  await context.sync();
  const byName = new Map<string, SheetAccess>();
  const byId = new Map<string, SheetAccess>();
  for (const s of sheets.items) {
    const p = s.protection.protected;
    const a: SheetAccess = {
      id: s.id,
      name: s.name,
      protected: p,
      canFormat: !p || s.protection.options.allowFormatCells === true,
    };
    byName.set(key(s.name), a);
    byId.set(s.id, a);
  }
  return {
    structureProtected: protection.protected,
    byName: (name) => byName.get(key(name)) ?? null,
    byId: (id) => byId.get(id) ?? null,
  };
}

/**
 * The target cells whose contents a protection refuses: the locked cells of protected sheets. A run
 * read as a whole whose cells differ (ExcelApi 1.7 has no per-cell read) counts as locked: a cell we
 * cannot tell is left alone rather than tried.
 */
export async function lockedCells<T extends CellRef>(
  context: Excel.RequestContext,
  api: ApiSupport,
  access: WorkbookAccess,
  cells: readonly T[],
): Promise<Set<string>> {
  const locked = new Set<string>();
  const runs = columnRuns(cells.filter((c) => access.byName(c.sheet)?.protected === true));
  if (runs.length === 0) return locked;
  const size = (r: Run<T>): number => BYTES.proxy * 3 + (r.bottom - r.top + 1) * 24;
  const batches = packBySize(runs, size, REQUEST_BUDGET_BYTES);
  await inSequence(batches, async (batch) => {
    const queued = batch.map((run) => {
      const range = (): Excel.Range => context.workbook.worksheets.getItem(run.sheet).getRange(runRef(run));
      if (api.v1_9)
        return {
          run,
          cells: range().getCellProperties({ format: { protection: true } }),
          whole: null,
        };
      const format = range().format;
      const protection = format.protection;
      protection.load("locked");
      return { run, cells: null, whole: protection };
    });
    await context.sync();
    for (const q of queued) {
      q.run.cells.forEach((c, i) => {
        const isLocked = q.cells
          ? q.cells.value[i]?.[0]?.format?.protection?.locked !== false
          : q.whole?.locked !== false;
        if (isLocked) locked.add(cellKey(c));
      });
    }
  });
  return locked;
}
