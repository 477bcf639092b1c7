/**
 * A list whose header the reader does not recognise (English, or words of the office's own) is still
 * read when the user names its school column (`--column "name=School name"` or `--column name=B`):
 * the row of that header becomes the table's header.
 */
import type { Grid } from "../core/grid";
import { cellAt, columnLetter, gridBottom, gridRight } from "../core/grid";
import type { SchoolTable } from "../core/table/model";
import { foldWords } from "../core/text/normalize";
import type { ColumnChoice } from "./columns";

/** Rows looked through for the header, as the reader looks for one. */
const SCAN_ROWS = 60;

type At = { readonly row: number; readonly col: number };

/** By sheet: the cell of the user's name header, on each sheet where no table was read. */
export function nameHeaders(
  grids: readonly Grid[],
  tables: readonly SchoolTable[],
  choices: readonly ColumnChoice[],
): Record<string, At> {
  const name = choices.find((c) => c.field === "name" && c.header.trim() !== "" && c.header.trim() !== "-");
  const out: Record<string, At> = {};
  if (!name) return out;
  const read = new Set(tables.map((t) => t.sheet));
  for (const grid of grids) {
    if (read.has(grid.sheet)) continue;
    const at = byText(grid, name.header) ?? byLetter(grid, name.header);
    if (at) out[grid.sheet] = at;
  }
  return out;
}

function lastRow(grid: Grid): number {
  return Math.min(gridBottom(grid), grid.top + SCAN_ROWS - 1);
}

/** The first cell whose text is the header, accents and case aside. */
function byText(grid: Grid, header: string): At | null {
  const key = foldWords(header);
  for (let row = grid.top; row <= lastRow(grid); row++)
    for (let col = grid.left; col <= gridRight(grid); col++) {
      const v = cellAt(grid, row, col);
      if (typeof v === "string" && foldWords(v) === key) return { row, col };
    }
  return null;
}

/**
 * A column letter: its header is the first text in the column on a row of at least three cells (a
 * title is one merged cell) with a value under it.
 */
function byLetter(grid: Grid, header: string): At | null {
  const letter = header.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(letter)) return null;
  let col = -1;
  for (let c = grid.left; c <= gridRight(grid); c++) if (columnLetter(c) === letter) col = c;
  if (col < 0) return null;
  for (let row = grid.top; row <= lastRow(grid); row++) {
    if (typeof cellAt(grid, row, col) !== "string" || isEmpty(cellAt(grid, row + 1, col))) continue;
    let filled = 0;
    for (let c = grid.left; c <= gridRight(grid); c++) if (!isEmpty(cellAt(grid, row, c))) filled++;
    if (filled >= 3) return { row, col };
  }
  return null;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
