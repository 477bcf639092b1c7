/**
 * The in-memory workbook behind the fake Office/Excel API: sheets of cells (value, formula, error,
 * number format, fill, font), merges, tables, charts, defined names, settings, the active sheet and
 * the selection. Plain data with small helpers; no Node APIs (the fake is bundled for the browser too).
 *
 * Cell semantics follow Excel's: a formula cell keeps its formula and a cached result; an error is
 * its own kind of value; "no fill" differs from a white fill; a text cell holds text whatever it
 * looks like. How writes are typed (`=…` becoming a formula, "123" a number…) lives in `typing.ts`.
 */
import type { CellRange } from "../../../src/core/grid";
import { columnLetter } from "../../../src/core/grid";

export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const;

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A solid or patterned fill; a cell without one has "no fill". */
export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string | null;
  tintAndShade: number;
}

export interface FakeFont {
  color?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  name?: string;
  underline?: string;
}

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeCell {
  /** Constant value, or the cached result of `formula`; null when empty (or an error). */
  value: string | number | boolean | null;
  /** "=…" when the cell holds a formula. */
  formula?: string;
  /** "#N/A"… when the cell's value (constant or result) is an error. */
  error?: string;
  numberFormat?: string;
  /** Absent or null: no fill. */
  fill?: FakeFill | null;
  font?: FakeFont;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  hyperlink?: FakeHyperlink;
  /** Excel's "Locked" cell format; absent means locked, Excel's default. Matters only on a protected sheet. */
  locked?: boolean;
}

export interface FakeTable {
  id: string;
  name: string;
  sheet: FakeSheet;
  /** Header row to totals row inclusive. */
  range: CellRange;
  showHeaders: boolean;
  showTotals: boolean;
  showFilterButton: boolean;
  style: string;
}

export interface FakeChart {
  id: string;
  name: string;
  type: string;
  /** A1 range (sheet-relative) the chart was created from. */
  source: string;
  title: string;
  series: { name: string | null; values: string | null; xValues: string | null }[];
  position: { from: string; to: string | null } | null;
  valueAxis: { minimum: number | null; maximum: number | null; numberFormat: string | null };
  dataLabels: { showValue: boolean; numberFormat: string | null };
  legendVisible: boolean;
}

/**
 * A sheet's page setup as office-js's `PageLayout` (ExcelApi 1.9) reads and writes it: margins in
 * points, the zoom as one object (a scale, or pages wide and tall; 0 pages tall is "automatic"), the
 * print area and the rows repeated on every page.
 */
export interface FakePageLayout {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  centerVertically: boolean;
  /** Areas of the print area; null when the sheet has none. */
  printArea: CellRange[] | null;
  /** Whole rows repeated at the top of each printed page (1-based, inclusive); null for none. */
  printTitleRows: { top: number; bottom: number } | null;
}

/** What a new sheet of Excel starts with: Letter, portrait, 100 %, the "Normal" margins. */
export function defaultPageLayout(): FakePageLayout {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    centerHorizontally: false,
    centerVertically: false,
    printArea: null,
    printTitleRows: null,
  };
}

export interface FakeSheet {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** rows[r - 1][c - 1]; sparse. */
  rows: ((FakeCell | undefined)[] | undefined)[];
  merges: CellRange[];
  charts: FakeChart[];
  /** Column widths in points, by 1-based column. */
  columnWidths: Map<number, number>;
  /** Row heights in points set by a program or a user, by 1-based row; others are the default. */
  rowHeights: Map<number, number>;
  pageLayout: FakePageLayout;
  deleted: boolean;
  /**
   * Sheet protection (Review › Protect Sheet), absent when the sheet is not protected: locked cells
   * refuse new contents; formats change only when the protection allows formatting cells.
   */
  protection?: { allowFormatCells: boolean };
  /** Rows frozen at the top (View › Freeze Panes); absent: none. */
  frozenRows?: number;
}

/** A workbook-level defined name. `target` null with `formula` "=#REF!…" once its sheet is gone. */
export interface FakeName {
  name: string;
  target: { sheet: FakeSheet; range: CellRange } | null;
  /** The formula for names that are not a live reference (constants, #REF!). */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface FakeWorkbook {
  name: string;
  sheets: FakeSheet[];
  activeSheet: FakeSheet | null;
  selection: { sheet: FakeSheet; range: CellRange } | null;
  names: FakeName[];
  tables: FakeTable[];
  /** Setting values as the JSON text office-js persists. */
  settings: Map<string, string>;
  nextId: number;
  /** Workbook structure protection (Review › Protect Workbook): no sheet added, deleted, renamed or hidden. */
  structureProtected?: boolean;
}

export function emptyWorkbook(name = "Book1.xlsx"): FakeWorkbook {
  return {
    name,
    sheets: [],
    activeSheet: null,
    selection: null,
    names: [],
    tables: [],
    settings: new Map(),
    nextId: 1,
  };
}

export function newId(wb: FakeWorkbook, prefix: string): string {
  const id = `{${prefix}-${wb.nextId}}`;
  wb.nextId += 1;
  return id;
}

/** Excel's sheet-name rules: 1..31 characters, none of []:*?/\, not starting or ending with '. */
export function checkSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name);
}

const sameName = (a: string, b: string): boolean =>
  a.normalize("NFC").toLocaleLowerCase() === b.normalize("NFC").toLocaleLowerCase();

