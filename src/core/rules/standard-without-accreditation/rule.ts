import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { levelField, placeOf, valueOf } from "../shared/place";
import { isUndated } from "../../records/interpret";

export default defineRule({
  id: "standard-without-accreditation",
  messages,
  severity: "warning",
  needs: [["combinedCode", "accreditation", "standard"]],
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
      if (!dated || r.regime.uncertain) continue;
      const field = levelField(r, "standard");
      report({ place: placeOf(r, field), value: valueOf(r, field), params: { standard }, regime: r.regime });
    }
  },
});
