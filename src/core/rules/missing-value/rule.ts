import { defineRule } from "../rule";
import { placeOf } from "../place";
import type { CodeField } from "../../records/record";

const CODE_FIELDS: readonly CodeField[] = ["combinedCode", "accreditation", "standard"];

export default defineRule({
  id: "missing-value",
  severity: "error",
  title: { vi: "Thiếu dữ liệu", en: "Missing value" },
  fields: ["name", "combinedCode", "accreditation", "standard"],
  basis: null,
  check({ records }, report) {
    for (const r of records) {
      if (r.name === null) {
        report({ place: placeOf(r, "name"), value: null, params: { what: "name" } });
        continue;
      }
      const present = CODE_FIELDS.filter((f) => r.codes[f] !== undefined);
      if (present.length === 0) continue;
      // With separate KĐCLGD and CQG columns a blank CQG next to a level is a plain "none".
      if (present.every((f) => r.codes[f]?.kind === "empty")) {
        const field = present[0] as CodeField;
        report({ place: placeOf(r, field), value: null, params: { what: "code" } });
      }
    }
  },
});
