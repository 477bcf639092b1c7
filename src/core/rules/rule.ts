import type { Finding, Localized, Severity } from "../findings/finding";
import type { SchoolRecord } from "../records/record";
import type { CheckOptions } from "../records/options";
import type { RegimeChoice } from "../schools/regimes";
import type { DayDate } from "../text/dates";
import type { Field } from "../table/fields";
import type { SchoolTable } from "../table/model";
import type { Basis } from "./basis";
import type { RuleId, RuleParams } from "./params";

/** Everything a rule may look at for one table. */
export interface TableContext {
  readonly table: SchoolTable;
  readonly records: readonly SchoolRecord[];
  readonly options: CheckOptions;
  readonly referenceDate: DayDate;
  /** True when every school row plans an action (SPEC §9). */
  readonly planList: boolean;
}

/** Where a finding points: a record's field, a bare cell, or the whole table. */
export interface Place {
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly cell: string | null;
}

export interface Report<K extends RuleId> {
  readonly place: Place;
  readonly value: string | null;
  readonly params: RuleParams[K];
  /** Overrides the rule's severity (e.g. a warning where only years are known). */
  readonly severity?: Severity;
  readonly regime?: RegimeChoice;
  /** Text for a text cell, a number for a numeric one. */
  readonly fix?: string | number;
}

export type Reporter<K extends RuleId> = (report: Report<K>) => void;

export interface RuleMeta<K extends RuleId> {
  readonly id: K;
  /** The usual severity; a rule may lower it for coarse dates or unconfirmed rules. */
  readonly severity: Severity;
  readonly title: Localized;
  /** The record fields the rule reads: a rule whose fields are all absent cannot fire. */
  readonly fields: readonly Field[];
  readonly basis: Basis | null;
}

export interface Rule<K extends RuleId = RuleId> extends RuleMeta<K> {
  /** Runs on a sheet where no table was found (only `table-not-found`). */
  readonly checkSheet?: (sheet: string, report: Reporter<K>) => void;
  readonly check?: (ctx: TableContext, report: Reporter<K>) => void;
}

export function defineRule<K extends RuleId>(rule: Rule<K>): Rule<K> {
  return rule;
}

export type FindingList = Finding[];
