/**
 * The standalone page's WorkbookHost: the task pane's contract over an exceljs workbook in memory
 * (a Book). Reads go through the file host's converter, so a check here finds what `kdcl validate`
 * finds on the same file; output sheets are written by the file host's writer, which never replaces a
 * sheet the user made.
 *
 * Fixes and highlights change the workbook itself, as they do in Excel, so a downloaded file carries
 * them; each keeps what it replaced so `revert` puts it back exactly:
 *
 * - a fix records the cell's previous value (the very object: rich text, a date, a hyperlink) and
 *   leaves formula cells alone; undoing it leaves a cell the user changed since as it is;
 * - a highlight gives each marked cell its own style object with the severity's fill (exceljs shares
 *   one style object among the cells of a file that use the same style, so the style is replaced,
 *   never edited in place) and keeps the previous object to restore.
 */
import ExcelJS from "exceljs";
import type { HighlightCell } from "../../../core/findings/cells";
import type { Severity } from "../../../core/findings/severity";
import type { Grid } from "../../../core/grid";
import { a1, parseA1 } from "../../../core/grid";
import type { SheetPlan } from "../../../core/output/host";
import { existingSheets } from "../../../core/output/host";
import type { OutputSheet } from "../../../core/output/model";
import { HIGHLIGHT_STYLE, needsDarkFont } from "../../../core/findings/cells";
import { inventoryOf, writeOutputSheets } from "../write-sheets";
import type { CellEdit, RevertToken, SheetInfo, SkippedCell, WorkbookHost, WorkOptions } from "../../host";
import { Book, markKey } from "./book";
import { colorOf } from "./display";
import { readInSteps } from "./stepped-read";
import type { BookSettings } from "./settings";

type Style = Partial<ExcelJS.Style>;
/** exceljs keeps a cell's style in a plain `style` property its typings leave out. */
type Styled = ExcelJS.Cell & { style: Style };

interface EditRecord {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly before: ExcelJS.CellValue;
  readonly written: string | number;
}

interface HighlightRecord {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly before: Style;
}

type Undo =
  | { readonly kind: "edits"; readonly cells: readonly EditRecord[] }
  | { readonly kind: "highlight"; readonly cells: readonly HighlightRecord[] };

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

function isFormula(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula;
}

/** The cell a write lands in: a merged range's top-left cell, as in Excel. */
function target(cell: ExcelJS.Cell): ExcelJS.Cell {
  return cell.isMerged && cell.master ? cell.master : cell;
}

export class BrowserHost implements WorkbookHost {
  readonly kind = "standalone" as const;
  private readonly undo = new Map<string, Undo>();
  private nextToken = 1;

  constructor(readonly book: Book) {}

  get settings(): BookSettings {
    return this.book.settings;
  }

  readonly title = (): string => this.book.fileName;

  async listSheets(): Promise<SheetInfo[]> {
    const wb = this.book.workbook;
    const ours = new Map(
      existingSheets(inventoryOf(wb, this.book.owned)).map((s) => [s.name, s.ours !== null]),
    );
    const active = this.book.active;
    return this.book
      .visibleSheets()
      .map((ws) => ({ name: ws.name, active: ws.name === active, ours: ours.get(ws.name) ?? false }));
  }

  async readSheet(sheet: string | null, options: WorkOptions = {}): Promise<Grid> {
    const name = sheet ?? this.book.active;
    const ws = this.book.sheet(name);
    if (!ws) throw new Error(`Không có trang “${name}”. / No sheet named “${name}”.`);
    return readInSteps(ws, options);
  }

  async select(sheet: string, cell: string): Promise<void> {
    const at = parseA1(cell.split(":")[0] ?? "");
    if (!at) throw new Error(`Địa chỉ ô không hợp lệ: ${cell}. / Not a cell address: ${cell}.`);
    this.book.select(sheet, at);
  }

  async applyEdits(edits: readonly CellEdit[]): Promise<RevertToken> {
    const records = new Map<string, EditRecord>();
    const skipped: SkippedCell[] = [];
    for (const edit of edits) {
      const at = parseA1(edit.cell);
      const ws = this.book.sheet(edit.sheet);
      if (!at) {
        skipped.push({ sheet: edit.sheet, cell: edit.cell, reason: "bad-address" });
        continue;
      }
      if (!ws) {
        skipped.push({ sheet: edit.sheet, cell: edit.cell, reason: "no-sheet" });
        continue;
      }
      const cell = target(ws.getCell(at.row, at.col));
      if (isFormula(cell)) {
        skipped.push({ sheet: edit.sheet, cell: edit.cell, reason: "formula" });
        continue;
      }
      const row = Number(cell.row);
      const col = Number(cell.col);
      const key = markKey(edit.sheet, row, col);
      // A later edit of the same cell wins; the undo still restores the value before the first.
      const first = records.get(key);
      const before = first ? first.before : cell.value;
      // A string stays a string whatever it starts with: exceljs makes formulas only from objects.
      cell.value = edit.value;
      records.set(key, { sheet: edit.sheet, row, col, before, written: edit.value });
    }
    this.book.changed();
    return this.keep(
      { kind: "edits", cells: [...records.values()] },
      { kind: "edits", cells: records.size, ...(skipped.length > 0 ? { skipped } : {}) },
    );
  }

