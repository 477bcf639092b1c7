/**
 * Finding the header of a school list under its title rows (SPEC §7): one header row, or two when
 * the second continues the first (merged cells spanning both rows, a group header such as
 * "Kết quả công nhận" over "KĐCLGD | CQG", or a numbering row "(1) (2) (3)" under the header).
 */
import { cellAt, gridBottom, gridRight, type CellRange, type CellValue, type Grid } from "../grid";
import type { Field } from "./fields";
import { headerText, matchHeaderDetail } from "./headers";

export interface HeaderBlock {
  /** First and last header rows (equal for a one-row header). */
  readonly headerTop: number;
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  /** Header text per column from `left` to `right`, rows joined by a space ("" where none). */
  readonly texts: readonly string[];
  /** The lowest header row's own text per column: "Đơn vị" under a group header "Thông tin đơn vị". */
  readonly ownTexts: readonly string[];
  readonly tableName: string | null;
  /** Last row of an Excel table; null for a plain range, whose end is found by reading its rows. */
  readonly bottom: number | null;
}

/** Header rows are looked for among this many rows from where a search starts. */
const HEADER_SCAN_ROWS = 60;

/** Empty header cells tolerated between two header cells of the same table. */
const MAX_HEADER_GAP = 2;

function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

function mergesTouchingRows(grid: Grid, top: number, bottom: number): CellRange[] {
  return grid.merges.filter((m) => m.top <= bottom && m.bottom >= top);
}

function mergeAt(merges: readonly CellRange[], row: number, col: number): CellRange | null {
  for (const m of merges) if (m.top <= row && row <= m.bottom && m.left <= col && col <= m.right) return m;
  return null;
}

/** The fields a row's cells name, column by column (cells that name none are skipped). */
function rowFields(grid: Grid, row: number, left: number, right: number): Map<number, Field> {
  const out = new Map<number, Field>();
  for (let c = left; c <= right; c++) {
    const v = cellAt(grid, row, c);
    if (typeof v !== "string") continue;
    const m = matchHeaderDetail(v);
    if (m) out.set(c, m.field);
  }
  return out;
}

/** A header row names the school (`name`) and at least one other field. */
function looksLikeHeader(fields: ReadonlyMap<number, Field>): boolean {
  let name = false;
  let other = false;
  for (const f of fields.values()) {
    if (f === "name") name = true;
    else other = true;
  }
  return name && other;
}

/** "1 2 3 4…" or "(1) (2) (3)…" under a header: column numbers of a printed form, not data. */
function isColumnNumberRow(grid: Grid, row: number, left: number, right: number): boolean {
  let count = 0;
  let last = -Infinity;
  for (let c = left; c <= right; c++) {
    const v = cellAt(grid, row, c);
    if (isBlank(v)) continue;
    let n: number;
    if (typeof v === "number") n = v;
    else if (typeof v === "string" && /^\s*\(?\s*\d{1,2}\s*\)?\s*$/.test(v)) n = Number(v.replace(/\D/g, ""));
    else return false;
    if (!Number.isInteger(n) || n <= last) return false;
    last = n;
    count++;
  }
  return count >= 3 && count * 2 >= right - left + 1;
}

/** Cells of a header continuation are short texts: no dates, numbers or errors. */
function onlyShortTexts(grid: Grid, row: number, left: number, right: number): boolean {
  let any = false;
  for (let c = left; c <= right; c++) {
    const v = cellAt(grid, row, c);
    if (isBlank(v)) continue;
    if (typeof v !== "string" || v.length > 80) return false;
    any = true;
  }
  return any;
}

/** The columns a header row spans: the run of header cells (or merges) around the name column. */
function extent(grid: Grid, row: number, nameCol: number, merges: readonly CellRange[]): [number, number] {
  const right = gridRight(grid);
  const filled = (c: number): boolean => !isBlank(cellAt(grid, row, c)) || mergeAt(merges, row, c) !== null;
  let l = nameCol;
  for (let c = nameCol - 1, gap = 0; c >= grid.left && gap <= MAX_HEADER_GAP; c--) {
    if (filled(c)) {
      l = c;
      gap = 0;
    } else gap++;
  }
  let r = nameCol;
  for (let c = nameCol + 1, gap = 0; c <= right && gap <= MAX_HEADER_GAP; c++) {
    if (filled(c)) {
      r = c;
      gap = 0;
    } else gap++;
  }
  return [l, r];
}

