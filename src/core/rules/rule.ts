import type { Severity } from "../findings/severity";
import type { Localized } from "../text/localized";
import type { SchoolRecord } from "../records/record";
import type { CheckOptions } from "../records/options";
import type { RegimeChoice } from "../schools/regimes";
import type { DayDate } from "../text/dates";
import type { Field } from "../table/fields";
import type { LegacyColumn } from "../table/legacy-text";
import type { SchoolTable } from "../table/model";
import type { Basis } from "./shared/basis";

/** Everything a rule may look at for one table. */
export interface TableContext {
  readonly table: SchoolTable;
  readonly records: readonly SchoolRecord[];
  readonly options: CheckOptions;
  readonly referenceDate: DayDate;
  /** True when every school row plans an action (SPEC §9). */
  readonly planList: boolean;
  /**
   * The school records of the workbook's other lists: a plan's sheet beside a status sheet says what
   * is planned for the schools the status sheet lists.
   */
  readonly others: readonly SchoolRecord[];
}

/** Where a finding points: a record's field, a bare cell, or the whole table. */
export interface Place {
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly cell: string | null;
}

export interface Report<P> {
  readonly place: Place;
  readonly value: string | null;
  readonly params: P;
  /** Overrides the rule's severity (e.g. a warning where only years are known). */
  readonly severity?: Severity;
  readonly regime?: RegimeChoice;
  /** Text for a text cell, a number for a numeric one. */
  readonly fix?: string | number;
  /** Further cells the same fix changes (a whole column converted at once). */
  readonly fixMore?: readonly FixCell[];
}

/** One more cell a finding's fix changes: its address, what it holds, what the fix writes. */
export interface FixCell {
  readonly cell: string;
  readonly value: string | null;
  readonly next: string | number;
}

export type Reporter<P> = (report: Report<P>) => void;

/**
 * A rule's words: its title, what it checks, its message in each language from the finding's parameters, and an
 * example (the value read and the parameters it gives) for the help page and the documentation.
 */
export interface Messages<P> {
  readonly title: Localized;
  /** What the rule checks, in one sentence, for the help page. */
  readonly checks: Localized;
  readonly vi: (p: P) => string;
  readonly en: (p: P) => string;
  readonly example: { readonly value: string | null; readonly params: P };
  /** What the fix does, as its button says it, when "Sửa" would say too little. */
  readonly fixAction?: Localized;
}

export interface Rule<K extends string = string, P = unknown> {
  readonly id: K;
  /** The usual severity; a rule may lower it for coarse dates or unconfirmed rules. */
  readonly severity: Severity;
  /**
   * Columns the rule cannot run without: each group needs one of its columns in the table. A rule
   * whose needs no table meets is named once in the check result, with the columns it lacked.
   */
  readonly needs: readonly (readonly Field[])[];
  /** Columns of `needs` any list of the workbook may give: the rule reads them across lists. */
  readonly acrossLists?: readonly Field[];
  readonly basis: Basis | null;
  readonly messages: Messages<P>;
  /** Runs on a sheet where no table was found (only `table-not-found`). */
  readonly checkSheet?: (sheet: string, report: Reporter<P>) => void;
  readonly check?: (ctx: TableContext, report: Reporter<P>) => void;
  /** Runs once over the columns typed in a legacy font (only `legacy-encoding`). */
  readonly checkText?: (
    columns: readonly LegacyColumn[],
    headerOf: (column: LegacyColumn) => string | null,
    report: Reporter<P>,
  ) => void;
}

export function defineRule<K extends string, P>(rule: Rule<K, P>): Rule<K, P> {
  return rule;
}
