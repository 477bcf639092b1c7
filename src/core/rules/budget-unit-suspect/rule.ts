import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf, valueOf } from "../shared/place";

export default defineRule({
  id: "budget-unit-suspect",
  messages,
  severity: "warning",
  needs: [["budget"]],
  basis: null,
  check({ records }, report) {
    for (const r of records) {
      const b = r.budgetCell;
      if (r.budgetIssue !== "unit-suspect" || !b || b.kind !== "ok") continue;
      const suggested = Math.round((b.value / 1_000_000) * 1000) / 1000;
      // Always a number, even where the cell held text: a figure written as text is left out of SUM.
      report({
        place: placeOf(r, "budget"),
        value: valueOf(r, "budget"),
        params: { amount: b.value, suggested },
        fix: suggested,
      });
    }
  },
});
