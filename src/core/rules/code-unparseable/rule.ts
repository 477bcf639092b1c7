import { defineRule } from "../rule";
import { BASIS } from "../basis";
import { placeOf, valueOf } from "../place";
import type { CodeField } from "../../records/record";
import type { CodeColumn } from "../../schools/codes";

const COLUMN: Readonly<Record<CodeField, CodeColumn>> = {
  combinedCode: "combined",
  accreditation: "accreditation",
  standard: "standard",
  target: "combined",
};

export default defineRule({
  id: "code-unparseable",
  severity: "error",
  title: { vi: "Không đọc được mức công nhận", en: "Unreadable recognition code" },
  fields: ["combinedCode", "accreditation", "standard", "target"],
  basis: BASIS.levels,
  check({ records }, report) {
    for (const r of records) {
      for (const field of Object.keys(COLUMN) as CodeField[]) {
        const code = r.codes[field];
        if (!code || code.kind !== "invalid") continue;
        report({
          place: placeOf(r, field),
          value: valueOf(r, field),
          params: { text: code.text, column: COLUMN[field] },
          regime: r.regime,
        });
      }
    }
  },
});
