/**
 * What the standalone page's grid view draws, read from the Book: sheet tabs, each sheet's geometry
 * (row tops and column lefts in pixels, from Excel's row heights and column widths), merged ranges,
 * and the look of a cell on demand, so a 50 000-row sheet costs only the cells on screen.
 *
 * The grid view imports these types only; the implementation comes with exceljs in the lazy chunk.
 */
import type ExcelJS from "exceljs";
import type { Severity } from "../../../core/findings/severity";
import type { CellRange } from "../../../core/grid";
import { parseRangeA1 } from "../../../core/grid";
import { existingSheets } from "../../../core/output/host";
import { cellsInRange } from "../../../core/output/model";
import type { Lang } from "../../../core/text/format";
import { inventoryOf } from "../write-sheets";
import type { Book, CellPosition } from "./book";
import { markKey } from "./book";
import type { CellLook } from "./display";
import { contentOf, formatNumberAs, lookOf } from "./display";
import { maxOf } from "../../../core/arrays";

export type { CellLook } from "./display";
export type { CellPosition } from "./book";

export interface SheetTab {
  readonly name: string;
  /** One of the add-in's output sheets. */
  readonly ours: boolean;
}

export interface ShownCell extends CellLook {
  /** Set while a highlight marks the cell. */
  readonly severity: Severity | null;
}

/** A column chart of one of our sheets, drawn over the cells it covers as Excel draws it. */
export interface ChartView {
  readonly title: string;
  /** The cells the chart covers. */
  readonly range: CellRange;
  readonly bars: readonly { readonly label: string; readonly value: number; readonly text: string }[];
  /** The top of the value axis. */
  readonly max: number;
}

export interface SheetLayout {
  readonly sheet: string;
  /** Rows and columns drawn: the used range and a margin of empty ones, as a spreadsheet shows. */
  readonly rows: number;
  readonly cols: number;
  /** The last row and column holding anything (Ctrl+End goes there). */
  readonly lastRow: number;
  readonly lastCol: number;
  /** `rowTops[r]` is the top of row r in pixels (1-based); `rowTops[rows + 1]` the total height. */
  readonly rowTops: Float64Array;
  /** `colLefts[c]` is the left of column c in pixels (1-based); `colLefts[cols + 1]` the total width. */
  readonly colLefts: Float64Array;
  readonly merges: readonly CellRange[];
  /** The merged range covering a cell, if any. */
  mergeAt(row: number, col: number): CellRange | null;
  /** The look of a cell; null for an empty, unstyled one. */
  cell(row: number, col: number, lang: Lang): ShownCell | null;
  /** What the formula bar shows for a cell. */
  content(row: number, col: number, lang: Lang): string;
  /** The charts on this sheet (our summary sheet's; exceljs does not read the user's). */
  charts(lang: Lang): ChartView[];
}

export interface WorkbookView {
  readonly version: number;
  readonly selectSeq: number;
  subscribe(listener: () => void): () => void;
  tabs(): SheetTab[];
  active(): string;
  activate(sheet: string): void;
  selection(sheet: string): CellPosition;
  select(sheet: string, cell: CellPosition): void;
  layout(sheet: string): SheetLayout;
}

/** Excel's default column width (8.43 characters) is 64 pixels; a character of Calibri 11 is 7. */
const charsToPx = (chars: number): number => Math.max(0, Math.round(chars * 7 + 5));
/** Row heights are in points. */
const pointsToPx = (points: number): number => Math.max(0, Math.round((points * 4) / 3));

const MARGIN_ROWS = 20;
const MARGIN_COLS = 3;
const MIN_ROWS = 40;
const MIN_COLS = 12;

/** Merged ranges; exceljs 4.4 keeps them in the private `_merges` (see file/workbook.ts). */
function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const priv = (ws as unknown as { _merges?: Record<string, CellRange | undefined> })._merges;
  if (priv && typeof priv === "object") {
    return Object.values(priv)
      .filter((m): m is CellRange => !!m && m.top > 0 && m.left > 0)
      .map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
  }
  const refs = (ws.model as { merges?: string[] }).merges ?? [];
  return refs.map(parseRangeA1).filter((r): r is CellRange => r !== null);
}

class SheetGeometry implements SheetLayout {
  readonly rows: number;
  readonly cols: number;
  readonly lastRow: number;
  readonly lastCol: number;
  readonly rowTops: Float64Array;
  readonly colLefts: Float64Array;
  readonly merges: readonly CellRange[];
  private readonly mergesByRow = new Map<number, CellRange[]>();

