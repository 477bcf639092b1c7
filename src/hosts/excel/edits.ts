/// <reference types="office-js" />
/**
 * Fixes to the user's cells, and their exact undo. Two syncs each way, whatever the number of cells
 * (up to the request budget, ~50 000 cells):
 *
 *   apply   1. ask what the workbook allows (access.ts): a sheet renamed or deleted since the check,
 *              a locked cell of a protected sheet, or a cell whose fix or undo would need a format
 *              change a protection forbids, is left alone and reported as skipped — never tried;
 *           2. read every target's formula, R1C1 formula, value, value type and number format;
 *           3. leave formula cells alone (reported as skipped) and write the others.
 *   revert  1. find each fixed cell's sheet by its id (the user may have renamed it since);
 *           2. read the cells again: one the user changed since the fix is left as the user made it;
 *           3. write back each remaining cell's previous content and number format.
 *
 * A write Excel refuses midway (a lost connection, a protection set meanwhile) leaves part of the fix
 * applied: `applyEditsIn` then throws `WriteFailed` holding the undo of every cell it meant to write,
 * and the host runs that undo at once (see host.ts), so the sheet ends as it was.
 *
 * Text stays text: Excel's `values` parses a string as if typed, so "=A1", "+84…", "-", "@x" or
 * "01/02" would become a formula, a number or a date. Each run is written as three assignments in
 * one request — the number formats with "@" on the text cells, the values, then the cells' own
 * number formats again — so the text lands as text and the user's formatting ends as it was (Excel
 * does not re-parse a cell when only its format changes). A number written into a cell formatted as
 * text gets "General" the same way, so it stays a number. No apostrophe is written, so nothing extra
 * appears in the cell or the formula bar.
 *
 * Excel has no multi-area setter for values, so writes go per run (consecutive rows of a column):
 * one range for a column of fixes, one per cell for scattered ones, all in the same request.
 */
import type { CellEdit, RevertToken, SkippedCell } from "../host";
import type { ApiSupport } from "./api";
import { inSequence, packBySize } from "./batch";
import type { CellRef, CellState, Run } from "./cells";
import { a1Of, cellKey, columnRuns, parseTargets, readStates, runRef } from "./cells";
import { BYTES, REQUEST_BUDGET_BYTES } from "./limits";
import { lockedCells, workbookAccess } from "./access";
import { staysText } from "./plain-text";

/** One cell to write: what goes in and how, with the number formats around it. */
export interface CellWrite extends CellRef {
  /** "values" for constants (text, numbers, errors, ""), "formulas" for formulas. */
  readonly via: "values" | "formulas";
  readonly content: string | number | boolean;
  /** The number format the content is written under. */
  readonly guardFormat: string;
  /** The number format the cell ends with. */
  readonly finalFormat: string;
}

/** The format under which a content is written so Excel keeps it as what it is. */
function guardFormatFor(kind: CellState["kind"], finalFormat: string): string {
  if (kind === "text") return "@";
  // Emptying a cell is the same in any format.
  if (kind === "empty") return finalFormat;
  // A formula or a number typed into a text-formatted cell would become text.
  return finalFormat === "@" ? "General" : finalFormat;
}

/** Queues the writes of a batch: per run, formats-values-formats, skipping the guard when not needed. */
function queueWrites(context: Excel.RequestContext, writes: readonly CellWrite[]): void {
  const runs = columnRuns(writes, (a, b) => a.via === b.via);
  const sheets = new Map<string, Excel.Worksheet>();
  for (const run of runs) {
    let sheet = sheets.get(run.sheet);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(run.sheet);
      sheets.set(run.sheet, sheet);
    }
    const range = sheet.getRange(runRef(run as Run<CellRef>));
    const guarded = run.cells.some((c) => c.guardFormat !== c.finalFormat);
    if (guarded) range.numberFormat = run.cells.map((c) => [c.guardFormat]);
    if (run.cells[0]?.via === "formulas") range.formulas = run.cells.map((c) => [c.content]);
    else range.values = run.cells.map((c) => [c.content]);
    if (guarded) range.numberFormat = run.cells.map((c) => [c.finalFormat]);
  }
}

const writeSize = (w: CellWrite): number =>
  BYTES.proxy / 4 +
  3 * (w.finalFormat.length + 4) +
  (typeof w.content === "string" ? w.content.length * 3 + 3 : 12);

/** Writes cells in as few syncs as the budget allows (one for any realistic fix). */
async function writeCells(context: Excel.RequestContext, writes: readonly CellWrite[]): Promise<void> {
  const batches = packBySize(writes, writeSize, REQUEST_BUDGET_BYTES);
  await inSequence(batches, async (batch) => {
    queueWrites(context, batch);
    await context.sync();
  });
}

/** What `revert` needs for one fixed cell. */
export interface EditRecord extends CellRef {
  /** The sheet's id: an undo finds the sheet even after the user renamed it. */
  readonly sheetId: string;
  readonly before: CellState;
  readonly written: string | number;
}

export interface EditsUndo {
  readonly kind: "edits";
  readonly cells: readonly EditRecord[];
}

export interface AppliedEdits {
  readonly undo: EditsUndo;
  readonly token: Omit<RevertToken, "id">;
}

/** A write Excel refused midway, with the undo of everything the action meant to change. */
export class WriteFailed<U> extends Error {
  override readonly name = "WriteFailed";
  constructor(
    readonly undo: U,
    readonly failure: unknown,
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
  }
}

