import { defineRule } from "../rule";
import { messages, type Params } from "./messages";
import type { Report } from "../rule";
import type { DateField, Read, SchoolRecord } from "../../records/record";
import type { DateParse } from "../../text/dates";
import { placeOf, valueOf } from "../shared/place";
import { dateProblem } from "../../records/date-bounds";

const FIELDS: readonly DateField[] = ["decisionDate", "previousDate", "expiry", "founded"];

function judge(
  record: SchoolRecord,
  field: DateField | "planYear",
  parse: Read<DateParse> | null | undefined,
  planYear: number,
): Report<Params> | null {
  if (!parse || parse.kind === "empty" || parse.kind === "error") return null;
  const problem = dateProblem(field, parse, planYear);
  if (problem === null) return null;
  const value = valueOf(record, field);
  const text = value ?? "";
  const limit = problem.reason === "unreadable" ? 0 : problem.limit;
  return {
    place: placeOf(record, field),
    value,
    params: { text, what: field, reason: problem.reason, limit },
  };
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
