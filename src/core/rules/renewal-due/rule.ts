import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { dossierDeadline, expiresInYear } from "../../schools/cycle";
import { placeOf, recognisedField, showDate, valueOf } from "../shared/place";
import { isRecognised } from "../../records/recognised";

export default defineRule({
  id: "renewal-due",
  messages,
  severity: "info",
  needs: [["decisionDate", "previousDate", "expiry"]],
  basis: BASIS.renewal,
  check({ records, options }, report) {
    for (const r of records) {
      const expiry = r.expiry;
      if (!expiry || !isRecognised(r) || !expiresInYear(expiry, options.planYear)) continue;
      const field = r.cells.expiry ? "expiry" : recognisedField(r);
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: {
          expiry: showDate(expiry),
          deadline: showDate(dossierDeadline(expiry, r.regime.regime)),
        },
        regime: r.regime,
      });
    }
  },
});
