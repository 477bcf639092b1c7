import { defineRule } from "../rule";
import { BASIS } from "../basis";
import type { SchoolTypeId } from "../../schools/types";
import { placeOf, softened, valueOf } from "../place";

/** Years before a first cohort can finish: the shortest programme the school teaches. */
const MIN_YEARS: Readonly<Record<SchoolTypeId, number>> = {
  MN: 5,
  TH: 5,
  THCS: 4,
  THPT: 3,
  TH_THCS: 4,
  THCS_THPT: 3,
  TH_THCS_THPT: 3,
};

export default defineRule({
  id: "too-young",
  severity: "error",
  title: { vi: "Trường chưa đủ thời gian hoạt động", en: "School too young" },
  fields: ["founded", "decisionDate", "action", "planYear"],
  basis: BASIS.age,
  check({ records }, report) {
    for (const r of records) {
      if (!r.founded || !r.type) continue;
      // The decision to judge: the planned one, or else the recorded one.
      const year = r.action ? r.planYear : r.recognised?.date.y;
      if (year === undefined) continue;
      const years = year - r.founded.date.y;
      const minYears = MIN_YEARS[r.type];
      // With years only, a difference equal to the minimum may or may not be enough: say nothing.
      if (years < 0 || years >= minYears) continue;
      const kindergarten = r.type === "MN";
      report({
        place: placeOf(r, "founded"),
        value: valueOf(r, "founded"),
        params: { founded: r.founded.date.y, year, years, minYears, kindergarten },
        severity: kindergarten ? softened("error", r.regime) : "warning",
        regime: r.regime,
      });
    }
  },
});