/** Does `below` continue the header row `row` (merged or grouped sub-headers)? */
function continuesBelow(
  grid: Grid,
  row: number,
  below: number,
  left: number,
  right: number,
  nameCol: number,
  seqCol: number | null,
  merges: readonly CellRange[],
): boolean {
  if (below > gridBottom(grid)) return false;
  // A data row has a name (or a number) where the header's name and seq are.
  const nameMerge = mergeAt(merges, below, nameCol);
  if (!isBlank(cellAt(grid, below, nameCol)) && !(nameMerge && nameMerge.top < below)) return false;
  if (seqCol !== null && !isBlank(cellAt(grid, below, seqCol))) {
    const m = mergeAt(merges, below, seqCol);
    if (!(m && m.top < below)) return false;
  }
  if (!onlyShortTexts(grid, below, left, right)) return false;
  for (const m of merges) {
    if (m.right < left || m.left > right) continue;
    // A cell merged down from the header row into this one.
    if (m.top <= row && m.bottom >= below) return true;
    // A group header merged across columns, with sub-headers under it.
    if (m.top === row && m.bottom === row && m.right > m.left) {
      for (let c = m.left; c <= m.right; c++) if (!isBlank(cellAt(grid, below, c))) return true;
    }
  }
  // Without merges (a CSV, or a sheet where the group is typed once): sub-headers stand under empty
  // header cells, to the right of the group's text.
  for (let c = left; c <= right; c++) {
    if (!isBlank(cellAt(grid, below, c)) && isBlank(cellAt(grid, row, c))) return true;
  }
  return false;
}

/** Does `above` hold a group header (or cells merged down) over the header row `row`? */
function continuesAbove(
  grid: Grid,
  row: number,
  above: number,
  left: number,
  right: number,
  merges: readonly CellRange[],
): boolean {
  if (above < grid.top) return false;
  let found = false;
  for (const m of merges) {
    if (m.right < left || m.left > right || m.bottom < above || m.top > above) continue;
    // A merge as wide as the table is a title ("DANH SÁCH CƠ SỞ GIÁO DỤC …"), never a group.
    if (m.left <= left && m.right >= right) return false;
    if (m.top <= above && m.bottom >= row) found = true;
    else if (m.top === above && m.bottom === above && m.right > m.left) found = true;
  }
  if (!found) return false;
  // Every text of the row above must sit over the table, or it is a title line.
  for (let c = grid.left; c <= gridRight(grid); c++) {
    if ((c < left || c > right) && !isBlank(cellAt(grid, above, c))) return false;
  }
  return onlyShortTexts(grid, above, left, right);
}

/** Whether a column has a sub-header in the header rows below `row` (down to `bottom`). */
function hasTextBelow(grid: Grid, row: number, col: number, bottom: number): boolean {
  for (let r = row + 1; r <= bottom; r++) if (headerText(cellAt(grid, r, col)) !== "") return true;
  return false;
}

/**
 * The text of a group typed once over its sub-headers without merging its cells (a CSV, or a sheet
 * where nobody merged): "Kết quả công nhận năm 2024" | (empty) over "Mã công nhận" | "Năm". An empty
 * header cell takes the text of the nearest cell to its left in the same row when that cell and every
 * one between have sub-headers under them, as a merged group lends its text; "" otherwise.
 */
function groupTextOver(
  grid: Grid,
  row: number,
  col: number,
  bottom: number,
  left: number,
  merges: readonly CellRange[],
): string {
  if (row >= bottom || !hasTextBelow(grid, row, col, bottom)) return "";
  for (let c = col - 1; c >= left; c--) {
    if (mergeAt(merges, row, c) !== null || !hasTextBelow(grid, row, c, bottom)) return "";
    const text = headerText(cellAt(grid, row, c));
    if (text !== "") return text;
  }
  return "";
}

