import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { deadlineParams } from "../shared/deadline";
import { placeOf, showDate, valueOf } from "../shared/place";
import { unplannedRenewal } from "../shared/planned";

export default defineRule({
  id: "renewal-not-planned",
  messages,
  severity: "warning",
  needs: [["action"], ["decisionDate", "previousDate", "expiry"]],
  basis: BASIS.renewal,
  check({ table, records, options }, report) {
    const unplanned = unplannedRenewal(table, records, options.planYear);
    for (const r of records) {
      const status = r.status;
      if (!status || !unplanned(r)) continue;
      report({
        place: placeOf(r, "action"),
        value: valueOf(r, "action"),
        params: { expiry: showDate(status.expiry), ...deadlineParams(status), planYear: options.planYear },
        regime: r.regime,
      });
    }
  },
});
