import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { isExpiredOn } from "../../schools/cycle";
import { placeOf, recognisedField, showDate, valueOf } from "../shared/place";
import { reassessmentIndex } from "../shared/planned";
import { isRecognised } from "../../records/recognised";

export default defineRule({
  id: "recognition-expired",
  messages,
  severity: "warning",
  needs: [["decisionDate", "previousDate", "expiry"]],
  basis: BASIS.validity,
  check({ records, options, referenceDate }, report) {
    const plans = reassessmentIndex(records);
    for (const r of records) {
      const expiry = r.expiry;
      if (!expiry || !isRecognised(r)) continue;
      // Expiries inside the plan year are renewal-due / renewal-not-planned, not "expired".
      if (expiry.date.y >= options.planYear || !isExpiredOn(expiry, referenceDate)) continue;
      if (plans(r, Number.POSITIVE_INFINITY)) continue;
      const field = r.cells.expiry ? "expiry" : recognisedField(r);
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: { expiry: showDate(expiry) },
        regime: r.regime,
      });
    }
  },
});
