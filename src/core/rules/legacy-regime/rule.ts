import { defineRule } from "../rule";
import { BASIS } from "../basis";
import { placeOf, recognisedField, showDate, valueOf } from "../place";

export default defineRule({
  id: "legacy-regime",
  severity: "info",
  title: { vi: "Công nhận theo quy định cũ", en: "Recognised under the former rules" },
  fields: ["decisionDate", "previousDate"],
  basis: BASIS.regimes,
  check({ records }, report) {
    for (const r of records) {
      if (!r.recognised || r.regime.regime.id !== "legacy" || r.regime.chosen) continue;
      if (r.levels.accreditation === null && r.levels.standard === null) continue;
      const field = recognisedField(r);
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: { date: showDate(r.recognised) },
        regime: r.regime,
      });
    }
  },
});
