import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { dossierDeadline, expiresInYear } from "../../schools/cycle";
import { placeOf, showDate, valueOf } from "../shared/place";
import { reassessmentIndex } from "../shared/planned";
import { isRecognised } from "../../records/recognised";

export default defineRule({
  id: "renewal-not-planned",
  messages,
  severity: "warning",
  needs: [["action"], ["decisionDate", "previousDate", "expiry"]],
  basis: BASIS.renewal,
  check({ table, records, options }, report) {
    if (!table.columns.action) return;
    const plans = reassessmentIndex(records);
    for (const r of records) {
      const expiry = r.expiry;
      if (!expiry || !isRecognised(r) || !expiresInYear(expiry, options.planYear)) continue;
      if (plans(r, options.planYear)) continue;
      report({
        place: placeOf(r, "action"),
        value: valueOf(r, "action"),
        params: {
          expiry: showDate(expiry),
          deadline: showDate(dossierDeadline(expiry, r.regime.regime)),
          planYear: options.planYear,
        },
        regime: r.regime,
      });
    }
  },
});
