import type { DateValue } from "../text/dates";
import { compareDays, endOfYear, lastDayOf, overlapsYear } from "../text/dates";
import type { ExcludedCell } from "./excluded";
import { excludedOf } from "./excluded";
import { untrustedTerm } from "./levels";
import { closedNote } from "./closed";
import type { School } from "./schools";
import { unitOf } from "./schools";

export interface DueItem {
  readonly name: string;
  readonly commune: string | null;
  readonly expiry: DateValue;
  readonly dossierDeadline: DateValue;
  /** Whether the list plans the renewal (or an upgrade) by the expiry year. */
  readonly planned: boolean;
}

/**
 * Recognitions expiring within the plan year and the next, and those whose dossier falls due in the
 * plan year, soonest first (SPEC §9): the same reading of each recognition as the renewal rules.
 */
export function dueList(schools: readonly School[], planYear: number): DueItem[] {
  const items: DueItem[] = [];
  const yearEnd = endOfYear(planYear);
  for (const school of schools) {
    const status = school.current.status;
    if (!status) continue;
    const { expiry, deadline } = status;
    if (
      !overlapsYear(expiry, planYear) &&
      !overlapsYear(expiry, planYear + 1) &&
      deadline.date.y !== planYear
    )
      continue;
    // A school merged away or dissolved is renewed by no one: the coverage note names it.
    if (untrustedTerm(school.current, planYear) !== null || closedNote(school.current, yearEnd)) continue;
    const planned = school.actions.some(
      (a) => (a.action === "renewal" || a.action === "upgrade") && a.planYear <= lastDayOf(expiry).y,
    );
    items.push({ name: school.name, commune: school.commune, expiry, dossierDeadline: deadline, planned });
  }
  return items.sort(
    (a, b) => compareDays(a.expiry.date, b.expiry.date) || a.name.localeCompare(b.name, "vi"),
  );
}

/**
 * The recognitions left out of the renewals due because their term rests on a date we cannot stand
 * behind (it does not read, it is implausible, or the expiry contradicts the decision): whether and
 * when they fall due is unknown, so the outputs name their cells instead of printing a date.
 */
export function dueLeftOut(schools: readonly School[], planYear: number): ExcludedCell[] {
  const out: ExcludedCell[] = [];
  for (const school of schools) {
    const cell = untrustedTerm(school.current, planYear);
    if (cell !== null)
      out.push(excludedOf(cell, { name: school.name, unit: unitOf(school, school.current) }));
  }
  return out;
}
