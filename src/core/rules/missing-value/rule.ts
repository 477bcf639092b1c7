import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf, valueOf } from "../shared/place";
import type { CodeField } from "../../records/record";

const CODE_FIELDS: readonly CodeField[] = ["combinedCode", "accreditation", "standard"];

export default defineRule({
  id: "missing-value",
  messages,
  severity: "error",
  needs: [],
  basis: null,
  check({ records }, report) {
    for (const r of records) {
      if (r.name === null) {
        report({ place: placeOf(r, "name"), value: null, params: { what: "name" } });
        continue;
      }
      const present = CODE_FIELDS.filter((f) => r.codes[f] !== undefined);
      if (present.length === 0) continue;
      // "-" or "Chưa đạt" says "none"; only blank cells are omissions. With separate KĐCLGD and CQG
      // columns a blank CQG next to a level is a plain "none" too.
      if (present.every((f) => valueOf(r, f) === null)) {
        const field = present[0] as CodeField;
        report({ place: placeOf(r, field), value: null, params: { what: "code" } });
      }
    }
  },
});
