/**
 * A small top-to-bottom writer that turns sections, sentences and tables into positioned cells, so
 * the sheet builders describe content and never count rows by hand.
 */
import { a1, cellPosition, parseRangeA1, rangeA1 } from "../grid";
import type { DateValue } from "../text/dates";
import { formatDateValue } from "../text/format";
import type {
  CellLink,
  CellStyle,
  OutputCell,
  OutputChart,
  OutputColumn,
  OutputSheet,
  OutputSheetId,
  OutputTable,
  OutputValue,
} from "./model";
import { fitCellText, inReadingOrder, isValidTableName } from "./model";
import { pageSetup, rowHeights } from "./print";

/** One cell of a table row: a value, optionally linked; null leaves the cell empty. */
export type TableCell = OutputValue | { readonly value: OutputValue; readonly link: CellLink } | null;

/** A text cell, cut to what one Excel cell holds. */
export const text = (t: string): OutputValue => ({ kind: "text", text: fitCellText(t) });
export const count = (n: number): OutputValue => ({ kind: "count", value: n });
export const amount = (n: number): OutputValue => ({ kind: "amount", value: n });
export const percent = (r: number | null): OutputValue | null =>
  r === null || !Number.isFinite(r) ? null : { kind: "percent", value: r };

/** A day-precise date is a date cell; a month or a bare year stays text ("05/2024", "2024"). */
export function dateCell(v: DateValue): OutputValue {
  return v.precision === "day" ? { kind: "date", date: v.date } : text(formatDateValue(v));
}

export interface PlacedTable {
  readonly headerRow: number;
  /** First and last data rows. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly totalsRow: number | null;
  readonly left: number;
  readonly right: number;
}

export interface TableSpec {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
  readonly totals?: readonly TableCell[];
  /** Filter buttons in the header (lists); off for small tallies. */
  readonly filter?: boolean;
}

export class SheetLayout {
  /** The next free row. */
  row = 1;
  private readonly cells: OutputCell[] = [];
  private readonly tables: OutputTable[] = [];
  private readonly merges: string[] = [];
  private readonly charts: OutputChart[] = [];
  private titleRows: { first: number; last: number } | null = null;

  constructor(
    private readonly id: OutputSheetId,
    private readonly name: string,
    private readonly columns: readonly OutputColumn[],
  ) {}

  /** Width of the sheet's content, for merged titles. */
  get width(): number {
    return this.columns.length;
  }

  put(row: number, col: number, value: OutputValue | null, style?: CellStyle, link?: CellLink): void {
    if (value === null) return;
    // Made as literals, not spread: a findings sheet has millions of cells, and spreading made two
    // passing objects for each of them.
    if (link) this.cells.push(style ? { row, col, value, style, link } : { row, col, value, link });
    else this.cells.push(style ? { row, col, value, style } : { row, col, value });
  }

  /** A line merged across the sheet's width. */
  title(line: string, style: CellStyle): void {
    this.put(this.row, 1, text(line), style);
    this.merges.push(rangeA1({ top: this.row, left: 1, bottom: this.row, right: this.width }));
    this.row += 1;
  }

  /**
   * A sentence across the sheet's width, wrapped: a long one takes more lines (the row grows) rather
   * than running past the printed page.
   */
  line(sentence: string, style?: CellStyle): void {
    this.put(this.row, 1, text(sentence), style);
    if (this.width > 1)
      this.merges.push(rangeA1({ top: this.row, left: 1, bottom: this.row, right: this.width }));
    this.row += 1;
  }

  /** Rows printed again at the top of every page (a table's header). */
  repeatOnEveryPage(first: number, last = first): void {
    this.titleRows = { first, last };
  }

  blank(): void {
    this.row += 1;
  }

  table(spec: TableSpec, left = 1): PlacedTable {
    if (!isValidTableName(spec.name)) throw new Error(`Invalid table name: ${spec.name}`);
    if (this.tables.some((t) => t.name.toLowerCase() === spec.name.toLowerCase()))
      throw new Error(`Duplicate table name: ${spec.name}`);
    if (spec.rows.length === 0) throw new Error(`Table ${spec.name} has no rows`);
    const headerRow = this.row;
    spec.columns.forEach((h, i) => this.put(headerRow, left + i, text(h), "header"));
    let r = headerRow + 1;
    for (const cells of spec.rows) {
      cells.forEach((c, i) => this.putTableCell(r, left + i, c));
      r += 1;
    }
    const lastRow = r - 1;
    let totalsRow: number | null = null;
    if (spec.totals) {
      totalsRow = r;
      spec.totals.forEach((c, i) => this.putTableCell(r, left + i, c, "total"));
      r += 1;
    }
    const right = left + spec.columns.length - 1;
    this.tables.push({
      name: spec.name,
      range: rangeA1({ top: headerRow, left, bottom: r - 1, right }),
      headerRow,
      totalsRow,
      columns: [...spec.columns],
      filterButtons: spec.filter ?? false,
    });
    this.row = r;
    return { headerRow, firstRow: headerRow + 1, lastRow, totalsRow, left, right };
  }

  chart(chart: OutputChart): void {
    this.charts.push(chart);
  }

  private putTableCell(row: number, col: number, c: TableCell, style?: CellStyle): void {
    if (c === null) return;
    if ("link" in c) this.put(row, col, c.value, style, c.link);
    else this.put(row, col, c, style);
  }

  build(): OutputSheet {
    // Never the layout's own array: it may still be written to after the sheet is built.
    const ordered = inReadingOrder(this.cells);
    const cells = ordered === this.cells ? [...ordered] : ordered;
    const merges = this.merges.map(parseRangeA1).filter((r) => r !== null);
    // By number, not by a "row:col" string: asked of every cell of a findings sheet of any length.
    const merged = new Set(merges.map((m) => cellPosition(m.top, m.left)));
    let right = this.columns.length;
    let bottom = 1;
    for (const c of cells) {
      right = Math.max(right, c.col);
      bottom = Math.max(bottom, c.row);
    }
    for (const ch of this.charts) {
      right = Math.max(right, ch.anchor.to.col);
      bottom = Math.max(bottom, ch.anchor.to.row);
    }
    const input = {
      cells,
      columns: this.columns,
      merges,
      rightmost: right,
      bottom,
      titleRows: this.titleRows,
      // The same cells both hosts wrap: headers, merged titles and lines, and wrapping columns.
      wraps: (c: OutputCell) =>
        c.style === "header" ||
        (this.columns[c.col - 1]?.wrap ?? false) ||
        merged.has(cellPosition(c.row, c.col)),
    };
    return {
      id: this.id,
      name: this.name,
      cells,
      tables: [...this.tables],
      merges: [...this.merges],
      columns: this.columns,
      charts: [...this.charts],
      rowHeights: rowHeights(input),
      print: pageSetup(input, `A1:${a1(bottom, right)}`),
    };
  }
}
