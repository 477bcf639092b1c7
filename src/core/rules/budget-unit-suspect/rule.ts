import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf, valueOf } from "../shared/place";

export default defineRule({
  id: "budget-unit-suspect",
  messages,
  severity: "warning",
  needs: [["budget"]],
  basis: null,
  check({ records, table }, report) {
    // Millions typed into a column of đồng, or đồng into a column of millions (see records/budget).
    const millionsInDong = table.budgetUnit.label === "đồng";
    for (const r of records) {
      const b = r.budgetCell;
      if (r.budgetIssue !== "unit-suspect" || !b || b.kind !== "ok") continue;
      const suggested = millionsInDong
        ? Math.round(b.value * 1_000_000)
        : Math.round((b.value / 1_000_000) * 1000) / 1000;
      // Always a number, even where the cell held text: a figure written as text is left out of SUM.
      report({
        place: placeOf(r, "budget"),
        value: valueOf(r, "budget"),
        params: millionsInDong
          ? { amount: b.value, suggested, column: "đồng" }
          : { amount: b.value, suggested },
        fix: suggested,
      });
    }
  },
});
