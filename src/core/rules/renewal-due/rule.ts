import { defineRule } from "../rule";
import { messages } from "./messages";
import { firstOfRecognition } from "../shared/once";
import { BASIS } from "../shared/basis";
import { deadlineParams } from "../shared/deadline";
import { placeOf, recognisedField, showDate, valueOf } from "../shared/place";
import { unplannedRenewal } from "../shared/planned";
import { isDueIn } from "../../records/status";

export default defineRule({
  id: "renewal-due",
  messages,
  severity: "info",
  needs: [["decisionDate", "previousDate", "expiry"]],
  basis: BASIS.renewal,
  check({ table, records, options, others }, report) {
    const unplanned = unplannedRenewal(table, records, options.planYear, others);
    const first = firstOfRecognition();
    for (const r of records) {
      const status = r.status;
      if (!status || !isDueIn(status, options.planYear) || unplanned(r) || !first(r, status)) continue;
      const field = r.cells.expiry ? "expiry" : recognisedField(r);
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: { expiry: showDate(status.expiry), ...deadlineParams(status) },
        regime: r.regime,
      });
    }
  },
});
