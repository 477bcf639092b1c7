import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { placeOf, valueOf } from "../shared/place";

export default defineRule({
  id: "renewal-without-previous",
  messages,
  severity: "error",
  needs: [["action"], ["decisionDate", "previousDate"]],
  basis: BASIS.validity,
  check({ table, records }, report) {
    const dateField = table.columns.decisionDate
      ? "decisionDate"
      : table.columns.previousDate
        ? "previousDate"
        : null;
    if (!dateField) return;
    for (const r of records) {
      if (r.action !== "renewal" || r.recognised !== null) continue;
      // An unreadable or error date is reported by date-invalid / cell-error instead.
      const d = r.dates[dateField];
      if (d && d.kind !== "empty") continue;
      report({ place: placeOf(r, dateField), value: valueOf(r, dateField), params: {}, regime: r.regime });
    }
  },
});
