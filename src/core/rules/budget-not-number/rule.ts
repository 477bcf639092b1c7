import { defineRule } from "../rule";
import { placeOf, valueOf } from "../place";

export default defineRule({
  id: "budget-not-number",
  severity: "error",
  title: { vi: "Kinh phí không phải số", en: "Budget is not a number" },
  fields: ["budget"],
  basis: null,
  check({ records }, report) {
    for (const r of records) {
      const b = r.budgetCell;
      if (!b || b.kind !== "invalid") continue;
      report({ place: placeOf(r, "budget"), value: valueOf(r, "budget"), params: { text: b.text } });
    }
  },
});
