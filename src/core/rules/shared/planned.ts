import type { SchoolRecord } from "../../records/record";

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
