import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf } from "../shared/place";

/**
 * A school row without a name. An empty code cell is not a finding: on a list of schools it means
 * "not recognised" (SPEC §4.2), as does "-" or "Chưa đạt".
 */
export default defineRule({
  id: "missing-value",
  messages,
  severity: "error",
  needs: [],
  basis: null,
  check({ records }, report) {
    for (const r of records) {
      if (r.name === null) report({ place: placeOf(r, "name"), value: null, params: {} });
    }
  },
});
