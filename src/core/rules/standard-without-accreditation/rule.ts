import { defineRule } from "../rule";
import { BASIS } from "../basis";
import { levelField, placeOf, valueOf } from "../place";
import { isUndated } from "../../records/interpret";
import type { SchoolRecord } from "../../records/record";
import { lastDayOf } from "../../schools/cycle";
import { regimeFor } from "../../schools/regimes";
import type { Regime } from "../../schools/regimes";
import type { DayDate } from "../../text/dates";

/** Two regimes that judge cấp độ ↔ mức độ alike (tt2018 and tt2018a do). */
function sameLevelRules(a: Regime, b: Regime): boolean {
  return (
    a.confirmed === b.confirmed &&
    a.linkedLevels === b.linkedLevels &&
    a.standardRequires[1] === b.standardRequires[1] &&
    a.standardRequires[2] === b.standardRequires[2]
  );
}

/**
 * Whether the regime of the row is really in doubt for the level rules. A coarse date that straddles
 * a change of regime matters only when the two regimes judge levels differently (SPEC §5): a bare
 * 2018 may be legacy or tt2018, but a bare 2025 is tt2018 or tt2018a, which agree.
 */
function levelsInDoubt(r: SchoolRecord): boolean {
  if (!r.regime.uncertain) return false;
  const period =
    r.recognised ??
    (r.action !== null && isUndated(r.table)
      ? { date: { y: r.planYear, m: 1, d: 1 }, precision: "year" as const }
      : null);
  if (!period) return true;
  const on = (date: DayDate): Regime => regimeFor({ date, precision: "day" }).regime;
  return !sameLevelRules(on(period.date), on(lastDayOf(period)));
}

export default defineRule({
  id: "standard-without-accreditation",
  severity: "warning",
  title: { vi: "Có CQG nhưng không có KĐCLGD", en: "Standard level without accreditation" },
  fields: ["combinedCode", "accreditation", "standard"],
  basis: BASIS.levels,
  check({ table, records }, report) {
    // A list with only a CQG column gets one missing-column warning, not one per row.
    if (!table.columns.combinedCode && !table.columns.accreditation) return;
    for (const r of records) {
      const { accreditation, standard } = r.levels;
      if (standard === null || accreditation !== null || !r.regime.regime.linkedLevels) continue;
      // An unreadable or error KĐCLGD cell is reported as such; the level may well be there.
      const acc = r.codes.accreditation ?? r.codes.combinedCode;
      if (acc && acc.kind !== "empty" && acc.kind !== "ok") continue;
      // Only when we know the recognition is from after 10/10/2018.
      const dated = r.recognised !== null || (r.action !== null && isUndated(table)) || r.regime.chosen;
      if (!dated || levelsInDoubt(r)) continue;
      const field = levelField(r, "standard");
      report({ place: placeOf(r, field), value: valueOf(r, field), params: { standard }, regime: r.regime });
    }
  },
});
