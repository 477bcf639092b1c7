import { defineRule } from "../rule";
import { messages } from "./messages";
import { firstOfRecognition } from "../shared/once";
import { BASIS } from "../shared/basis";
import { placeOf, recognisedField, showDate, valueOf } from "../shared/place";
import { reassessmentIndex } from "../shared/planned";
import { endedBefore } from "../../records/status";

export default defineRule({
  id: "recognition-expired",
  messages,
  severity: "warning",
  needs: [["decisionDate", "previousDate", "expiry"]],
  basis: BASIS.validity,
  check({ records, options, others }, report) {
    const plans = reassessmentIndex(records, others);
    const first = firstOfRecognition();
    for (const r of records) {
      const status = r.status;
      // A recognition that may still expire inside the plan year is renewal-due / renewal-not-planned.
      if (!status || !status.expired || !endedBefore(status, options.planYear)) continue;
      if (plans(r, Number.POSITIVE_INFINITY) || !first(r, status)) continue;
      const field = r.cells.expiry ? "expiry" : recognisedField(r);
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: { expiry: showDate(status.expiry) },
        regime: r.regime,
      });
    }
  },
});