  async highlight(cells: readonly HighlightCell[]): Promise<RevertToken> {
    const targets = new Map<string, { sheet: string; row: number; col: number; severity: Severity }>();
    const skipped: SkippedCell[] = [];
    for (const c of cells) {
      const at = parseA1(c.cell);
      if (!at) {
        skipped.push({ sheet: c.sheet, cell: c.cell, reason: "bad-address" });
        continue;
      }
      if (!this.book.sheet(c.sheet)) {
        skipped.push({ sheet: c.sheet, cell: c.cell, reason: "no-sheet" });
        continue;
      }
      const key = markKey(c.sheet, at.row, at.col);
      // The core gives each cell once, with its colour decided.
      if (!targets.has(key)) targets.set(key, { sheet: c.sheet, ...at, severity: c.severity });
    }
    const records: HighlightRecord[] = [];
    for (const [key, t] of targets) {
      const cell = (this.book.sheet(t.sheet) as ExcelJS.Worksheet).getCell(t.row, t.col) as Styled;
      const before = cell.style;
      const style = HIGHLIGHT_STYLE[t.severity];
      const font = colorOf(before.font?.color);
      cell.style = {
        ...before,
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } },
        // Light text (white on a dark fill) would vanish on the light fill: it gets the dark one.
        ...(font && needsDarkFont(font)
          ? { font: { ...before.font, color: { argb: argb(style.font) } } }
          : {}),
      };
      records.push({ sheet: t.sheet, row: t.row, col: t.col, before });
      this.book.marks.set(key, t.severity);
    }
    this.book.changed();
    return this.keep(
      { kind: "highlight", cells: records },
      { kind: "highlight", cells: records.length, ...(skipped.length > 0 ? { skipped } : {}) },
    );
  }

  /** Undoes a fix or a highlight. A token is used once; reverting it again does nothing. */
  async revert(token: RevertToken): Promise<void> {
    await this.revertWithOutcome(token);
  }

  /** As `revert`, telling which fixed cells were left as the user changed them. */
  async revertWithOutcome(token: RevertToken): Promise<{ restored: number; changed: SkippedCell[] }> {
    const undo = this.undo.get(token.id);
    if (!undo) return { restored: 0, changed: [] };
    this.undo.delete(token.id);
    const changed: SkippedCell[] = [];
    let restored = 0;
    for (const r of [...undo.cells].reverse()) {
      const ws = this.book.sheet(r.sheet);
      if (!ws) {
        changed.push({ sheet: r.sheet, cell: a1(r.row, r.col), reason: "no-sheet" });
        continue;
      }
      const cell = ws.getCell(r.row, r.col) as Styled;
      if (undo.kind === "edits") {
        const rec = r as EditRecord;
        if (isFormula(cell) || cell.value !== rec.written) {
          changed.push({ sheet: r.sheet, cell: a1(r.row, r.col), reason: "changed" });
          continue;
        }
        cell.value = rec.before;
      } else {
        cell.style = (r as HighlightRecord).before;
        this.book.marks.delete(markKey(r.sheet, r.row, r.col));
      }
      restored += 1;
    }
    this.book.changed();
    return { restored, changed };
  }

  async writeOutputSheets(sheets: readonly OutputSheet[]): Promise<SheetPlan> {
    const active = this.book.active;
    // The file host's writer: ours replaced (keeping their place among the tabs), the user's never.
    const plan = writeOutputSheets(this.book.workbook, sheets, this.book.owned);
    for (const w of plan.write) {
      const sheet = sheets.find((s) => s.id === w.id);
      if (sheet) this.book.written.set(w.id, { sheet, name: w.name });
    }
    // The user keeps looking at the sheet they had open (when it was one of ours, at its new self).
    if (this.book.sheet(active)) this.book.activate(active);
    this.book.changed();
    return plan;
  }

  private keep(undo: Undo, token: Omit<RevertToken, "id">): RevertToken {
    const id = `${undo.kind}-${this.nextToken++}`;
    this.undo.set(id, undo);
    return { ...token, id };
  }
}
