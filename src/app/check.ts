/**
 * The one pipeline every front end runs: grids and the user's choices in; tables, records, findings,
 * the rules that could not run, the period and the summary out. Nothing here touches a host.
 */
import type { Finding } from "../core/findings/finding";
import type { Severity } from "../core/findings/severity";
import type { Grid } from "../core/grid";
import type { SchoolRecord } from "../core/records/record";
import type { Summary } from "../core/summary/summary";
import { summarize } from "../core/summary/summary";
import type { DayDate } from "../core/text/dates";
import { endOfYear } from "../core/text/dates";
import type { CheckedTable, SkippedRule, ValidateOptions } from "../core/validate";
import { validate } from "../core/validate";
import type { Choices, Origin } from "./choices";
import { selectSheets } from "./sheets";

/** Where the plan year came from, for the user to see. */
export type PlanYearSource = { readonly kind: "user" } | { readonly kind: "today" };

export interface Period {
  readonly planYear: number;
  readonly planYearSource: PlanYearSource;
  readonly referenceDate: DayDate;
  /** True when the user chose the reference date; otherwise it is 31/12 of the plan year. */
  readonly referenceChosen: boolean;
}

export interface WorkbookCheck {
  /** The grids checked (one sheet when the user chose one). */
  readonly grids: readonly Grid[];
  readonly tables: readonly CheckedTable[];
  /** The school rows of every table, in sheet order. */
  readonly records: readonly SchoolRecord[];
  readonly findings: readonly Finding[];
  /** Rules that could not run for lack of a column, once each. */
  readonly skipped: readonly SkippedRule[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly period: Period;
  /** The figures of the plan year (empty when no school list was found). */
  readonly summary: Summary;
}

export type CheckOutcome =
  | { readonly kind: "checked"; readonly check: WorkbookCheck }
  /** The sheet asked for is not in the workbook. */
  | { readonly kind: "no-sheet"; readonly sheet: string; readonly available: readonly string[] };

function periodOf(choices: Choices, origin: Origin): Period {
  const planYear = choices.planYear ?? origin.today.getFullYear();
  return {
    planYear,
    planYearSource: choices.planYear != null ? { kind: "user" } : { kind: "today" },
    referenceDate: choices.referenceDate ?? endOfYear(planYear),
    referenceChosen: choices.referenceDate != null,
  };
}

function countOf(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Checks the grids of one workbook (or one file), or the sheet the user named, with the user's choices. */
export function checkWorkbook(grids: readonly Grid[], choices: Choices, origin: Origin): CheckOutcome {
  const selected = selectSheets(grids, choices.sheet);
  if (selected.kind === "missing") {
    return { kind: "no-sheet", sheet: choices.sheet ?? "", available: selected.available };
  }
  return { kind: "checked", check: checkGrids(selected.grids, choices, origin) };
}

/** Checks every grid given, whatever sheet the choices name. */
export function checkGrids(grids: readonly Grid[], choices: Choices, origin: Origin): WorkbookCheck {
  const period = periodOf(choices, origin);
  const options: ValidateOptions = {
    planYear: period.planYear,
    referenceDate: period.referenceDate,
    regime: choices.regime ?? null,
    ...(choices.budgetUnit ? { budgetUnit: choices.budgetUnit } : {}),
    ...(choices.mappings ? { mappings: choices.mappings } : {}),
  };
  const result = validate(grids, options);
  return {
    grids,
    tables: result.tables,
    records: result.tables.flatMap((t) => t.records),
    findings: result.findings,
    skipped: result.skipped,
    counts: countOf(result.findings),
    period,
    summary: summarize(result.tables, options),
  };
}

/** One summary over several checked files (a province adding up its districts). */
export function combinedSummary(
  checks: readonly WorkbookCheck[],
  period: Period,
  regime: Choices["regime"],
): Summary {
  return summarize(
    checks.flatMap((c) => c.tables),
    { planYear: period.planYear, referenceDate: period.referenceDate, regime: regime ?? null },
  );
}
