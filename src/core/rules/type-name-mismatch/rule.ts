import { defineRule } from "../rule";
import { BASIS } from "../basis";
import { placeOf, valueOf } from "../place";

export default defineRule({
  id: "type-name-mismatch",
  severity: "error",
  title: { vi: "Cấp học không khớp tên trường", en: "Level column contradicts the name" },
  fields: ["type", "name"],
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
