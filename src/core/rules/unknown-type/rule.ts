import { isCellError } from "../../grid";
import { defineRule } from "../rule";
import { BASIS } from "../basis";
import { placeOf, valueOf } from "../place";

export default defineRule({
  id: "unknown-type",
  severity: "warning",
  title: { vi: "Không xác định được cấp học", en: "Unknown school level" },
  fields: ["name", "type"],
  basis: BASIS.schoolTypes,
  check({ records }, report) {
    for (const r of records) {
      if (r.name === null || r.type !== null) continue;
      // An Excel error in the type cell is reported by cell-error already.
      // (interpret reads an error cell as an empty type, so look at the raw cell itself).
      if (isCellError(r.cells.type?.raw)) continue;
      const field = r.columnType ? "type" : "name";
      report({
        place: placeOf(r, field),
        value: valueOf(r, field),
        params: { name: r.name },
        regime: r.regime,
      });
    }
  },
});
