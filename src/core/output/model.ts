/**
 * The summary sheets as a host-neutral, layout-resolved model: every cell at its 1-based worksheet
 * position with a semantic kind, Excel tables, merged titles, column widths, internal links and one
 * column chart. The file host (exceljs) and the Excel host (office-js) both write this model; neither
 * decides any layout or wording of its own.
 *
 * Numbers stay numbers in the sheet so the user can sort, filter and sum them. Excel shows them with
 * the separators of the user's regional settings, which is how a Vietnamese user sees "44.497" and
 * "61,40%" from the codes below (number-format codes are always written in the invariant en-US form,
 * in the file format and in office-js `numberFormat` alike). The key-figure sentences, in contrast,
 * are text produced by `src/core/text/format.ts`, so they read Vietnamese whatever Excel's locale.
 */
import type { DayDate } from "../text/dates";
import { toExcelSerial } from "../text/dates";
import { a1, parseRangeA1 } from "../grid";
import type { OutputPrint, OutputRowHeight } from "./print";

export type { OutputPrint, OutputRowHeight } from "./print";

/** The sheets the add-in owns. Ids are stable; names follow the language. */
export type OutputSheetId = "summary" | "findings";

export const OUTPUT_SHEET_IDS: readonly OutputSheetId[] = ["summary", "findings"];

/** What a cell holds, which decides how hosts write and format it. */
export type OutputValue =
  /** Always written as text, never as a formula, whatever it starts with. */
  | { readonly kind: "text"; readonly text: string }
  /** A whole number of schools. */
  | { readonly kind: "count"; readonly value: number }
  /** Money in triệu đồng. */
  | { readonly kind: "amount"; readonly value: number }
  /** A fraction: 0.614 is shown as 61,40%. */
  | { readonly kind: "percent"; readonly value: number }
  | { readonly kind: "date"; readonly date: DayDate };

export type CellKind = OutputValue["kind"];

/** Presentation tokens; each host maps them to its own fonts and fills. */
export type CellStyle = "title" | "subtitle" | "header" | "total" | "note";

/** A link to a cell of another sheet of the same workbook (ExcelApi 1.7 `documentReference`). */
export interface CellLink {
  readonly sheet: string;
  /** A1 address, e.g. "C7". */
  readonly cell: string;
}

export interface OutputCell {
  readonly row: number;
  readonly col: number;
  readonly value: OutputValue;
  readonly style?: CellStyle;
  readonly link?: CellLink;
}

/** An Excel table (ListObject) over cells the model already holds. */
export interface OutputTable {
  /** A valid Excel table name, unique within the model (hosts make it unique in the workbook). */
  readonly name: string;
  /** A1 range from the header row to the totals row (or last data row) inclusive. */
  readonly range: string;
  readonly headerRow: number;
  /** The "Tổng cộng" row, part of the table as Excel's totals row; null when there is none. */
  readonly totalsRow: number | null;
  /** Header texts, left to right: the table's column names. */
  readonly columns: readonly string[];
  /** Filter buttons in the header: for lists worth filtering, not for small tallies. */
  readonly filterButtons: boolean;
}

/**
 * A clustered column chart over ranges of its own sheet. Ranges are sheet-relative (no sheet name):
 * the host qualifies them with the name the sheet was actually written under.
 */
export interface OutputChart {
  readonly type: "clusteredColumn";
  readonly title: string;
  /** A1 range of the category labels (one column). */
  readonly categories: string;
  /** A1 range of the values (one column, same rows as the categories). */
  readonly values: string;
  /** A1 cell holding the series name (the column header). */
  readonly seriesName: string;
  /** Number-format code of the data labels. */
  readonly valueFormat: string;
  /** Number-format code of the value axis. */
  readonly axisFormat: string;
  /** The value axis runs from 0 to this maximum (1 for rates); null lets the host decide. */
  readonly axisMax: number | null;
  /** Cells the chart covers: top-left and bottom-right (1-based, inclusive). */
  readonly anchor: {
    readonly from: { readonly row: number; readonly col: number };
    readonly to: { readonly row: number; readonly col: number };
  };
}

export interface OutputColumn {
  /** Width in Excel's character units. */
  readonly width: number;
  /** Long text wraps inside the column instead of running over its neighbours. */
  readonly wrap: boolean;
}