/**
 * The guard format for writing `content` over a cell formatted `format`, on a sheet that may forbid
 * format changes: no guard when none is needed, or when the text stays text anyway (plain-text.ts);
 * null when the content cannot be written exactly there.
 */
function guardOn(
  canFormat: boolean,
  kind: CellState["kind"],
  content: string | number | boolean,
  format: string,
): string | null {
  const guard = guardFormatFor(kind, format);
  if (canFormat || guard === format) return guard;
  return kind === "text" && typeof content === "string" && staysText(content) ? format : null;
}

export async function applyEditsIn(
  context: Excel.RequestContext,
  api: ApiSupport,
  edits: readonly CellEdit[],
): Promise<AppliedEdits> {
  const { cells, skipped } = parseTargets(edits);
  const skip: SkippedCell[] = [...skipped];
  const access = await workbookAccess(context);
  const present = cells.filter((c) => {
    if (access.byName(c.sheet)) return true;
    skip.push({ sheet: c.sheet, cell: c.item.cell, reason: "no-sheet" });
    return false;
  });
  const locked = await lockedCells(context, api, access, present);
  const open = present.filter((c) => {
    if (!locked.has(cellKey(c))) return true;
    skip.push({ sheet: c.sheet, cell: c.item.cell, reason: "protected" });
    return false;
  });
  const states = await readStates(context, api, open);
  const records: EditRecord[] = [];
  const writes: CellWrite[] = [];
  for (const c of open) {
    const before = states.get(cellKey(c));
    const sheet = access.byName(c.sheet);
    if (!before || !sheet) {
      skip.push({ sheet: c.sheet, cell: c.item.cell, reason: "no-sheet" });
      continue;
    }
    if (before.kind === "formula") {
      skip.push({ sheet: c.sheet, cell: c.item.cell, reason: "formula" });
      continue;
    }
    const value = c.item.value;
    const kind = typeof value === "string" ? "text" : "number";
    // The fix and its undo must each be writable exactly: no format change a protection forbids.
    const guard = guardOn(sheet.canFormat, kind, value, before.numberFormat);
    if (
      guard === null ||
      guardOn(sheet.canFormat, before.kind, before.content, before.numberFormat) === null
    ) {
      skip.push({ sheet: c.sheet, cell: c.item.cell, reason: "protected" });
      continue;
    }
    records.push({ sheet: c.sheet, sheetId: sheet.id, row: c.row, col: c.col, before, written: value });
    writes.push({
      sheet: c.sheet,
      row: c.row,
      col: c.col,
      via: "values",
      content: value,
      guardFormat: guard,
      finalFormat: before.numberFormat,
    });
  }
  const undo: EditsUndo = { kind: "edits", cells: records };
  try {
    await writeCells(context, writes);
  } catch (e) {
    throw new WriteFailed(undo, e);
  }
  return {
    undo,
    token: { kind: "edits", cells: records.length, ...(skip.length > 0 ? { skipped: skip } : {}) },
  };
}

/**
 * True when the cell holds what the fix wrote, or still what it held before (a write that stopped
 * midway may have changed only its number format): either way putting `before` back is exact.
 */
function oursToRestore(now: CellState | null | undefined, record: EditRecord): boolean {
  if (!now || now.kind === "formula") return false;
  return (
    now.content === record.written ||
    (now.kind === record.before.kind && now.content === record.before.content)
  );
}

export interface RevertedEdits {
  readonly restored: number;
  /** Cells the user changed after the fix: left as the user made them. */
  readonly changed: readonly SkippedCell[];
}

export async function revertEditsIn(
  context: Excel.RequestContext,
  api: ApiSupport,
  undo: EditsUndo,
): Promise<RevertedEdits> {
  const access = await workbookAccess(context);
  const changed: SkippedCell[] = [];
  // Each record under its sheet's name now (renamed sheets are followed by id).
  const present: EditRecord[] = [];
  const canFormat = new Map<string, boolean>();
  for (const c of undo.cells) {
    const sheet = access.byId(c.sheetId);
    if (sheet) {
      present.push({ ...c, sheet: sheet.name });
      canFormat.set(sheet.name, sheet.canFormat);
    } else changed.push({ sheet: c.sheet, cell: a1Of(c), reason: "no-sheet" });
  }
  const now = await readStates(context, api, present);
  const writes: CellWrite[] = [];
  for (const c of present) {
    const state = now.get(cellKey(c));
    if (!oursToRestore(state, c)) {
      changed.push({ sheet: c.sheet, cell: a1Of(c), reason: state === null ? "no-sheet" : "changed" });
      continue;
    }
    const b = c.before;
    // A protection set since the fix may forbid the format change the undo needs.
    const guard = guardOn(canFormat.get(c.sheet) ?? true, b.kind, b.content, b.numberFormat);
    if (guard === null) {
      changed.push({ sheet: c.sheet, cell: a1Of(c), reason: "protected" });
      continue;
    }
    writes.push({
      sheet: c.sheet,
      row: c.row,
      col: c.col,
      via: b.kind === "formula" ? "formulas" : "values",
      content: b.content,
      guardFormat: guard,
      finalFormat: b.numberFormat,
    });
  }
  await writeCells(context, writes);
  return { restored: writes.length, changed };
}
