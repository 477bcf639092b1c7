/**
 * Readings that many rows share. A list of 50,000 schools holds a few hundred distinct recognition
 * dates and a handful of levels: each expiry, status and pair of levels is made once and shared by
 * every row that has it (all are immutable), so a long list costs its rows, not repeated readings.
 */
import { expiryOf } from "../schools/cycle";
import type { Regime } from "../schools/regimes";
import type { DateValue, DayDate } from "../text/dates";
import { memoByKey } from "../text/memo";
import type { Levels } from "./record";
import type { RecognitionStatus } from "./status";
import { recognitionStatus } from "./status";

export interface SharedReadings {
  /** The expiry of a recognition under its regime. */
  expiry(recognised: DateValue, regime: Regime): DateValue;
  /** The recognition's status on the reference date the readings were made for. */
  status(expiry: DateValue, regime: Regime): RecognitionStatus;
  levels(accreditation: number | null, standard: number | null): Levels;
}

/** A date at its precision: the key of every reading made from a date. */
export function dateKey(value: DateValue): string {
  const { y, m, d } = value.date;
  return `${value.precision}|${y}-${m}-${d}`;
}

const underRegime = (value: DateValue, regime: Regime): string => `${regime.id}|${dateKey(value)}`;

/** Readings for one pass over a table, on one reference date. */
export function sharedReadings(referenceDate: DayDate): SharedReadings {
  return {
    expiry: memoByKey(underRegime, expiryOf),
    status: memoByKey(underRegime, (expiry: DateValue, regime: Regime) =>
      recognitionStatus(expiry, regime, referenceDate),
    ),
    levels: memoByKey(
      (a: number | null, s: number | null) => `${a}:${s}`,
      (accreditation, standard): Levels => ({ accreditation, standard }),
    ),
  };
}
