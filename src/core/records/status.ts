/**
 * One reading of a recognition, shared by the rules and the summaries (SPEC §6, §9): when it expires,
 * when its dossier is due, whether it has lapsed on the reference date, and in which plan years it
 * falls due for renewal.
 */
import type { Regime } from "../schools/regimes";
import { dossierDeadline, isExpiredOn } from "../schools/cycle";
import type { DateValue, DayDate } from "../text/dates";
import { lastDayOf, overlapsYear } from "../text/dates";

export interface RecognitionStatus {
  readonly expiry: DateValue;
  /** Self-assessment and registration deadline (expiry − 5 months); coarse expiries give a span. */
  readonly deadline: DateValue;
  /** Lapsed on the reference date; a coarse expiry lapses only once all of it has passed. */
  readonly expired: boolean;
}

export function recognitionStatus(
  expiry: DateValue,
  regime: Regime,
  referenceDate: DayDate,
): RecognitionStatus {
  return { expiry, deadline: dossierDeadline(expiry, regime), expired: isExpiredOn(expiry, referenceDate) };
}

/**
 * Due for renewal in a plan year: the dossier deadline falls in it (the earliest possible one when
 * only a year is known), or the recognition expires in it.
 */
export function isDueIn(status: RecognitionStatus, year: number): boolean {
  return status.deadline.date.y === year || overlapsYear(status.expiry, year);
}

/** The recognition ended before the plan year began. */
export function endedBefore(status: RecognitionStatus, year: number): boolean {
  return lastDayOf(status.expiry).y < year;
}
