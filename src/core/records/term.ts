/**
 * Whether a list's expiry contradicts its decision date: a recognition is valid for a fixed term from
 * its decision (SPEC §6), so "recognised 10/05/2023, expires 10/05/2026" has one of the two wrong. The
 * `expiry-mismatch` rule reports it, and the rates leave the school out, since its term is unknown.
 */
import { expiryOf } from "../schools/cycle";
import type { DateValue } from "../text/dates";
import { lastDayOf, toExcelSerial } from "../text/dates";
import type { SchoolRecord } from "./record";
import { dateProblem } from "./date-bounds";

/**
 * Days either way within which two dates still agree: an expiry written as the day before the
 * anniversary, or a decision signed a few days after the meeting, is not a contradiction.
 */
const SLACK_DAYS = 31;

/** The expiry the decision date gives, when the written expiry contradicts it; else null. */
export function contradictedExpiry(r: SchoolRecord, planYear: number): DateValue | null {
  const decision = r.dates.decisionDate;
  const written = r.dates.expiry;
  if (decision?.kind !== "ok" || written?.kind !== "ok") return null;
  // A date the check already marks as wrong is reported as such, not compared.
  if (dateProblem("decisionDate", decision, planYear) || dateProblem("expiry", written, planYear))
    return null;
  const due = expiryOf(decision.value, r.regime.regime);
  return overlaps(due, written.value) ? null : due;
}

/** Whether the spans two dates stand for ("2026", "05/2026", "10/05/2026") meet, give or take the slack. */
function overlaps(a: DateValue, b: DateValue): boolean {
  const first = (v: DateValue): number => toExcelSerial(v.date);
  const last = (v: DateValue): number => toExcelSerial(lastDayOf(v));
  return first(a) - SLACK_DAYS <= last(b) && first(b) - SLACK_DAYS <= last(a);
}