export function findSheet(wb: FakeWorkbook, name: string): FakeSheet | null {
  return wb.sheets.find((s) => sameName(s.name, name)) ?? null;
}

export function addSheet(wb: FakeWorkbook, name: string): FakeSheet {
  if (!checkSheetName(name)) throw new Error(`Invalid sheet name: ${name}`);
  if (findSheet(wb, name)) throw new Error(`A sheet named ${name} exists`);
  const sheet: FakeSheet = {
    id: newId(wb, "sheet"),
    name,
    visibility: "Visible",
    rows: [],
    merges: [],
    charts: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    pageLayout: defaultPageLayout(),
    deleted: false,
  };
  wb.sheets.push(sheet);
  if (!wb.activeSheet) wb.activeSheet = sheet;
  return sheet;
}

export function cellAtModel(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

/** The cell at a position, created empty when missing. */
export function ensureCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  let r = sheet.rows[row - 1];
  if (!r) {
    r = [];
    sheet.rows[row - 1] = r;
  }
  let c = r[col - 1];
  if (!c) {
    c = { value: null };
    r[col - 1] = c;
  }
  return c;
}

export function hasContent(cell: FakeCell | undefined): boolean {
  return !!cell && (cell.value !== null || cell.formula !== undefined || cell.error !== undefined);
}

function hasFormat(cell: FakeCell | undefined): boolean {
  return (
    !!cell &&
    ((cell.numberFormat !== undefined && cell.numberFormat !== "General") ||
      !!cell.fill ||
      (cell.font !== undefined && Object.keys(cell.font).length > 0) ||
      cell.wrapText !== undefined ||
      cell.hyperlink !== undefined)
  );
}

/** The used range as Excel computes it: cells with content (and, unless valuesOnly, with formats). */
export function usedRange(sheet: FakeSheet, valuesOnly: boolean): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  sheet.rows.forEach((r, ri) => {
    if (!r) return;
    r.forEach((c, ci) => {
      if (hasContent(c) || (!valuesOnly && hasFormat(c))) {
        top = Math.min(top, ri + 1);
        bottom = Math.max(bottom, ri + 1);
        left = Math.min(left, ci + 1);
        right = Math.max(right, ci + 1);
      }
    });
  });
  if (bottom === 0) return null;
  return { top, left, bottom, right };
}

/** Quotes a sheet name for an address the way Excel does when it must. */
export function sheetPrefix(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectA1(r: CellRange, absolute = false): string {
  const d = absolute ? "$" : "";
  const from = `${d}${columnLetter(r.left)}${d}${r.top}`;
  const to = `${d}${columnLetter(r.right)}${d}${r.bottom}`;
  return from === to ? from : `${from}:${to}`;
}

export function qualifiedA1(sheet: FakeSheet, r: CellRange, absolute = false): string {
  return `${sheetPrefix(sheet.name)}!${rectA1(r, absolute)}`;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: CellRange, row: number, col: number): boolean {
  return outer.top <= row && row <= outer.bottom && outer.left <= col && col <= outer.right;
}

/** A cell as a user sees it: empty attributes (no value, no fill, General) dropped; null when nothing is left. */
function visibleCell(c: FakeCell | undefined): Record<string, unknown> | null {
  if (!c) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) {
    if (v === null || v === undefined) continue;
    if (k === "numberFormat" && v === "General") continue;
    if (k === "font" && Object.keys(v as object).length === 0) continue;
    out[k] = v;
  }
  return Object.keys(out).length > 0 ? out : null;
}

function visibleRow(r: (FakeCell | undefined)[] | undefined): (Record<string, unknown> | null)[] | null {
  if (!r) return null;
  const cells: (Record<string, unknown> | null)[] = [];
  for (let i = 0; i < r.length; i++) cells.push(visibleCell(r[i]));
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells.length > 0 ? cells : null;
}

/** A deep copy of everything a user could see in a sheet, for "nothing changed" assertions. */
export function snapshotSheet(sheet: FakeSheet): unknown {
  const rows: ((Record<string, unknown> | null)[] | null)[] = [];
  for (let i = 0; i < sheet.rows.length; i++) rows.push(visibleRow(sheet.rows[i]));
  while (rows.length > 0 && rows[rows.length - 1] === null) rows.pop();
  return JSON.parse(
    JSON.stringify({
      name: sheet.name,
      visibility: sheet.visibility,
      rows,
      merges: sheet.merges,
      charts: sheet.charts,
      widths: [...sheet.columnWidths.entries()],
      heights: [...sheet.rowHeights.entries()],
      pageLayout: sheet.pageLayout,
    }),
  );
}

/** A deep copy of the whole workbook's visible state: sheets in order, names, tables, settings. */
export function snapshotWorkbook(wb: FakeWorkbook): unknown {
  return JSON.parse(
    JSON.stringify({
      sheets: wb.sheets.map(snapshotSheet),
      names: wb.names.map((n) => ({ name: n.name, formula: nameFormula(n) })),
      tables: wb.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        range: t.range,
        totals: t.showTotals,
      })),
      settings: [...wb.settings.entries()],
      active: wb.activeSheet?.name ?? null,
      selection: wb.selection ? qualifiedA1(wb.selection.sheet, wb.selection.range) : null,
    }),
  );
}

export function nameFormula(n: FakeName): string {
  if (n.target && !n.target.sheet.deleted) return `=${qualifiedA1(n.target.sheet, n.target.range, true)}`;
  return n.formula;
}