/** Joined header texts per column; a group header lends its text to every column it spans. */
function joinTexts(
  grid: Grid,
  top: number,
  bottom: number,
  left: number,
  right: number,
  merges: readonly CellRange[],
): { texts: string[]; ownTexts: string[] } {
  const texts: string[] = [];
  const ownTexts: string[] = [];
  for (let c = left; c <= right; c++) {
    const parts: string[] = [];
    let previous: CellRange | null = null;
    for (let r = top; r <= bottom; r++) {
      const m = mergeAt(merges, r, c);
      if (m !== null && m === previous) continue; // one merged cell spanning both rows
      previous = m;
      // A header merged across columns over nothing is one column's header, not a group: its text
      // stays with its first column ("Tên trường" merged over B:C names the school once).
      if (m && c !== m.left && m.bottom >= bottom) continue;
      const text =
        headerText(m ? cellAt(grid, m.top, m.left) : cellAt(grid, r, c)) ||
        (m === null ? groupTextOver(grid, r, c, bottom, left, merges) : "");
      if (text !== "" && parts[parts.length - 1] !== text) parts.push(text);
    }
    texts.push(parts.join(" "));
    ownTexts.push(parts[parts.length - 1] ?? "");
  }
  return { texts, ownTexts };
}

/**
 * The header block whose recognising row is `row`, or null when `row` is not a header row.
 * `minTop` bounds a group header looked for above (it must not reach into a previous table);
 * `nameAt`, a column the user says holds the names, makes `row` a header whatever its words.
 */
export function headerBlockAt(
  grid: Grid,
  row: number,
  minTop: number = grid.top,
  nameAt: number | null = null,
): HeaderBlock | null {
  const fields = rowFields(grid, row, grid.left, gridRight(grid));
  // The user named the school's column ("--column name=School name"): its row is the header.
  if (nameAt !== null) fields.set(nameAt, "name");
  else if (!looksLikeHeader(fields)) return null;
  let nameCol = 0;
  let seqCol: number | null = null;
  for (const [c, f] of fields) {
    if (f === "name" && nameCol === 0) nameCol = c;
    if (f === "seq" && seqCol === null) seqCol = c;
  }
  const merges = mergesTouchingRows(grid, row - 1, row + 3);
  const [left, right0] = extent(grid, row, nameCol, merges);
  let right = right0;
  if (seqCol !== null && (seqCol < left || seqCol > right)) seqCol = null;

  let headerTop = row;
  let headerRow = row;
  // Sub-headers of an unmerged group may run past the header row's last text ("Kinh phí" | "").
  let wider = right;
  while (!isBlank(cellAt(grid, row + 1, wider + 1)) && isBlank(cellAt(grid, row, wider + 1))) wider++;
  if (continuesBelow(grid, row, row + 1, left, wider, nameCol, seqCol, merges)) {
    headerRow = row + 1;
    right = wider;
    // A third row: "Kết quả …" over "KĐCLGD | CQG" over "Cấp độ | Năm | Mức độ | Năm".
    if (continuesBelow(grid, row + 1, row + 2, left, right, nameCol, seqCol, merges)) headerRow = row + 2;
  } else if (row - 1 >= minTop && continuesAbove(grid, row, row - 1, left, right, merges))
    headerTop = row - 1;
  const { texts, ownTexts } = joinTexts(grid, headerTop, headerRow, left, right, merges);
  if (isColumnNumberRow(grid, headerRow + 1, left, right)) headerRow++;
  return { headerTop, headerRow, left, right, texts, ownTexts, tableName: null, bottom: null };
}

/** The first header block whose recognising row lies in [from, to]. */
export function findHeader(
  grid: Grid,
  from: number,
  to: number = from + HEADER_SCAN_ROWS - 1,
): HeaderBlock | null {
  const last = Math.min(to, gridBottom(grid));
  for (let r = Math.max(from, grid.top); r <= last; r++) {
    const block = headerBlockAt(grid, r, from);
    if (block) return block;
  }
  return null;
}

/** Header blocks of the sheet's Excel tables (ListObjects) that have a name column. */
export function tableHeaders(grid: Grid): HeaderBlock[] {
  const out: HeaderBlock[] = [];
  for (const t of grid.tables) {
    if (!t.hasHeader) continue;
    const { top, left, right, bottom } = t.range;
    const texts: string[] = [];
    for (let c = left; c <= right; c++) texts.push(headerText(cellAt(grid, top, c)));
    if (!texts.some((h) => matchHeaderDetail(h)?.field === "name")) continue;
    out.push({
      headerTop: top,
      headerRow: top,
      left,
      right,
      texts,
      ownTexts: texts,
      tableName: t.name,
      bottom,
    });
  }
  return out.sort((a, b) => a.headerRow - b.headerRow || a.left - b.left);
}
