/** What a user decides for a check, in every front end: all optional, the workbook fills in the rest. */
import type { RegimeId } from "../core/schools/regimes";
import type { BudgetUnit } from "../core/table/model";
import type { DayDate } from "../core/text/dates";
import type { Field } from "../core/table/fields";
import type { ColumnChoice } from "./columns";

/** A user's column mapping: field → worksheet column (1-based). */
export type SavedMapping = Partial<Record<Field, number>>;

export interface Choices {
  /** The plan year; when absent, the workbook's own (its titles, columns, file name), else this year. */
  readonly planYear?: number | null;
  /** The reference date; when absent, 31/12 of the plan year. */
  readonly referenceDate?: DayDate | null;
  /** One regime for every row, when the user knows better than the dates. */
  readonly regime?: RegimeId | null;
  /** Overrides the budget unit read from the headers. */
  readonly budgetUnit?: BudgetUnit | null;
  /** Corrected column mappings, by sheet name. */
  readonly mappings?: Readonly<Record<string, SavedMapping>>;
  /** Columns named by header, for every sheet (the command line's --column); over `mappings`. */
  readonly columns?: readonly ColumnChoice[];
  /** Only this sheet (matched after Unicode normalisation); all sheets when absent. */
  readonly sheet?: string | null;
}

/** What the front end knows about where the grids came from. */
export interface Origin {
  /** Today, for the default plan year. */
  readonly today: Date;
  /** The file's name, when the grids come from a file. */
  readonly fileName?: string;
}
