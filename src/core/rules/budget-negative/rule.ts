import { defineRule } from "../rule";
import { messages } from "./messages";
import { cellPlace } from "../shared/place";
import { budgetCellsWith } from "../../records/budget";
import { displayValue } from "../../text/format";

export default defineRule({
  id: "budget-negative",
  messages,
  severity: "error",
  needs: [["budget"]],
  basis: null,
  check({ records }, report) {
    for (const r of records) {
      // Each budget cell of the row: a budget split by funding source has one per source.
      for (const c of budgetCellsWith(r, "negative")) {
        const b = c.read;
        if (c.issue !== "negative" || b.kind !== "ok") continue;
        report({ place: cellPlace(c.cell), value: displayValue(c.cell.raw), params: { amount: b.value } });
      }
    }
  },
});
