import type { DateValue, DayDate } from "../text/dates";
import { addMonths, addYears, compareDays, lastDayOf } from "../text/dates";
import type { Regime } from "./regimes";

/**
 * The 5-year recognition cycle (SPEC §6). A coarse date (year or month only) gives a coarse expiry:
 * "recognised in 2019" expires at some point during 2024, so it is surely valid through 2023 and
 * surely expired at 31/12/2024.
 */

/** The first day on which the recognition is no longer valid, at the decision's precision. */
export function expiryOf(decision: DateValue, regime: Regime): DateValue {
  return { date: addYears(decision.date, regime.validityYears), precision: decision.precision };
}

/**
 * Self-assessment and registration must be done this long before expiry (Điều 35, 38). A coarse
 * expiry gives a span of possible deadlines; its first day is the earliest one.
 */
export function dossierDeadline(expiry: DateValue, regime: Regime): DateValue {
  return { date: addMonths(expiry.date, -regime.renewalLeadMonths), precision: expiry.precision };
}

/**
 * Whether the recognition has lapsed on `day`. With a coarse expiry we only call it lapsed once the
 * whole period has passed, so a mid-year reference date gives the school the benefit of the doubt.
 */
export function isExpiredOn(expiry: DateValue, day: DayDate): boolean {
  const boundary = expiry.precision === "day" ? expiry.date : lastDayOf(expiry);
  return compareDays(day, boundary) >= 0;
}

/** Whether the expiry may fall in the given calendar year. */
export function expiresInYear(expiry: DateValue, year: number): boolean {
  return expiry.date.y <= year && lastDayOf(expiry).y >= year;
}

/** Whole years from one date to the end of the plan year, at the coarser of the two precisions. */
export function yearsBetween(earlier: DateValue, laterDay: DayDate): { years: number; exact: boolean } {
  if (earlier.precision === "day") {
    let years = laterDay.y - earlier.date.y;
    if (compareDays(addYears(earlier.date, years), laterDay) > 0) years -= 1;
    return { years, exact: true };
  }
  return { years: laterDay.y - earlier.date.y, exact: false };
}
