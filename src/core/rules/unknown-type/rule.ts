import { isCellError } from "../../grid";
import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { placeOf, valueOf } from "../shared/place";
import { isNotSchool } from "../../schools/types";

export default defineRule({
  id: "unknown-type",
  messages,
  severity: "warning",
  needs: [],
  basis: BASIS.schoolTypes,
  check({ records }, report) {
    for (const r of records) {
      // A childcare group or a centre has no school level: the summaries leave it out, by name.
      if (r.name === null || r.type !== null || isNotSchool(r.name)) continue;
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
