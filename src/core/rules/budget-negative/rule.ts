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
      if (r.budgetIssue !== "negative" || !b || b.kind !== "ok") continue;
      report({ place: placeOf(r, "budget"), value: valueOf(r, "budget"), params: { amount: b.value } });
    }
  },
});
