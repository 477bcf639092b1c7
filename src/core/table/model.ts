import type { CellValue } from "../grid";
import type { Field } from "./fields";
import type { SectionContext } from "./sections";

/** How a column came to be read as a field: its header, its values, or the user's choice. */
export type ColumnSource = "header" | "values" | "user";

export interface Column {
  readonly field: Field;
  readonly col: number;
  /** The header as written (two merged header rows joined by a space). */
  readonly header: string;
  readonly how: ColumnSource;
}

export type RowKind = "school" | "group" | "total" | "footer" | "blank";

export interface TableRow {
  readonly kind: RowKind;
  /** 1-based worksheet row. */
  readonly row: number;
  /** Values of the row from `SchoolTable.left` to `SchoolTable.right`. */
  readonly values: readonly CellValue[];
  /** For a school row under section headings: what they say of it. */
  readonly context?: SectionContext;
}

/** Multiplier from the budget column's unit to triệu đồng, from its header. */
export interface BudgetUnit {
  readonly factor: number;
  readonly label: "đồng" | "nghìn đồng" | "triệu đồng" | "tỷ đồng";
}

/** One column of a budget split by funding source: what the list asks of that source, or their total. */
export interface BudgetColumn {
  readonly col: number;
  /** The header as written (a group header joined in front: "Nhu cầu kinh phí (triệu đồng) XHH"). */
  readonly header: string;
  /** The funding source the header names ("Ngân sách", "Xã hội hóa"); null for the total column. */
  readonly source: string | null;
  /** From the column's own header, else its group's, else a "Đơn vị tính" line, else triệu đồng. */
  readonly unit: BudgetUnit;
}

/**
 * A budget written in several columns, one per funding source ("Nhu cầu kinh phí" over "Ngân sách |
 * XHH", or "Kinh phí ngân sách" beside "Kinh phí xã hội hóa"): a school's budget is the sum of its
 * source cells. A total column beside them ("Tổng", "Cộng") is not one more source: it is the figure
 * of a row whose source cells are all empty, and elsewhere the check of their sum.
 */
export interface BudgetSplit {
  /** Two or more, left to right, each naming a different source. */
  readonly sources: readonly BudgetColumn[];
  readonly total: BudgetColumn | null;
}

/** A school table found on a sheet, with its columns mapped and its rows classified. */
export interface SchoolTable {
  readonly sheet: string;
  /** An Excel table's name when the list is a ListObject. */
  readonly tableName: string | null;
  /** First and last header rows (equal for a one-row header). */
  readonly headerTop: number;
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  /** Last row that belongs to the table (footers included). */
  readonly bottom: number;
  readonly columns: Partial<Record<Field, Column>>;
  /** Columns whose header was not recognised: kept so reports can show them. */
  readonly otherColumns: readonly { col: number; header: string }[];
  readonly budgetUnit: BudgetUnit;
  /**
   * Present when the budget is split into columns by funding source; `columns.budget` is then its
   * total column, else its first source column, and `budgetUnit` that column's unit.
   */
  readonly budgetSplit?: BudgetSplit;
  readonly rows: readonly TableRow[];
  /** A year the action column's header names ("Kế hoạch năm 2023"): the list's plan year. */
  readonly actionHeaderYear: number | null;
  /**
   * The year this list's own title states, in a workbook of lists of several years ("Năm học
   * 2024-2025" beside "Năm học 2025-2026"): its actions are that year's, not the plan year's.
   */
  readonly ownYear?: number;
  /**
   * The list records recognitions given, one row each, not a plan (see `readsAsHistory`): its action
   * column says what was done on the row's date, so no row plans anything.
   */
  readonly history?: true;
  /**
   * Budget columns by year ("Kinh phí 2026 | Kinh phí 2027"): the check reads the plan year's as the
   * budget, and none when the list has no column for that year.
   */
  readonly budgetYears?: readonly { readonly year: number; readonly col: number; readonly header: string }[];
}