export interface OutputSheet {
  readonly id: OutputSheetId;
  /** The name wanted in the current language; the planner may have to add " (2)". */
  readonly name: string;
  /** Row-major order. */
  readonly cells: readonly OutputCell[];
  readonly tables: readonly OutputTable[];
  /** A1 ranges of merged title cells. */
  readonly merges: readonly string[];
  /** Index 0 is column A. */
  readonly columns: readonly OutputColumn[];
  readonly charts: readonly OutputChart[];
  /** Rows taller than the default, for wrapped text (points). */
  readonly rowHeights: readonly OutputRowHeight[];
  /** Page setup: A4, orientation, one page wide, repeated header rows (see print.ts). */
  readonly print: OutputPrint;
}

/**
 * Excel number-format codes, in the invariant form both hosts take. Whole amounts use "#,##0":
 * "#,##0.###" would show a dangling decimal separator on 44497 ("44.497,").
 */
export const NUMBER_FORMATS = {
  text: "@",
  count: "#,##0",
  amount: "#,##0.###",
  wholeAmount: "#,##0",
  percent: "0.00%",
  date: "dd/mm/yyyy",
} as const;

/** The number format a host applies to a cell. Text cells get "@" so Excel never reinterprets them. */
export function numberFormatOf(value: OutputValue): string {
  switch (value.kind) {
    case "text":
      return NUMBER_FORMATS.text;
    case "count":
      return NUMBER_FORMATS.count;
    case "amount":
      return Number.isInteger(value.value) ? NUMBER_FORMATS.wholeAmount : NUMBER_FORMATS.amount;
    case "percent":
      return NUMBER_FORMATS.percent;
    case "date":
      return NUMBER_FORMATS.date;
  }
}

/** Excel holds at most this many characters in a cell; a longer text is refused or cut by Excel. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text that fits in one cell: a longer text (a finding quoting a huge value) keeps its beginning
 * and ends with "…", never cutting a character written as a surrogate pair.
 */
export function fitCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** The plain value a host assigns: text as is, numbers, and dates as Excel serial numbers. */
export function primitiveOf(value: OutputValue): string | number {
  switch (value.kind) {
    case "text":
      return value.text;
    case "date":
      return toExcelSerial(value.date);
    default:
      return value.value;
  }
}

/** A sheet name as formulas and references write it: quoted, with inner quotes doubled. */
function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Cells row by row, left to right, as the model promises them: the same array when they already are
 * (builders put them so, and a findings sheet has millions), else a sorted copy (stable: cells put
 * at the same place keep their order).
 */
export function inReadingOrder(cells: readonly OutputCell[]): readonly OutputCell[] {
  const before = (a: OutputCell, b: OutputCell): number => a.row - b.row || a.col - b.col;
  for (let i = 1; i < cells.length; i++)
    if (before(cells[i - 1] as OutputCell, cells[i] as OutputCell) > 0) return [...cells].sort(before);
  return cells;
}

/** "'Danh sách'!C7": the reference of an internal link (office-js `documentReference`, xlsx `location`). */
export function linkReference(link: CellLink): string {
  return `${quoteSheetName(link.sheet)}!${link.cell}`;
}

/** "'Tổng hợp'!$A$7:$A$10": a sheet-relative A1 range made absolute and qualified. */
export function qualifiedRange(sheet: string, range: string): string {
  const r = parseRangeA1(range);
  if (!r) throw new Error(`Not an A1 range: ${range}`);
  const abs = (row: number, col: number): string => a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const from = abs(r.top, r.left);
  const to = abs(r.bottom, r.right);
  return `${quoteSheetName(sheet)}!${from === to ? from : `${from}:${to}`}`;
}

/** The cells of a sheet-relative range, top to bottom, left to right; missing cells are null. */
export function cellsInRange(sheet: OutputSheet, range: string): (OutputCell | null)[] {
  const r = parseRangeA1(range);
  if (!r) return [];
  const width = r.right - r.left + 1;
  const out: (OutputCell | null)[] = new Array<OutputCell | null>((r.bottom - r.top + 1) * width).fill(null);
  // Only the range's own cells are indexed: a chart's few rows on a sheet of thousands.
  for (const c of sheet.cells) {
    if (c.row < r.top || c.row > r.bottom || c.col < r.left || c.col > r.right) continue;
    out[(c.row - r.top) * width + (c.col - r.left)] = c;
  }
  return out;
}

/** A valid Excel table name: starts with a letter or underscore; letters, digits, underscores after. */
export function isValidTableName(name: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,254}$/.test(name)) return false;
  // Names that read as cell references (A1, XFD1048576) or R1C1 forms are refused by Excel.
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return false;
  return true;
}

/** `base`, or `base_2`, `base_3`… the first not in `taken` (compared case-insensitively, as Excel does). */
export function uniqueTableName(base: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base}_${i}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
