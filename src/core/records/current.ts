/**
 * Which of a school's rows describes the recognition in force: the summaries count the school by it,
 * and a history of recognitions keeps the status of that row alone.
 */
import { compareDays } from "../text/dates";
import type { DateValue } from "../text/dates";
import type { SchoolRecord } from "./record";

function later(a: DateValue | null, b: DateValue | null): boolean {
  if (!a) return false;
  if (!b) return true;
  return compareDays(a.date, b.date) > 0;
}

function hasLevel(r: SchoolRecord): boolean {
  return r.levels.accreditation !== null || r.levels.standard !== null;
}

/** The row that describes the recognition in force: the most recent one with a level. */
export function currentOf(rows: readonly SchoolRecord[]): SchoolRecord {
  let current = rows[0] as SchoolRecord;
  for (const r of rows) {
    if (
      (hasLevel(r) && !hasLevel(current)) ||
      (hasLevel(r) === hasLevel(current) && later(r.recognised, current.recognised))
    ) {
      current = r;
    }
  }
  return current;
}
