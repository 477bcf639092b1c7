import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf, valueOf } from "../shared/place";
import type { CodeField } from "../../records/record";

const FIELDS: readonly CodeField[] = ["combinedCode", "accreditation", "standard", "target"];

export default defineRule({
  id: "code-noncanonical",
  messages,
  severity: "info",
  needs: [["combinedCode", "accreditation", "standard", "target"]],
  basis: null,
  check({ records }, report) {
    for (const r of records) {
      for (const field of FIELDS) {
        const code = r.codes[field];
        if (!code || code.kind !== "ok" || code.isCanonical || code.canonical === "") continue;
        const text = valueOf(r, field) ?? "";
        report({
          place: placeOf(r, field),
          value: text,
          params: { text, canonical: code.canonical, cdWordAsStandard: code.cdWordAsStandard },
          fix: code.canonical,
        });
      }
    }
  },
});
