import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { placeOf, valueOf } from "../shared/place";

export default defineRule({
  id: "type-name-mismatch",
  messages,
  severity: "error",
  needs: [["type"]],
  basis: BASIS.schoolTypes,
  check({ records }, report) {
    for (const r of records) {
      const col = r.columnType;
      if (!col || col.kind !== "ok" || !r.nameType || col.type === r.nameType.type) continue;
      report({
        place: placeOf(r, "type"),
        value: valueOf(r, "type"),
        params: { columnType: col.type, nameType: r.nameType.type },
        regime: r.regime,
      });
    }
  },
});
