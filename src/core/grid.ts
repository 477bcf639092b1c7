/**
 * The plain-value view of a worksheet that every host hands to the core.
 * Rows and columns are 1-based worksheet coordinates so findings can point at real cells.
 */

/** An Excel error value such as `#N/A` or `#REF!`, kept distinct from text that merely looks like one. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

/** A rectangle in 1-based worksheet coordinates, inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** An Excel table (ListObject) found on the sheet. */
export interface GridTable {
  readonly name: string;
  readonly range: CellRange;
  readonly hasHeader: boolean;
}

export interface Grid {
  readonly sheet: string;
  /** Worksheet row and column of `cells[0][0]`. */
  readonly top: number;
  readonly left: number;
  /** Row-major values; rows may be shorter than the widest row (missing cells are empty). */
  readonly cells: readonly (readonly CellValue[])[];
  readonly merges: readonly CellRange[];
  readonly tables: readonly GridTable[];
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

/** Value at a worksheet position, or null outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.cells[row - grid.top];
  if (!r) return null;
  const v = r[col - grid.left];
  return v === undefined ? null : v;
}

export function gridBottom(grid: Grid): number {
  return grid.top + grid.cells.length - 1;
}

/**
 * The widest row of each grid's cells, found once: every row must be looked at, and the header
 * search asks for every row it tries. Grids are never changed once made (a changed grid is a copy).
 */
const widths = new WeakMap<readonly (readonly CellValue[])[], number>();

export function gridRight(grid: Grid): number {
  let width = widths.get(grid.cells);
  if (width === undefined) {
    width = 0;
    for (const r of grid.cells) if (r.length > width) width = r.length;
    widths.set(grid.cells, width);
  }
  return grid.left + width - 1;
}

/** 1 → A, 27 → AA. */
/** Columns a worksheet has (A…XFD). */
export const SHEET_COLUMNS = 16_384;

/** A number for a cell position of one sheet: cheaper than a "row:col" string on many cells. */
export const cellPosition = (row: number, col: number): number => row * SHEET_COLUMNS + col;

export function columnLetter(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function rangeA1(range: CellRange): string {
  return `${a1(range.top, range.left)}:${a1(range.bottom, range.right)}`;
}

/** Parses `B3` or `$B$3` into a position; null when it is not an A1 address. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m || !m[1] || !m[2]) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

export function parseRangeA1(ref: string): CellRange | null {
  const [from, to] = ref.split(":");
  const a = from ? parseA1(from) : null;
  const b = to ? parseA1(to) : a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
