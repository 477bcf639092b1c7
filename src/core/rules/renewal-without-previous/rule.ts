import { defineRule } from "../rule";
import { BASIS } from "../basis";
import { placeOf, valueOf } from "../place";

export default defineRule({
  id: "renewal-without-previous",
  severity: "error",
  title: {
    vi: "Công nhận lại nhưng thiếu lần công nhận trước",
    en: "Renewal without a previous recognition",
  },
  fields: ["action", "decisionDate", "previousDate"],
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
