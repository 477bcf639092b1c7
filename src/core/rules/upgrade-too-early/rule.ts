import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { yearsBetween } from "../../schools/cycle";
import { endOfYear } from "../../text/dates";
import { placeOf, recognisedField, showDate, softened, valueOf } from "../shared/place";

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
      if (r.action !== "upgrade" || !r.recognised) continue;
      const regime = r.regime.regime;
      const { years, exact } = yearsBetween(r.recognised, endOfYear(r.planYear));
      if (years < 0 || years >= regime.upgradeMinYears) continue;
      const reported = regime.upgradeMinYearsReported;
      const field = recognisedField(r);
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: {
          recognised: showDate(r.recognised),
          planYear: r.planYear,
          years,
          minYears: regime.upgradeMinYears,
          reportedMinYears: reported,
        },
        severity: reported !== null && years >= reported ? "warning" : softened("error", r.regime, !exact),
        regime: r.regime,
      });
    }
  },
});
