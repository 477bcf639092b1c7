import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf, valueOf } from "../shared/place";
import { wrongUnit } from "../../records/budget";

export default defineRule({
  id: "budget-unit-suspect",
  messages,
  severity: "warning",
  needs: [["budget"]],
  basis: null,
  check({ records, table }, report) {
    for (const r of records) {
      const b = r.budgetCell;
      if (r.budgetIssue !== "unit-suspect" || !b || b.kind !== "ok") continue;
      const wrong = wrongUnit(b.value, table.budgetUnit);
      if (wrong === null) continue;
      const { suggested } = wrong;
      // Always a number, even where the cell held text: a figure written as text is left out of SUM.
      report({
        place: placeOf(r, "budget"),
        value: valueOf(r, "budget"),
        params:
          wrong.typedIn === "triệu đồng"
            ? {
                amount: b.value,
                suggested,
                column: table.budgetUnit.label === "tỷ đồng" ? "tỷ đồng" : "đồng",
              }
            : { amount: b.value, suggested },
        fix: suggested,
      });
    }
  },
});
