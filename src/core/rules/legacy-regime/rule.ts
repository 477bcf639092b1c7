import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { placeOf, recognisedField, showDate, valueOf } from "../shared/place";

export default defineRule({
  id: "legacy-regime",
  messages,
  severity: "info",
  needs: [["decisionDate", "previousDate"]],
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
