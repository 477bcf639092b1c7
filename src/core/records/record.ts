import type { CellValue } from "../grid";
import type { Action, ActionParse } from "../schools/actions";
import type { CodeParse } from "../schools/codes";
import type { RegimeChoice } from "../schools/regimes";
import type { NameType, SchoolTypeId } from "../schools/types";
import type { DateParse, DateValue } from "../text/dates";
import type { NumberParse } from "../text/numbers";
import type { Field, SourceCell } from "../table/fields";
import type { SchoolTable, TableRow } from "../table/model";
import type { BudgetIssue, BudgetSplitReading } from "./budget";
import type { RecognitionStatus } from "./status";

/** A cell of a record: where it is and what it holds. */
export interface FieldCell {
  readonly source: SourceCell;
  readonly raw: CellValue;
}

/** A parse result, or the Excel error the cell held instead (reported once, by `cell-error`). */
export type Read<P> = P | { readonly kind: "error"; readonly code: string };

export interface Levels {
  readonly accreditation: number | null;
  readonly standard: number | null;
}

export type CodeField = "combinedCode" | "accreditation" | "standard" | "target";
export type DateField = "decisionDate" | "previousDate" | "expiry" | "founded";

/** One school row, interpreted. Rules read these; they never re-parse cells. */
export interface SchoolRecord {
  readonly table: SchoolTable;
  readonly tableRow: TableRow;
  readonly sheet: string;
  /** 1-based worksheet row. */
  readonly row: number;
  readonly cells: Partial<Record<Field, FieldCell>>;
  /** Name as written (NFC, spaces cleaned), or null when empty. */
  readonly name: string | null;
  /** Places from the row's own columns, else from the section headings above it. */
  readonly province: string | null;
  readonly district: string | null;
  readonly commune: string | null;
  /** Distinct-school key: folded name without "Trường", within its places (SPEC §9). */
  readonly key: string;
  readonly nameType: NameType | null;
  /** Type read from the type column: null when the list has no such column or the cell is empty. */
  readonly columnType: Read<{ kind: "ok"; type: SchoolTypeId } | { kind: "invalid"; text: string }> | null;
  /** The type used for summaries: column first, then the name prefix, then a section heading. */
  readonly type: SchoolTypeId | null;
  readonly codes: Partial<Record<CodeField, Read<CodeParse>>>;
  /** Levels of the recognition the row describes (current, or to be recognised in an undated plan list). */
  readonly levels: Levels;
  readonly dates: Partial<Record<DateField, Read<DateParse>>>;
  /** Latest recognition: the decision date, or the previous date when only that is given. */
  readonly recognised: DateValue | null;
  /** Expiry from the expiry column, else 5 years after `recognised`. */
  readonly expiry: DateValue | null;
  readonly founded: DateValue | null;
  readonly planYearCell: Read<DateParse> | null;
  /** Plan year of the row's action: its own plan-year cell, else the chosen plan year. */
  readonly planYear: number;
  readonly actionCell: Read<ActionParse> | null;
  /** The planned action: the row's own cell, else the section heading above it ("CÔNG NHẬN MỚI"). */
  readonly action: Action | null;
  /** Level the planned action aims at, when the list says so (target column or action text). */
  readonly target: Levels | null;
  /** The budget column's cell (of a split budget: its total column, else its first source). */
  readonly budgetCell: Read<NumberParse> | null;
  /** Budget in triệu đồng, only when the figure can be counted; of a split budget, what the row counts. */
  readonly budget: number | null;
  /** Why a written budget is left out of every total; of a split budget, null: see `budgetSplit`. */
  readonly budgetIssue: BudgetIssue | null;
  /** The row's budget cells and shares when the list splits its budget by funding source. */
  readonly budgetSplit: BudgetSplitReading | null;
  readonly fundingSource: string | null;
  readonly regime: RegimeChoice;
  /** The recognition in force or lapsed, read once for rules and summaries; null when there is none. */
  readonly status: RecognitionStatus | null;
}
