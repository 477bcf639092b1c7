import type { SchoolRecord } from "../../records/record";
import type { RecognitionStatus } from "../../records/status";
import type { DateValue } from "../../text/dates";

function sameDate(a: DateValue, b: DateValue): boolean {
  return (
    a.precision === b.precision && a.date.y === b.date.y && a.date.m === b.date.m && a.date.d === b.date.d
  );
}

/**
 * A test that passes for the first row of each school's recognition only. A roadmap writes a school
 * once per planned year, each row repeating the same recognition: its expiry is one fact, told once.
 */
export function firstOfRecognition(): (r: SchoolRecord, status: RecognitionStatus) => boolean {
  // The expiries told, by school: asked for thousands of rows, each school with one or two, so no
  // key is made per row.
  const told = new Map<string, DateValue[]>();
  return (r, status) => {
    const expiries = told.get(r.key);
    if (expiries === undefined) {
      told.set(r.key, [status.expiry]);
      return true;
    }
    if (expiries.some((e) => sameDate(e, status.expiry))) return false;
    expiries.push(status.expiry);
    return true;
  };
}
