/**
 * Plan lists whose budget is split into columns by funding source, laid out as offices write them:
 * a title, a blank row, then the header; data rows start under it. Columns A–D are "TT | Tên trường |
 * Hình thức | Mã đề nghị", the budget columns start at E.
 */
import type { CellRange, CellValue, Grid } from "../../src/core/grid";
import { a1 } from "../../src/core/grid";

export const SPLIT_TITLE = "DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2025";

/** A list and where its data rows are. */
export interface BudgetList extends Grid {
  /** A1 address of data row `index` (0-based) in worksheet column `col` (1 = A). */
  cell(index: number, col: number): string;
  /** Worksheet row of data row `index`. */
  row(index: number): number;
}

function list(cells: CellValue[][], merges: CellRange[], firstData: number, sheet: string): BudgetList {
  return {
    sheet,
    top: 1,
    left: 1,
    cells,
    merges,
    tables: [],
    row: (index) => firstData + index,
    cell: (index, col) => a1(firstData + index, col),
  };
}

/**
 * "TT | Tên trường | Hình thức | Mã đề nghị" merged over two header rows, and `group` merged across the
 * sub-headers `subs` ("Nhu cầu kinh phí (triệu đồng)" over "Ngân sách | XHH").
 */
export function groupedList(
  group: string,
  subs: readonly string[],
  rows: readonly (readonly CellValue[])[],
  sheet = "DS",
): BudgetList {
  const cells: CellValue[][] = [
    [SPLIT_TITLE],
    [],
    ["TT", "Tên trường", "Hình thức", "Mã đề nghị", group, ...subs.slice(1).map(() => null)],
    [null, null, null, null, ...subs],
    ...rows.map((r) => [...r]),
  ];
  const merges: CellRange[] = [1, 2, 3, 4].map((c) => ({ top: 3, left: c, bottom: 4, right: c }));
  merges.push({ top: 3, left: 5, bottom: 3, right: 4 + subs.length });
  return list(cells, merges, 5, sheet);
}

/** The same list with a one-row header: each budget column names its own source. `above`: lines under the title. */
export function flatList(
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
  above: readonly (readonly CellValue[])[] = [],
  sheet = "DS",
): BudgetList {
  const cells: CellValue[][] = [
    [SPLIT_TITLE],
    ...above.map((r) => [...r]),
    [],
    ["TT", "Tên trường", "Hình thức", "Mã đề nghị", ...headers],
    ...rows.map((r) => [...r]),
  ];
  return list(cells, [], 4 + above.length, sheet);
}

/** The tester's list (trialC l7): a merged "Nhu cầu kinh phí (triệu đồng)" over "Ngân sách | XHH". */
export const L7_ROWS: readonly (readonly CellValue[])[] = [
  [1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", "1,5", "0,5"],
  [2, "TH Hoa Lan", "CN lại", "CĐ3-MĐ2", "1.500", "200"],
  [3, "THCS Hoa Lan", "Nâng mức", "CĐ3-MĐ2", 2500.5, null],
  [4, "MN Cẩm Tú", "CN mới", "CĐ2-MĐ1", null, "300"],
];