  constructor(
    private readonly book: Book,
    private readonly ws: ExcelJS.Worksheet,
  ) {
    this.merges = mergesOf(ws);
    const columns = (ws.columns as (Partial<ExcelJS.Column> | undefined)[] | undefined) ?? [];
    let usedCols = 0;
    ws.eachRow({ includeEmpty: false }, (row) => {
      usedCols = Math.max(usedCols, row.cellCount);
    });
    let mergedRows = 0;
    for (const m of this.merges) {
      usedCols = Math.max(usedCols, m.right);
      mergedRows = Math.max(mergedRows, m.bottom);
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(m);
        else this.mergesByRow.set(r, [m]);
      }
    }
    this.lastRow = Math.max(1, ws.rowCount, mergedRows);
    this.lastCol = Math.max(1, usedCols);
    const sized = columns.reduce((n, c, i) => (c?.width ? i + 1 : n), 0);
    // Our charts sit beside the tables: the sheet reaches as far as they do.
    let chartRight = 0;
    let chartBottom = 0;
    for (const { sheet, name } of book.written.values()) {
      if (name !== ws.name) continue;
      for (const c of sheet.charts) {
        chartRight = Math.max(chartRight, c.anchor.to.col);
        chartBottom = Math.max(chartBottom, c.anchor.to.row);
      }
    }
    this.cols = Math.max(MIN_COLS, Math.max(usedCols, sized, chartRight) + MARGIN_COLS);
    this.rows = Math.max(MIN_ROWS, Math.max(ws.rowCount, mergedRows, chartBottom) + MARGIN_ROWS);

    const props = ws.properties as Partial<ExcelJS.WorksheetProperties> | undefined;
    const defaultWidth = charsToPx(props?.defaultColWidth ?? 8.43);
    const defaultHeight = pointsToPx(props?.defaultRowHeight ?? 15);
    this.colLefts = new Float64Array(this.cols + 2);
    for (let c = 1; c <= this.cols; c++) {
      const w = columns[c - 1]?.width;
      this.colLefts[c + 1] = (this.colLefts[c] ?? 0) + (typeof w === "number" ? charsToPx(w) : defaultWidth);
    }
    this.rowTops = new Float64Array(this.rows + 2);
    for (let r = 1; r <= this.rows; r++) {
      const h = ws.findRow(r)?.height;
      this.rowTops[r + 1] =
        (this.rowTops[r] ?? 0) + (typeof h === "number" && h > 0 ? pointsToPx(h) : defaultHeight);
    }
  }

  get sheet(): string {
    return this.ws.name;
  }

  mergeAt(row: number, col: number): CellRange | null {
    return this.mergesByRow.get(row)?.find((m) => col >= m.left && col <= m.right) ?? null;
  }

  cell(row: number, col: number, lang: Lang): ShownCell | null {
    const cell = this.ws.findCell(row, col);
    const severity = this.book.marks.get(markKey(this.ws.name, row, col)) ?? null;
    if (!cell) return severity ? { ...EMPTY, severity } : null;
    return { ...lookOf(cell, lang), severity };
  }

  charts(lang: Lang): ChartView[] {
    const out: ChartView[] = [];
    for (const { sheet, name } of this.book.written.values()) {
      if (name !== this.ws.name) continue;
      for (const chart of sheet.charts) {
        const labels = cellsInRange(sheet, chart.categories);
        const values = cellsInRange(sheet, chart.values);
        const bars = labels.map((c, i) => {
          const v = values[i]?.value;
          const value = v && v.kind !== "text" && v.kind !== "date" ? v.value : 0;
          return {
            label: c?.value.kind === "text" ? c.value.text : "",
            value,
            text: formatNumberAs(value, chart.valueFormat, lang),
          };
        });
        const top = maxOf(
          bars.map((b) => b.value),
          0,
        );
        out.push({
          title: chart.title,
          range: {
            top: chart.anchor.from.row,
            left: chart.anchor.from.col,
            bottom: chart.anchor.to.row,
            right: chart.anchor.to.col,
          },
          bars,
          max: chart.axisMax ?? (top > 0 ? top * 1.1 : 1),
        });
      }
    }
    return out;
  }

  content(row: number, col: number, lang: Lang): string {
    const merge = this.mergeAt(row, col);
    const cell = merge ? this.ws.findCell(merge.top, merge.left) : this.ws.findCell(row, col);
    return contentOf(cell, lang);
  }
}

const EMPTY: CellLook = {
  text: "",
  bold: false,
  italic: false,
  color: null,
  fill: null,
  align: "left",
  wrap: false,
};

export class BookView implements WorkbookView {
  private readonly cache = new Map<string, { version: number; ws: ExcelJS.Worksheet; layout: SheetLayout }>();

  constructor(private readonly book: Book) {}

  get version(): number {
    return this.book.version;
  }

  get selectSeq(): number {
    return this.book.selectSeq;
  }

  subscribe(listener: () => void): () => void {
    return this.book.subscribe(listener);
  }

  tabs(): SheetTab[] {
    const ours = new Map(
      existingSheets(inventoryOf(this.book.workbook, this.book.owned)).map((s) => [s.name, s.ours !== null]),
    );
    return this.book.visibleSheets().map((ws) => ({ name: ws.name, ours: ours.get(ws.name) ?? false }));
  }

  active(): string {
    return this.book.active;
  }

  activate(sheet: string): void {
    this.book.activate(sheet);
  }

  selection(sheet: string): CellPosition {
    return this.book.selection(sheet);
  }

  select(sheet: string, cell: CellPosition): void {
    this.book.select(sheet, cell);
  }

  layout(sheet: string): SheetLayout {
    const ws = this.book.sheet(sheet);
    if (!ws) throw new Error(`No sheet named ${sheet}`);
    const cached = this.cache.get(sheet);
    if (cached && cached.version === this.book.contentVersion && cached.ws === ws) return cached.layout;
    const layout = new SheetGeometry(this.book, ws);
    this.cache.set(sheet, { version: this.book.contentVersion, ws, layout });
    return layout;
  }
}
