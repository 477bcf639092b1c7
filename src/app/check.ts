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
import type { SchoolTable } from "../core/table/model";
import type { PlanYearSource, WorkbookFacts } from "../core/table/period";
import { workbookFacts } from "../core/table/period";
import { decodeLegacyText } from "../core/table/legacy-text";
import type { DayDate } from "../core/text/dates";
import { endOfYear } from "../core/text/dates";
import type { CheckedTable, SkippedRule, ValidateOptions } from "../core/validate";
import { checkTables, readTables } from "../core/validate";
import { nameHeaders } from "./name-header";
import { tablesForYear } from "../core/table/list-year";
import type { Choices, Origin, SavedMapping } from "./choices";
import type { ColumnChoice } from "./columns";
import { resolveColumns } from "./columns";
import { selectSheets } from "./sheets";

/** Where the plan year came from, for the user to see. */
export type PeriodSource = { readonly kind: "user" } | PlanYearSource | { readonly kind: "today" };

export interface Period {
  readonly planYear: number;
  readonly planYearSource: PeriodSource;
  readonly referenceDate: DayDate;
  /** Where the reference date came from: the user, the list's title, or the end of the plan year. */
  readonly referenceSource:
    | { readonly kind: "user" }
    | { readonly kind: "title"; readonly text: string }
    | { readonly kind: "endOfYear" };
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
  /** What the workbook says of itself: plan year, reference date, issuing body. */
  readonly facts: WorkbookFacts;
  /** The figures of the plan year (empty when no school list was found). */
  readonly summary: Summary;
  /** Columns the user named by a header no table has. */
  readonly unresolvedColumns: readonly ColumnChoice[];
}

export type CheckOutcome =
  | { readonly kind: "checked"; readonly check: WorkbookCheck }
  /** The sheet asked for is not in the workbook. */
  | { readonly kind: "no-sheet"; readonly sheet: string; readonly available: readonly string[] };

/**
 * The period of the check: the user's plan year, else what the workbook says, else the year of the
 * user's reference date, else this year (a date as of 31/12/2024 is the status a 2025 plan starts
 * from, so it never overrides the year the list states). A
 * reference date read from the title ("tính đến tháng 01/2023") is used only within the plan year or
 * at the end of the year before it, where such lists put it.
 */
function periodOf(choices: Choices, facts: WorkbookFacts, origin: Origin): Period {
  const fromBook = facts.planYear;
  const planYear =
    choices.planYear ?? fromBook?.year ?? choices.referenceDate?.y ?? origin.today.getFullYear();
  const planYearSource: PeriodSource =
    choices.planYear != null
      ? { kind: "user" }
      : (fromBook?.source ?? (choices.referenceDate ? { kind: "user" } : { kind: "today" }));
  if (choices.referenceDate)
    return {
      planYear,
      planYearSource,
      referenceDate: choices.referenceDate,
      referenceSource: { kind: "user" },
    };
  const titled = facts.referenceDate;
  if (titled && (titled.date.y === planYear || titled.date.y === planYear - 1)) {
    return {
      planYear,
      planYearSource,
      referenceDate: titled.date,
      referenceSource: { kind: "title", text: titled.text },
    };
  }
  return {
    planYear,
    planYearSource,
    referenceDate: endOfYear(planYear),
    referenceSource: { kind: "endOfYear" },
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
  // Columns typed in TCVN3 or VNI are read as the Unicode they stand for; the cells stay as they are.
  const text = decodeLegacyText(grids);
  const read = {
    ...(choices.budgetUnit ? { budgetUnit: choices.budgetUnit } : {}),
    ...(choices.mappings ? { mappings: choices.mappings } : {}),
  };
  let tables: SchoolTable[] = readTables(text.grids, read);
  let unresolvedColumns: ColumnChoice[] = [];
  if (choices.columns && choices.columns.length > 0) {
    // A sheet whose header went unrecognised is read from the header the user named the names by.
    const named = nameHeaders(text.grids, tables, choices.columns);
    const withNames = { ...read, nameHeaders: named };
    if (Object.keys(named).length > 0) tables = readTables(text.grids, withNames);
    // Named columns are found in the headers as read, then the tables are read again with them.
    const resolved = resolveColumns(tables, choices.columns);
    unresolvedColumns = resolved.unresolved;
    const mappings: Record<string, SavedMapping> = { ...(choices.mappings ?? {}) };
    for (const [sheet, m] of Object.entries(resolved.mappings))
      mappings[sheet] = { ...(mappings[sheet] ?? {}), ...m };
    tables = readTables(text.grids, { ...withNames, mappings });
  }
  const facts = workbookFacts(text.grids, tables, origin.fileName);
  const period = periodOf(choices, facts, origin);
  const options: ValidateOptions = {
    planYear: period.planYear,
    referenceDate: period.referenceDate,
    regime: choices.regime ?? null,
  };
  // Lists of several years, budget columns by year: each list as read for its own year.
  tables = tablesForYear(tables, facts.listYears, period.planYear);
  const result = checkTables(text.grids, tables, options, text.columns);
  // The figures are worked out when first asked for: `kdcl validate` and the live check never are.
  let summary: Summary | null = null;
  return {
    grids,
    tables: result.tables,
    records: result.tables.flatMap((t) => t.records),
    findings: result.findings,
    skipped: result.skipped,
    counts: countOf(result.findings),
    period,
    facts,
    get summary(): Summary {
      summary ??= summarize(result.tables, options);
      return summary;
    },
    unresolvedColumns,
  };
}

/** One summary over several checked files (a province adding up its districts). */
export function combinedSummary(
  checks: readonly WorkbookCheck[],
  period: Period,
  regime: Choices["regime"],
  units: readonly string[],
): Summary {
  // Each list is its own unit: its schools and communes are never merged with another list's.
  return summarize(
    checks.flatMap((c, i) => c.tables.map((t) => ({ ...t, unit: units[i] ?? String(i + 1) }))),
    { planYear: period.planYear, referenceDate: period.referenceDate, regime: regime ?? null },
  );
}
