import type { SchoolRecord } from "../../records/record";
import type { RecognitionStatus } from "../../records/status";

/**
 * A test that passes for the first row of each school's recognition only. A roadmap writes a school
 * once per planned year, each row repeating the same recognition: its expiry is one fact, told once.
 */
export function firstOfRecognition(): (r: SchoolRecord, status: RecognitionStatus) => boolean {
  const seen = new Set<string>();
  return (r, status) => {
    const { y, m, d } = status.expiry.date;
    const key = `${r.key}|${y}-${m}-${d}|${status.expiry.precision}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}
