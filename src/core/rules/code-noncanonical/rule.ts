import { defineRule } from "../rule";
import { messages } from "./messages";
import { placeOf, valueOf } from "../shared/place";
import type { CellValue } from "../../grid";
import type { CodeField, Read, SchoolRecord } from "../../records/record";
import type { CodeParse } from "../../schools/codes";
import { regimeFor } from "../../schools/regimes";
import type { DayDate } from "../../text/dates";
import { displayValue } from "../../text/format";
import { memoByText } from "../../text/memo";
import { clean } from "../../text/normalize";

const FIELDS: readonly CodeField[] = ["combinedCode", "accreditation", "standard", "target"];

/** Levels written as numbers (digits or Roman I–IV) stand for "#": "Cấp độ 2" and "Cấp độ III" share a spelling. */
const LEVEL = /\d+|(?<![\p{L}\p{N}])(?:IV|I{1,3}|V)(?![\p{L}\p{N}])/giu;

/** How a code is spelled, whatever its level: "CĐ #-MĐ #", "Cấp độ #", "cđ#". */
const spelling = memoByText((text: string): string => clean(text).normalize("NFC").replace(LEVEL, "#"));

/**
 * The spelling of a code cell's text as a finding shows it. Read for every code of the list, each
 * of a few spellings repeated thousands of times: cached by the cell's own text.
 */
const cellSpelling = memoByText((raw: string): string => spelling(displayValue(raw) ?? ""));

function spellingOf(raw: CellValue): string {
  return typeof raw === "string" ? cellSpelling(raw) : spelling(displayValue(raw) ?? "");
}

/**
 * Under the reported TT 57/2026 accreditation has two levels written "Mức 1/2", which are not the old
 * cấp độ 1/2: no rewrite of such codes is offered while that regime is unconfirmed.
 */
function underNewLevels(r: SchoolRecord, referenceDate: DayDate): boolean {
  if (r.regime.regime.id === "tt2026") return true;
  return r.recognised === null && regimeFor({ date: referenceDate, precision: "day" }).regime.id === "tt2026";
}

/** A code the column's usual spelling is judged by: read, and not empty. */
function readable(code: Read<CodeParse> | undefined): code is Extract<CodeParse, { kind: "ok" }> {
  return code !== undefined && code.kind === "ok" && code.canonical !== "";
}

/** The spelling most of a column's readable codes share, when a clear majority does. */
function usualSpelling(records: readonly SchoolRecord[], field: CodeField): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const r of records) {
    if (!readable(r.codes[field])) continue;
    const s = spellingOf(r.cells[field]?.raw ?? null);
    counts.set(s, (counts.get(s) ?? 0) + 1);
    total += 1;
  }
  for (const [s, n] of counts) if (n * 2 > total) return s;
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
      // Nearly every code is canonical: the column's usual spelling is looked for once one is not.
      let usual: string | null | undefined;
      for (const r of records) {
        const code = r.codes[field];
        if (!readable(code) || code.isCanonical) continue;
        const text = valueOf(r, field) ?? "";
        if (usual === undefined) usual = usualSpelling(records, field);
        if (!code.cdWordAsStandard && spelling(text) === usual) continue;
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
