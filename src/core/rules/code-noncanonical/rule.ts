import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf, valueOf } from "../shared/place";
import type { CodeField, SchoolRecord } from "../../records/record";
import { regimeFor } from "../../schools/regimes";
import type { DayDate } from "../../text/dates";
import { memoByText } from "../../text/memo";
import { clean } from "../../text/normalize";

const FIELDS: readonly CodeField[] = ["combinedCode", "accreditation", "standard", "target"];

/** Levels written as numbers (digits or Roman I–IV) stand for "#": "Cấp độ 2" and "Cấp độ III" share a spelling. */
const LEVEL = /\d+|(?<![\p{L}\p{N}])(?:IV|I{1,3}|V)(?![\p{L}\p{N}])/giu;

/** How a code is spelled, whatever its level: "CĐ #-MĐ #", "Cấp độ #", "cđ#". */
const spelling = memoByText((text: string): string => clean(text).normalize("NFC").replace(LEVEL, "#"));

/**
 * Under the reported TT 57/2026 accreditation has two levels written "Mức 1/2", which are not the old
 * cấp độ 1/2: no rewrite of such codes is offered while that regime is unconfirmed.
 */
function underNewLevels(r: SchoolRecord, referenceDate: DayDate): boolean {
  if (r.regime.regime.id === "tt2026") return true;
  return r.recognised === null && regimeFor({ date: referenceDate, precision: "day" }).regime.id === "tt2026";
}

/** The spelling most of a column's readable codes share, when a clear majority does. */
function usualSpelling(texts: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const [s, n] of counts) if (n * 2 > texts.length) return s;
  return null;
}

/**
 * A code cell whose spelling differs from its column's usual one, or that uses "cấp độ" for the
 * national standard. A column written consistently ("Cấp độ 2" throughout) is the list's own style,
 * not a finding; canonical codes never are.
 */
export default defineRule({
  id: "code-noncanonical",
  messages,
  severity: "info",
  needs: [["combinedCode", "accreditation", "standard", "target"]],
  basis: null,
  check({ records, referenceDate }, report) {
    for (const field of FIELDS) {
      const readable: { r: SchoolRecord; text: string; spelled: string }[] = [];
      for (const r of records) {
        const code = r.codes[field];
        if (!code || code.kind !== "ok" || code.canonical === "") continue;
        const text = valueOf(r, field) ?? "";
        readable.push({ r, text, spelled: spelling(text) });
      }
      const usual = usualSpelling(readable.map((x) => x.spelled));
      for (const { r, text, spelled } of readable) {
        const code = r.codes[field];
        if (!code || code.kind !== "ok" || code.isCanonical) continue;
        if (!code.cdWordAsStandard && spelled === usual) continue;
        if (underNewLevels(r, referenceDate)) continue;
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
