import { defineRule } from "../rule";
import { messages } from "./messages";
import { cellPlace } from "../shared/place";
import { budgetCellsWith, wrongUnit } from "../../records/budget";
import { displayValue } from "../../text/format";

export default defineRule({
  id: "budget-unit-suspect",
  messages,
  severity: "warning",
  needs: [["budget"]],
  basis: null,
  check({ records }, report) {
    for (const r of records) {
      // Each budget cell of the row, in its own column's unit: a split budget has one per source.
      for (const c of budgetCellsWith(r, "unit-suspect")) {
        const b = c.read;
        if (c.issue !== "unit-suspect" || b.kind !== "ok") continue;
        const wrong = wrongUnit(b.value, c.unit);
        if (wrong === null) continue;
        const { suggested } = wrong;
        // Always a number, even where the cell held text: a figure written as text is left out of SUM.
        report({
          place: cellPlace(c.cell),
          value: displayValue(c.cell.raw),
          params:
            wrong.typedIn === "triệu đồng"
              ? {
                  amount: b.value,
                  suggested,
                  column: c.unit.label === "tỷ đồng" ? "tỷ đồng" : "đồng",
                }
              : { amount: b.value, suggested },
          fix: suggested,
        });
      }
    }
  },
});
