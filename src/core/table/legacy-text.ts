/**
 * Lists typed long ago with the TCVN3 (".VnTime") or VNI ("VNI-Times") fonts: each column is judged
 * on its own (a list may have one old column pasted into a new sheet), and the text of a legacy
 * column is read as the Unicode it stands for, so every rule and summary sees "Trường THCS Lê Lợi"
 * where the cell holds "Tr­êng THCS Lª Lîi". The cells themselves change only through the fix the
 * `legacy-encoding` finding offers.
 */
import type { CellValue, Grid } from "../grid";
import { a1 } from "../grid";
import { detectEncoding, toUnicode } from "../text/legacy-fonts";

/** Text values looked at per column to judge its encoding: enough, and bounded for long lists. */
const SAMPLE = 400;

/** Characters of U+00A1…U+00FF: without any, a column cannot be in a legacy font. */
const LATIN1 = /[\u00a1-\u00ff]/;

/** One cell of a legacy column: what it holds and the Unicode it stands for. */
export interface LegacyCell {
  readonly row: number;
  /** A1 address. */
  readonly cell: string;
  readonly value: string;
  readonly next: string;
}

/** A worksheet column typed in a legacy font, with every cell the conversion changes, top down. */
export interface LegacyColumn {
  readonly sheet: string;
  readonly col: number;
  readonly encoding: "tcvn3" | "vni";
  readonly cells: readonly LegacyCell[];
}

export interface DecodedGrids {
  /** The grids as the reader should see them: legacy columns in Unicode; the others as given. */
  readonly grids: readonly Grid[];
  readonly columns: readonly LegacyColumn[];
}

function legacyColumnsOf(grid: Grid): LegacyColumn[] {
  const samples = new Map<number, string[]>();
  // Vietnamese text in Unicode has Latin-1 letters too: a column stops being looked at once full.
  const full = new Set<number>();
  for (const row of grid.cells) {
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (typeof v !== "string" || full.has(i) || !LATIN1.test(v)) continue;
      let list = samples.get(i);
      if (!list) samples.set(i, (list = []));
      list.push(v);
      if (list.length === SAMPLE) full.add(i);
    }
  }
  const out: LegacyColumn[] = [];
  for (const [i, values] of samples) {
    const guess = detectEncoding(values);
    if (guess.encoding === "unicode") continue;
    const encoding = guess.encoding;
    const cells: LegacyCell[] = [];
    grid.cells.forEach((row, r) => {
      const v = row[i];
      if (typeof v !== "string") return;
      const next = toUnicode(v, encoding);
      if (next !== v.normalize("NFC")) {
        cells.push({ row: grid.top + r, cell: a1(grid.top + r, grid.left + i), value: v, next });
      }
    });
    if (cells.length > 0) out.push({ sheet: grid.sheet, col: grid.left + i, encoding, cells });
  }
  return out.sort((a, b) => a.col - b.col);
}

function decoded(grid: Grid, columns: readonly LegacyColumn[]): Grid {
  const rows: CellValue[][] = grid.cells.map((row) => row.slice());
  for (const column of columns) {
    for (const c of column.cells) {
      const row = rows[c.row - grid.top];
      if (row) row[column.col - grid.left] = c.next;
    }
  }
  return { ...grid, cells: rows };
}

/** The grids with every legacy-font column read as Unicode, and which columns those were. */
export function decodeLegacyText(grids: readonly Grid[]): DecodedGrids {
  const columns: LegacyColumn[] = [];
  const out: Grid[] = [];
  for (const grid of grids) {
    const found = legacyColumnsOf(grid);
    for (const c of found) columns.push(c);
    out.push(found.length === 0 ? grid : decoded(grid, found));
  }
  return { grids: out, columns };
}
