import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { yearsBetween } from "../../schools/cycle";
import { endOfYear } from "../../text/dates";
import { placeOf, recognisedField, showDate, softened, valueOf } from "../shared/place";

export default defineRule({
  id: "upgrade-too-early",
  messages,
  severity: "error",
  needs: [["action"], ["decisionDate", "previousDate"]],
  basis: BASIS.upgrade,
  check({ records }, report) {
    for (const r of records) {
      if (r.action !== "upgrade" || !r.recognised) continue;
      const { years, exact } = yearsBetween(r.recognised, endOfYear(r.planYear));
      if (years < 0 || years >= r.regime.regime.upgradeMinYears) continue;
      const field = recognisedField(r);
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: { recognised: showDate(r.recognised), planYear: r.planYear, years },
        severity: softened("error", r.regime, !exact),
        regime: r.regime,
      });
    }
  },
});
