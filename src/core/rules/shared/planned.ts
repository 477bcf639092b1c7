import type { SchoolRecord } from "../../records/record";
import type { SchoolTable } from "../../table/model";
import { lastDayOf, overlapsYear } from "../../text/dates";

/**
 * For each school, whether the list plans a new assessment in or before a year that would renew its
 * recognition: a renewal, or an upgrade (which issues a new certificate). Indexed once per table.
 */
export function reassessmentIndex(
  records: readonly SchoolRecord[],
): (record: SchoolRecord, year: number) => boolean {
  const earliest = new Map<string, number>();
  for (const r of records) {
    if (r.action !== "renewal" && r.action !== "upgrade") continue;
    const prev = earliest.get(r.key);
    if (prev === undefined || r.planYear < prev) earliest.set(r.key, r.planYear);
  }
  return (record, year) => {
    const y = earliest.get(record.key);
    return y !== undefined && y <= year;
  };
}

/** The list says what it plans: an action column, or section headings such as "CÔNG NHẬN LẠI". */
export function statesActions(table: SchoolTable, records: readonly SchoolRecord[]): boolean {
  return table.columns.action !== undefined || records.some((r) => r.action !== null);
}

/**
 * A recognition that may expire in the plan year, in a list that states its plans, without a renewal
 * (or upgrade) planned by the time it expires. `renewal-not-planned` reports it, and `renewal-due`
 * then stays silent: one fact, one finding.
 */
export function unplannedRenewal(
  table: SchoolTable,
  records: readonly SchoolRecord[],
  planYear: number,
): (record: SchoolRecord) => boolean {
  if (!statesActions(table, records)) return () => false;
  const plans = reassessmentIndex(records);
  return (r) =>
    r.status !== null && overlapsYear(r.status.expiry, planYear) && !plans(r, lastDayOf(r.status.expiry).y);
}
