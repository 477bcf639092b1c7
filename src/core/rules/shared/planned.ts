import type { SchoolRecord } from "../../records/record";
import type { SchoolTable } from "../../table/model";
import { lastDayOf, overlapsYear } from "../../text/dates";

/** By school, the earliest year a renewal or an upgrade is planned for. */
function earliestReassessments(
  records: readonly SchoolRecord[],
  others: readonly SchoolRecord[],
): ReadonlyMap<string, number> {
  const earliest = new Map<string, number>();
  for (const list of [records, others])
    for (const r of list) {
      if (r.action !== "renewal" && r.action !== "upgrade") continue;
      const prev = earliest.get(r.key);
      if (prev === undefined || r.planYear < prev) earliest.set(r.key, r.planYear);
    }
  return earliest;
}

/**
 * The last index made, by the records it was made of: three rules ask for it over the same records
 * one after another (records are never changed once read; an edited list is a new array).
 */
const lastIndex = new WeakMap<
  readonly SchoolRecord[],
  { readonly others: readonly SchoolRecord[]; readonly earliest: ReadonlyMap<string, number> }
>();

/**
 * For each school, whether the workbook plans a new assessment in or before a year that would renew
 * its recognition: a renewal, or an upgrade (which issues a new certificate), in this list or in
 * another (a plan's sheet beside the status sheet). Indexed once per table.
 */
export function reassessmentIndex(
  records: readonly SchoolRecord[],
  others: readonly SchoolRecord[] = [],
): (record: SchoolRecord, year: number) => boolean {
  let made = lastIndex.get(records);
  if (made?.others !== others) {
    made = { others, earliest: earliestReassessments(records, others) };
    lastIndex.set(records, made);
  }
  const { earliest } = made;
  return (record, year) => {
    const y = earliest.get(record.key);
    return y !== undefined && y <= year;
  };
}

/**
 * The workbook says what it plans: an action column, or section headings such as "CÔNG NHẬN LẠI", in
 * this list or in another.
 */
export function statesActions(
  table: SchoolTable,
  records: readonly SchoolRecord[],
  others: readonly SchoolRecord[] = [],
): boolean {
  return (
    table.columns.action !== undefined ||
    records.some((r) => r.action !== null) ||
    others.some((r) => r.action !== null || r.table.columns.action !== undefined)
  );
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
  others: readonly SchoolRecord[] = [],
): (record: SchoolRecord) => boolean {
  if (!statesActions(table, records, others)) return () => false;
  const plans = reassessmentIndex(records, others);
  return (r) =>
    r.status !== null && overlapsYear(r.status.expiry, planYear) && !plans(r, lastDayOf(r.status.expiry).y);
}
