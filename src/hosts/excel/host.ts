/// <reference types="office-js" />
/**
 * The Excel host: the task pane's WorkbookHost over office-js. Every method is one user action and
 * one `Excel.run`; the syncs each makes are bounded and independent of the list's length (see
 * read.ts, edits.ts, highlight.ts, output.ts). The state needed to undo fixes and highlights stays
 * here, keyed by the token's id: Excel's own undo does not reliably cover add-in writes.
 *
 * An action Excel fails midway never stays half done without its undo: a fix or a highlight whose
 * write failed is undone at once in a new request; should that fail too, its undo is kept under a
 * token the error carries, for the pane's Undo. A failed write of the result sheets is undone the same
 * way, or, failing that, at the start of the next one. Each failure reaches the pane as one
 * `HostActionError` saying what was and was not done.
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
import type {
  CellEdit,
  ListsHost,
  LiveHost,
  RevertToken,
  SheetInfo,
  SkippedCell,
  WorkbookHost,
  WorkOptions,
} from "../host";
import type { ApiSupport } from "./api";
import { detectApi } from "./api";
import type { EditsUndo } from "./edits";
import { applyEditsIn, revertEditsIn, WriteFailed } from "./edits";
import type { HighlightUndo } from "./highlight";
import { highlightIn, revertHighlightIn, updateHighlightIn } from "./highlight";
import { readRows, watchSheet } from "./live";
import { addTemplate, applyLists, removeLists } from "./validation";
import type { OutputAttempt, ParkedSheet } from "./output";
import { OfficeSheetHost } from "./output";
import { dropParked, undoOutput } from "./output-undo";
import type { HostAction } from "./action-error";
import { HostActionError, officeCode } from "./action-error";
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
  /** A write of the result sheets whose undo, or whose dropping of the old sheets, is still to do. */
  private pendingOutput: { readonly undo: OutputAttempt } | { readonly drop: readonly ParkedSheet[] } | null =
    null;

  constructor(
    private readonly workbookName: string,
    readonly settings: ExcelSettings,
    readonly api: ApiSupport,
  ) {}

  readonly title = (): string => this.workbookName;

  /** Drop-down lists of codes, types and actions on a list's columns. */
  readonly lists: ListsHost = {
    apply: (sheet, top, bottom, targets) => applyLists(sheet, top, bottom, targets),
    remove: (lists) => removeLists(lists),
    addSheet: (spec) => addTemplate(spec),
  };

  /** The live check: the checked sheet's edits, rows read back, highlights kept up to date. */
  readonly live: LiveHost = {
    watch: (sheet, listener) => watchSheet(sheet, listener),
    readRows: (sheet, top, bottom, left, right) => readRows(sheet, top, bottom, left, right),
    updateHighlight: async (token, sheet, cells) => {
      const undo = this.undo.get(token.id);
      if (!undo || undo.kind !== "highlight") return token;
      try {
        const next = await Excel.run((context) => updateHighlightIn(context, this.api, undo, sheet, cells));
        this.undo.set(token.id, next);
        return { kind: "highlight", id: token.id, cells: next.cells.length };
      } catch (e) {
        // The token now covers every cell ever marked: undoing it puts the sheet back as it was.
        if (e instanceof WriteFailed) this.undo.set(token.id, e.undo as HighlightUndo);
        throw new HostActionError({
          action: "highlight",
          code: officeCode(e instanceof WriteFailed ? e.failure : e),
          restored: false,
          left: token,
        });
      }
    },
  };

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
    try {
      const done = await Excel.run((context) => applyEditsIn(context, this.api, edits));
      return this.keep(done.undo, done.token);
    } catch (e) {
      throw await this.failed("edits", e);
    }
  }

  async highlight(cells: readonly HighlightCell[]): Promise<RevertToken> {
    try {
      const done = await Excel.run((context) => highlightIn(context, this.api, cells));
      return this.keep(done.undo, done.token);
    } catch (e) {
      throw await this.failed("highlight", e);
    }
  }

  /**
   * The error for a fix or highlight that failed. Before any write nothing changed; after a write
   * failed midway, the undo of every target runs at once, and is kept under a token when it cannot.
   */
  private async failed(action: HostAction, e: unknown): Promise<HostActionError> {
    if (!(e instanceof WriteFailed))
      return new HostActionError({ action, code: officeCode(e), restored: true, left: null, begun: false });
    const undo = e.undo as EditsUndo | HighlightUndo;
    const code = officeCode(e.failure);
    try {
      await Excel.run(async (context) => {
        if (undo.kind === "edits") await revertEditsIn(context, this.api, undo);
        else await revertHighlightIn(context, this.api, undo);
      });
      return new HostActionError({ action, code, restored: true, left: null });
    } catch {
      const left = this.keep(undo, { kind: undo.kind, cells: undo.cells.length });
      return new HostActionError({ action, code, restored: false, left });
    }
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
    const leftToDrop = await this.finishPendingOutput();
    let attempt: (() => OutputAttempt) | null = null;
    let plan: SheetPlan;
    try {
      plan = await Excel.run(async (context) => {
        const host = new OfficeSheetHost(context, this.api);
        attempt = () => host.attempt();
        const done = await writeOutput(host, sheets);
        host.restoreActive(done);
        await host.flush();
        return done;
      });
    } catch (e) {
      if (e instanceof HostActionError) throw e;
      const code = officeCode(e);
      const changed = attempt === null ? null : (attempt as () => OutputAttempt)();
      if (changed === null || (changed.added.length === 0 && changed.parked.length === 0))
        throw new HostActionError({ action: "output", code, restored: true, left: null, begun: false });
      try {
        await Excel.run((context) => undoOutput(context, changed));
      } catch {
        this.pendingOutput = { undo: changed };
        throw new HostActionError({
          action: "output",
          code,
          restored: false,
          left: null,
          sheets: changed.added,
        });
      }
      throw new HostActionError({ action: "output", code, restored: true, left: null });
    }
    const done = attempt === null ? null : (attempt as () => OutputAttempt)();
    const drop = [...leftToDrop, ...(done?.parked ?? [])];
    if (drop.length > 0) {
      // The new sheets are complete: the old ones go now, or at the start of the next write.
      await Excel.run((context) => dropParked(context, drop)).catch(() => {
        this.pendingOutput = { drop };
      });
    }
    return plan;
  }

  /**
   * Runs the undo a previous failed write of the result sheets left pending, refusing to write over
   * it until it succeeds. Old sheets still to drop are returned, for the write to drop with its own
   * (hidden, they do no harm meanwhile).
   */
  private async finishPendingOutput(): Promise<readonly ParkedSheet[]> {
    const pending = this.pendingOutput;
    if (pending === null) return [];
    if ("drop" in pending) {
      this.pendingOutput = null;
      return pending.drop;
    }
    try {
      await Excel.run((context) => undoOutput(context, pending.undo));
      this.pendingOutput = null;
      return [];
    } catch (e) {
      throw new HostActionError({
        action: "output",
        code: officeCode(e),
        restored: false,
        left: null,
        sheets: pending.undo.added,
      });
    }
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
