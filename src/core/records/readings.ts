/**
 * Readings that many rows share. A list of 50,000 schools holds a few hundred distinct recognition
 * dates and a handful of levels: each expiry, status and pair of levels is made once and shared by
 * every row that has it (all are immutable), so a long list costs its rows, not repeated readings.
 */
import { expiryOf } from "../schools/cycle";
import type { Regime } from "../schools/regimes";
import type { DateValue, DayDate } from "../text/dates";
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

function dateKey(value: DateValue, regime: Regime): string {
  const { y, m, d } = value.date;
  return `${regime.id}|${value.precision}|${y}-${m}-${d}`;
}

/** Caches `make` by the key of its two arguments; bounded, as `memoByText` is. */
function byKey<A, B, R>(
  key: (a: A, b: B) => string,
  make: (a: A, b: B) => R,
  limit = 20_000,
): (a: A, b: B) => R {
  const cache = new Map<string, R>();
  return (a, b) => {
    const k = key(a, b);
    let hit = cache.get(k);
    if (hit === undefined) {
      if (cache.size >= limit) cache.clear();
      hit = make(a, b);
      cache.set(k, hit);
    }
    return hit;
  };
}

/** Readings for one pass over a table, on one reference date. */
export function sharedReadings(referenceDate: DayDate): SharedReadings {
  return {
    expiry: byKey(dateKey, expiryOf),
    status: byKey(dateKey, (expiry: DateValue, regime: Regime) =>
      recognitionStatus(expiry, regime, referenceDate),
    ),
    levels: byKey(
      (a: number | null, s: number | null) => `${a}:${s}`,
      (accreditation, standard): Levels => ({ accreditation, standard }),
    ),
  };
}
