import { defineRule } from "../rule";
import { messages, type Params } from "./messages";
import type { Report } from "../rule";
import type { DateField, Read, SchoolRecord } from "../../records/record";
import type { DateParse } from "../../text/dates";
import { placeOf, valueOf } from "../shared/place";

/** Recognitions under the circulars began in the 1990s; schools themselves can be much older. */
const EARLIEST_RECOGNITION = 1990;
const EARLIEST_FOUNDING = 1800;

interface Bounds {
  readonly min: number;
  /** Latest plausible year, from the chosen plan year. */
  readonly max: (planYear: number) => number;
}

const BOUNDS: Readonly<Record<DateField | "planYear", Bounds>> = {
  decisionDate: { min: EARLIEST_RECOGNITION, max: (y) => y + 1 },
  previousDate: { min: EARLIEST_RECOGNITION, max: (y) => y + 1 },
  // An expiry lies up to five years after a recognition, so it may well be in the future.
  expiry: { min: EARLIEST_RECOGNITION, max: (y) => y + 6 },
  founded: { min: EARLIEST_FOUNDING, max: (y) => y + 1 },
  // Multi-year plans look ahead; only unreadable or implausibly old plan years are errors.
  planYear: { min: EARLIEST_RECOGNITION, max: () => Number.POSITIVE_INFINITY },
};

const FIELDS: readonly DateField[] = ["decisionDate", "previousDate", "expiry", "founded"];

function judge(
  record: SchoolRecord,
  field: DateField | "planYear",
  parse: Read<DateParse> | null | undefined,
  planYear: number,
): Report<Params> | null {
  if (!parse || parse.kind === "empty" || parse.kind === "error") return null;
  const value = valueOf(record, field);
  const text = value ?? "";
  const place = placeOf(record, field);
  if (parse.kind === "invalid") {
    return { place, value, params: { text, what: field, reason: "unreadable", limit: 0 } };
  }
  const { min, max } = BOUNDS[field];
  const y = parse.value.date.y;
  if (y < min) return { place, value, params: { text, what: field, reason: "too-early", limit: min } };
  const limit = max(planYear);
  if (y > limit) return { place, value, params: { text, what: field, reason: "future", limit } };
  return null;
}

export default defineRule({
  id: "date-invalid",
  messages,
  severity: "error",
  needs: [["decisionDate", "previousDate", "expiry", "founded", "planYear"]],
  basis: null,
  check({ records, options }, report) {
    for (const r of records) {
      for (const f of FIELDS) {
        const found = judge(r, f, r.dates[f], options.planYear);
        if (found) report(found);
      }
      const plan = judge(r, "planYear", r.planYearCell, options.planYear);
      if (plan) report(plan);
    }
  },
});
