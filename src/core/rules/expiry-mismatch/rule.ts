import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { placeOf, showDate, valueOf } from "../shared/place";
import { contradictedExpiry } from "../../records/term";

export default defineRule({
  id: "expiry-mismatch",
  messages,
  severity: "warning",
  needs: [["decisionDate"], ["expiry"]],
  basis: BASIS.validity,
  check({ records, options }, report) {
    for (const r of records) {
      const due = contradictedExpiry(r, options.planYear);
      if (due === null || r.recognised === null || r.dates.expiry?.kind !== "ok") continue;
      report({
        place: placeOf(r, "expiry"),
        value: valueOf(r, "expiry"),
        params: {
          decision: showDate(r.recognised),
          expiry: showDate(r.dates.expiry.value),
          due: showDate(due),
        },
        regime: r.regime,
      });
    }
  },
});
