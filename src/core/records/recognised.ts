import type { SchoolRecord } from "./record";

/**
 * Whether the row records a recognition in force or lapsed: a date, and a level when the list has
 * code columns ("Chưa đạt" with a date is an assessment that did not lead to recognition).
 */
export function isRecognised(record: SchoolRecord): boolean {
  if (!record.recognised && !record.expiry) return false;
  const c = record.table.columns;
  if (!c.combinedCode && !c.accreditation && !c.standard) return true;
  return record.levels.accreditation !== null || record.levels.standard !== null;
}
