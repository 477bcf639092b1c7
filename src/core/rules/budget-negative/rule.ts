import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf, valueOf } from "../shared/place";

export default defineRule({
  id: "budget-negative",
  messages,
  severity: "error",
  needs: [["budget"]],
  basis: null,
  check({ records }, report) {
    for (const r of records) {
      const b = r.budgetCell;
      if (!b || b.kind !== "ok" || b.value >= 0) continue;
      report({ place: placeOf(r, "budget"), value: valueOf(r, "budget"), params: { amount: b.value } });
    }
  },
});
