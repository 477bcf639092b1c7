import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import type { SchoolTypeId } from "../../schools/types";
import { placeOf, valueOf } from "../shared/place";
import type { CheckOptions } from "../../records/options";
import type { SchoolRecord } from "../../records/record";
import { lastDayOf } from "../../text/dates";
import { regimeFor } from "../../schools/regimes";
import type { RegimeChoice } from "../../schools/regimes";
import type { DateValue } from "../../text/dates";

/**
 * The regime of the decision judged and how sure the kindergarten error is. The age condition is
 * that of the 2018 circulars: a decision that may predate them (a bare 2018) or fall under the
 * unconfirmed tt2026 gives a warning; a bare 2025 (tt2018 or tt2018a) is as sure as a day.
 */
function judgedRegime(
  r: SchoolRecord,
  decision: DateValue,
  options: CheckOptions,
): { choice: RegimeChoice; sure: boolean } {
  if (options.regime) {
    const choice = regimeFor(null, options.regime);
    return { choice, sure: choice.regime.confirmed };
  }
  // A planned decision falls in the plan year, whatever the date of the recognition it replaces.
  const choice = r.action ? regimeFor(decision) : r.regime;
  const ends = [
    regimeFor({ date: decision.date, precision: "day" }),
    regimeFor({ date: lastDayOf(decision), precision: "day" }),
  ];
  const sure = ends.every((e) => e.regime.confirmed && e.regime.id !== "legacy");
  return { choice, sure };
}

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
  messages,
  severity: "error",
  needs: [["founded"]],
  basis: BASIS.age,
  check({ records, options }, report) {
    for (const r of records) {
      if (!r.founded || !r.type) continue;
      // The decision to judge: the planned one, or else the recorded one.
      const decision: DateValue | null = r.action
        ? { date: { y: r.planYear, m: 1, d: 1 }, precision: "year" }
        : r.recognised;
      if (!decision) continue;
      const year = decision.date.y;
      const years = year - r.founded.date.y;
      const minYears = MIN_YEARS[r.type];
      // With years only, a difference equal to the minimum may or may not be enough: say nothing.
      if (years < 0 || years >= minYears) continue;
      const kindergarten = r.type === "MN";
      const { choice, sure } = judgedRegime(r, decision, options);
      report({
        place: placeOf(r, "founded"),
        value: valueOf(r, "founded"),
        params: { founded: r.founded.date.y, year, years, minYears, kindergarten },
        severity: kindergarten && sure ? "error" : "warning",
        regime: choice,
      });
    }
  },
});
