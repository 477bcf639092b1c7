import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { yearsBetween } from "../../schools/cycle";
import { endOfYear } from "../../text/dates";
import { placeOf, recognisedField, showDate, valueOf } from "../shared/place";

export default defineRule({
  id: "renewal-too-early",
  messages,
  severity: "warning",
  needs: [["action"], ["decisionDate", "previousDate"]],
  basis: BASIS.validity,
  check({ records }, report) {
    for (const r of records) {
      if (r.action !== "renewal" || !r.recognised) continue;
      const { years } = yearsBetween(r.recognised, endOfYear(r.planYear));
      if (years < 0 || years >= r.regime.regime.renewalMinYears) continue;
      const field = recognisedField(r);
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: { recognised: showDate(r.recognised), planYear: r.planYear, years },
        regime: r.regime,
      });
    }
  },
});
