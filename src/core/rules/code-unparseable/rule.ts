import { defineRule } from "../rule";
import { messages } from "./messages";
import { BASIS } from "../shared/basis";
import { placeOf, valueOf } from "../shared/place";
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
  messages,
  severity: "error",
  needs: [["combinedCode", "accreditation", "standard", "target"]],
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
