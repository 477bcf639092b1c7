import { defineRule } from "../rule";
import { BASIS } from "../basis";
import { dossierDeadline, expiresInYear } from "../../schools/cycle";
import { placeOf, recognisedField, showDate, valueOf } from "../place";
import { isRecognised } from "../../records/recognised";

export default defineRule({
  id: "renewal-due",
  severity: "info",
  title: { vi: "Đến hạn công nhận lại", en: "Renewal due" },
  fields: ["decisionDate", "previousDate", "expiry"],
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
