/// <reference types="office-js" />
/**
 * The Excel host: the task pane's WorkbookHost over office-js. Every method is one user action and
 * one `Excel.run`; the syncs each makes are bounded and independent of the list's length (see
 * read.ts, edits.ts, highlight.ts, output.ts). The state needed to undo fixes and highlights stays
 * here, keyed by the token's id: Excel's own undo does not reliably cover add-in writes.
 *
 *   const host = await createExcelHost();   // after Office.onReady; loads settings and the title
 *   const grid = await host.readSheet(null, { signal, onProgress });
 */
import type { HighlightCell } from "../../core/findings/cells";
import type { Grid } from "../../core/grid";
import type { SheetPlan } from "../../core/output/host";
import { existingSheets, OWNER_NAMES, writeOutput } from "../../core/output/host";
import type { OutputSheet, OutputSheetId } from "../../core/output/model";
import { OUTPUT_SHEET_IDS } from "../../core/output/model";
import type { CellEdit, RevertToken, SheetInfo, SkippedCell, WorkbookHost, WorkOptions } from "../host";
import type { ApiSupport } from "./api";
import { detectApi } from "./api";
import type { EditsUndo } from "./edits";
import { applyEditsIn, revertEditsIn } from "./edits";
import type { HighlightUndo } from "./highlight";
import { highlightIn, revertHighlightIn } from "./highlight";
import { OfficeSheetHost } from "./output";
import { readGrid } from "./read";
import { ExcelSettings } from "./settings";

/** What `revert` did: cells restored, and fixed cells the user has changed since (left alone). */
export interface RevertOutcome {
  readonly restored: number;
  readonly changed: readonly SkippedCell[];
}

/** Excel older than the add-in's floor (ExcelApi 1.7); says so in both languages. */
export class ExcelTooOldError extends Error {
  override readonly name = "ExcelTooOldError";
  readonly vi = "Phần bổ trợ cần Excel 2019, Microsoft 365 hoặc Excel trên web (ExcelApi 1.7 trở lên).";
  readonly en = "The add-in needs Excel 2019, Microsoft 365 or Excel on the web (ExcelApi 1.7 or later).";

  constructor() {
    super("");
    this.message = `${this.vi} / ${this.en}`;
  }
}

export interface ExcelHostOptions {
  /** Requirement sets; asked of Office when omitted. */
  readonly api?: ApiSupport;
}

export class ExcelHost implements WorkbookHost {
  readonly kind = "excel" as const;
  private readonly undo = new Map<string, EditsUndo | HighlightUndo>();
  private nextToken = 1;

  constructor(
    private readonly workbookName: string,
    readonly settings: ExcelSettings,
    readonly api: ApiSupport,
  ) {}

  readonly title = (): string => this.workbookName;

  async listSheets(): Promise<SheetInfo[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name, items/visibility");
      const active = sheets.getActiveWorksheet();
      active.load("name");
      const names = context.workbook.names;
      names.load("items/name, items/formula");
      await context.sync();
      const marks: Partial<Record<OutputSheetId, string>> = {};
      for (const id of OUTPUT_SHEET_IDS) {
        const item = names.items.find((n) => n.name.toLowerCase() === OWNER_NAMES[id].toLowerCase());
        if (item) marks[id] = item.formula;
      }
      const ours = existingSheets({ sheets: sheets.items.map((s) => s.name), marks });
      return sheets.items
        .map((s, i) => ({ s, ours: ours[i]?.ours ?? null }))
        .filter(({ s }) => s.visibility === "Visible")
        .map(({ s, ours: id }) => ({ name: s.name, active: s.name === active.name, ours: id !== null }));
    });
  }

  readSheet(sheet: string | null, options: WorkOptions = {}): Promise<Grid> {
    return Excel.run((context) => readGrid(context, this.api, sheet, options));
  }

  async select(sheet: string, cell: string): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  async applyEdits(edits: readonly CellEdit[]): Promise<RevertToken> {
    const done = await Excel.run((context) => applyEditsIn(context, this.api, edits));
    return this.keep(done.undo, done.token);
  }

  async highlight(cells: readonly HighlightCell[]): Promise<RevertToken> {
    const done = await Excel.run((context) => highlightIn(context, this.api, cells));
    return this.keep(done.undo, done.token);
  }

  /** Undoes a fix or a highlight (see `revertWithOutcome`). */
  async revert(token: RevertToken): Promise<void> {
    await this.revertWithOutcome(token);
  }

  /**
   * Undoes a fix or a highlight. A token is used once; reverting it again does nothing. Fixed cells
   * the user has changed since are left as the user made them (listed in the outcome).
   */
  async revertWithOutcome(token: RevertToken): Promise<RevertOutcome> {
    const undo = this.undo.get(token.id);
    if (!undo) return { restored: 0, changed: [] };
    const outcome = await Excel.run(async (context): Promise<RevertOutcome> => {
      if (undo.kind === "edits") return revertEditsIn(context, this.api, undo);
      return { restored: await revertHighlightIn(context, this.api, undo), changed: [] };
    });
    this.undo.delete(token.id);
    return outcome;
  }

  async writeOutputSheets(sheets: readonly OutputSheet[]): Promise<SheetPlan> {
    return Excel.run(async (context) => {
      const host = new OfficeSheetHost(context, this.api);
      const plan = await writeOutput(host, sheets);
      host.restoreActive(plan);
      await host.flush();
      return plan;
    });
  }

  private keep(undo: EditsUndo | HighlightUndo, token: Omit<RevertToken, "id">): RevertToken {
    const id = `${undo.kind}-${this.nextToken++}`;
    this.undo.set(id, undo);
    return { ...token, id };
  }
}

/**
 * Creates the host once Office is ready: one `Excel.run` loads the workbook's settings (so
 * `settings.get` can answer synchronously) and its name.
 */
export async function createExcelHost(options: ExcelHostOptions = {}): Promise<ExcelHost> {
  await Office.onReady();
  const api = options.api ?? detectApi();
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.7")) throw new ExcelTooOldError();
  return Excel.run(async (context) => {
    const wb = context.workbook;
    wb.load("name");
    const settings = await ExcelSettings.loadIn(context);
    return new ExcelHost(wb.name, settings, api);
  });
}
