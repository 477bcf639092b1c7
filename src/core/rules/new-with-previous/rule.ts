import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf, recognisedField, showDate, valueOf } from "../shared/place";

export default defineRule({
  id: "new-with-previous",
  messages,
  severity: "warning",
  needs: [["action"], ["decisionDate", "previousDate", "combinedCode", "accreditation", "standard"]],
  basis: null,
  check({ table, records }, report) {
    const hasCodes = Boolean(
      table.columns.combinedCode || table.columns.standard || table.columns.accreditation,
    );
    for (const r of records) {
      if (r.action !== "new" || !r.recognised) continue;
      // A dated KĐCLGD result alone does not make a first CQG recognition wrong.
      // (A previous-date column is read for every row: only a date in it counts, not the column.)
      const previous = r.dates.previousDate;
      if (hasCodes && r.levels.standard === null && previous?.kind !== "ok") continue;
      const field = recognisedField(r);
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: { recognised: showDate(r.recognised) },
      });
    }
  },
});
