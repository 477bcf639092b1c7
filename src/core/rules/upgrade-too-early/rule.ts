import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { placeOf, recognisedField, showDate, valueOf } from "../shared/place";
import { upgradeWait } from "../shared/upgrade";

/**
 * An upgrade sooner than the regime allows after the last recognition. Where a shorter wait is only
 * reported (TT 22/2024: 1 year), an upgrade between the two waits is a warning, never an error.
 */
export default defineRule({
  id: "upgrade-too-early",
  messages,
  severity: "error",
  needs: [["action"], ["decisionDate", "previousDate"]],
  basis: BASIS.upgrade,
  check({ records }, report) {
    for (const r of records) {
      const wait = upgradeWait(r);
      if (!wait || !r.recognised) continue;
      const field = recognisedField(r);
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: {
          recognised: showDate(r.recognised),
          planYear: r.planYear,
          years: wait.years,
          minYears: wait.minYears,
          reportedMinYears: wait.reportedMinYears,
        },
        severity: wait.severity,
        regime: r.regime,
      });
    }
  },
});
