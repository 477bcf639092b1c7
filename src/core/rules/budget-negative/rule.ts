import { defineRule } from "../rule";
import { placeOf, valueOf } from "../place";

export default defineRule({
  id: "budget-negative",
  severity: "error",
  title: { vi: "Kinh phí âm", en: "Negative budget" },
  fields: ["budget"],
  basis: null,
  check({ records }, report) {
    for (const r of records) {
      const b = r.budgetCell;
      if (!b || b.kind !== "ok" || b.value >= 0) continue;
      report({ place: placeOf(r, "budget"), value: valueOf(r, "budget"), params: { amount: b.value } });
    }
  },
});
