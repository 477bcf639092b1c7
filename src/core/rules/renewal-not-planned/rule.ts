import { defineRule } from "../rule";
import { messages } from "./messages";
import { firstOfRecognition } from "../shared/once";
import { BASIS } from "../shared/basis";
import { deadlineParams } from "../shared/deadline";
import { placeOf, showDate, valueOf } from "../shared/place";
import { unplannedRenewal } from "../shared/planned";

export default defineRule({
  id: "renewal-not-planned",
  messages,
  severity: "warning",
  needs: [["action"], ["decisionDate", "previousDate", "expiry"]],
  acrossLists: ["action"],
  basis: BASIS.renewal,
  check({ table, records, options, others }, report) {
    const unplanned = unplannedRenewal(table, records, options.planYear, others);
    const first = firstOfRecognition();
    for (const r of records) {
      const status = r.status;
      if (!status || !unplanned(r) || !first(r, status)) continue;
      report({
        place: placeOf(r, "action"),
        value: valueOf(r, "action"),
        params: { expiry: showDate(status.expiry), ...deadlineParams(status), planYear: options.planYear },
        regime: r.regime,
      });
    }
  },
});
