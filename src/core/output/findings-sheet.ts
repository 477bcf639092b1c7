/**
 * "Kết quả kiểm tra": counts by severity, then one row per finding whose cell address
 * links to the cell in the user's list.
 */
import type { Finding } from "../findings/finding";
import { findingBasis, findingMessage, ruleTitle } from "../findings/render";
import type { Severity } from "../findings/severity";
import { SEVERITY_ORDER } from "../findings/severity";
import { parseA1 } from "../grid";
import type { DayDate } from "../text/dates";
import type { Lang } from "../text/format";
import { formatDay, formatNumber } from "../text/format";
import { SUMMARY_LABELS } from "../summary/labels";
import { memoByText } from "../text/memo";
import { OUTPUT_LABELS } from "./labels";
import type { OutputSheet } from "./model";
import type { TableCell } from "./layout";
import { count, SheetLayout, text } from "./layout";

/** Narrow enough to print one page wide on A4 landscape at a readable scale; long text wraps. */
const COLUMNS = [
  { width: 11, wrap: false },
  { width: 22, wrap: true },
  { width: 13, wrap: true },
  { width: 7, wrap: false },
  { width: 15, wrap: true },
  { width: 16, wrap: true },
  { width: 44, wrap: true },
  { width: 30, wrap: true },
  { width: 12, wrap: true },
];

export interface FindingsSheetInput {
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly planYear: number;
  readonly referenceDate: DayDate;
  readonly sourceFile?: string;
}

const orText = (s: string | null | undefined): TableCell =>
  s === null || s === undefined || s === "" ? null : text(s);

/**
 * One cell value for each distinct text of the columns that repeat a handful of texts all the way
 * down (severity, rule, sheet, column, legal basis): a national list's findings sheet has hundreds
 * of thousands of rows. Values are immutable, so sharing them changes nothing written.
 */
function repeatedText(): (s: string | null | undefined) => TableCell {
  const shared = memoByText(text);
  return (s) => (s === null || s === undefined || s === "" ? null : shared(s));
}

function fixText(fix: string | number | undefined, lang: Lang): TableCell {
  if (fix === undefined) return null;
  return text(typeof fix === "number" ? formatNumber(fix, lang, 6) : fix);
}

/** The cell address, linked to the cell when it is a real A1 address. */
function cellLink(f: Finding): TableCell {
  if (f.cell === null) return null;
  const value = text(f.cell);
  return parseA1(f.cell) ? { value, link: { sheet: f.sheet, cell: f.cell.replace(/\$/g, "") } } : value;
}

export function buildFindingsSheet(input: FindingsSheetInput): OutputSheet {
  const { findings, lang } = input;
  const o = OUTPUT_LABELS[lang];
  const h = o.findingColumns;
  const out = new SheetLayout("findings", o.sheetName.findings, COLUMNS);
  out.title(o.findingsTitle, "title");
  out.title(
    o.findingsSubtitle(input.planYear, formatDay(input.referenceDate), input.sourceFile ?? null),
    "note",
  );
  out.blank();

  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) bySeverity[f.severity] += 1;
  for (const sev of SEVERITY_ORDER) {
    out.put(out.row, 1, text(o.severity[sev]));
    out.put(out.row, 2, count(bySeverity[sev]));
    out.row += 1;
  }
  out.put(out.row, 1, text(SUMMARY_LABELS[lang].total), "total");
  out.put(out.row, 2, count(findings.length), "total");
  out.row += 2;

  if (findings.length === 0) {
    out.line(o.noFindings, "note");
    return out.build();
  }

  const repeated = repeatedText();
  out.line(o.findingsList, "subtitle");
  out.repeatOnEveryPage(out.row);
  out.table({
    name: "KDCL_Findings",
    filter: true,
    columns: [h.severity, h.rule, h.sheet, h.cell, h.column, h.value, h.message, h.basis, h.fix],
    rows: findings.map((f) => [
      repeated(o.severity[f.severity]),
      // The rule's title, as people read it; its id stays in `kdcl --json`.
      repeated(ruleTitle(f.rule, lang)),
      repeated(f.sheet),
      cellLink(f),
      repeated(f.column),
      orText(f.value),
      text(findingMessage(f, lang)),
      repeated(findingBasis(f, lang)),
      fixText(f.fix, lang),
    ]),
  });
  return out.build();
}
