import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf, valueOf } from "../shared/place";

/** A school's budget need is in the tens of thousands of triệu at most; a million means đồng. */
const SUSPECT_FROM = 1_000_000;

export default defineRule({
  id: "budget-unit-suspect",
  messages,
  severity: "warning",
  needs: [["budget"]],
  basis: null,
  check({ table, records }, report) {
    if (table.budgetUnit.label !== "triệu đồng") return;
    for (const r of records) {
      const b = r.budgetCell;
      if (!b || b.kind !== "ok" || b.value < SUSPECT_FROM) continue;
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
