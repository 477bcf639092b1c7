import type { Finding } from "../core/findings/finding";
import type { Period } from "../app/check";
import {
  COLUMN_SOURCE,
  describeFinding,
  describePeriod,
  describeSkipped,
  titleOfRule,
} from "../app/describe";
import { formatDay, isoDay } from "../app/format";
import type { Severity } from "../core/findings/severity";
import { FIELD_LABELS, SEVERITY_ORDER } from "../app/vocabulary";
import type { Field } from "../core/table/fields";
import type { Lang } from "../core/text/format";
import type { SkippedRule, TableInfo } from "../core/validate";
import { CLI_TEXT } from "./strings";

export interface FileResult {
  readonly file: string;
  readonly tables: readonly TableInfo[];
  readonly findings: readonly Finding[];
  readonly period: Period;
  readonly skipped: readonly SkippedRule[];
}

/** The period as JSON: ISO dates, and where each part came from. */
export function periodJson(p: Period, lang: Lang): Record<string, unknown> {
  const why = describePeriod(p, lang);
  return {
    planYear: p.planYear,
    planYearSource: p.planYearSource,
    referenceDate: isoDay(p.referenceDate),
    referenceSource: p.referenceSource,
    explanation: { planYear: why.planYear, referenceDate: why.referenceDate },
  };
}

/** Rules that could not run, with the columns they lacked, ids and words both. */
export function skippedJson(skipped: readonly SkippedRule[], lang: Lang): Record<string, unknown>[] {
  return skipped.map((s) => ({ rule: s.rule, missing: s.missing, title: titleOfRule(s.rule, lang) }));
}

/** A finding as the JSON contract prints it (SPEC §11): one language, plain strings. */
export function findingJson(f: Finding, lang: Lang): Record<string, unknown> {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    cell: f.cell,
    value: f.value,
    ...messageJson(f, lang),
    ...(f.regime ? { regime: f.regime } : {}),
    ...(f.fix !== undefined ? { fix: f.fix } : {}),
    ...(f.fixMore ? { fixMore: f.fixMore } : {}),
    params: f.params,
  };
}

function messageJson(f: Finding, lang: Lang): { message: string; basis?: string } {
  const { message, basis } = describeFinding(f, lang);
  return basis === null ? { message } : { message, basis };
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * The readable report, line by line: per file, the tables found, then findings grouped by severity.
 * Sheet names, headers and values come from the file: each line is to be escaped for the terminal.
 */
export function* reportLines(results: readonly FileResult[], lang: Lang): Generator<string> {
  const t = CLI_TEXT[lang];
  for (const r of results) {
    yield `${t.file}: ${r.file}`;
    const why = describePeriod(r.period, lang);
    yield `  ${t.period(r.period.planYear, why.planYear, formatDay(r.period.referenceDate), why.referenceDate)}`;
    for (const table of r.tables) {
      yield `  ${t.table(table.sheet, table.range, table.headerRow, table.rows, table.schools)}`;
      // Each column as the list heads it → what it was read as, in the pane's words, and why.
      const cols = (Object.entries(table.fields) as [Field, string][]).map(([field, header]) => {
        const how = table.fieldSources[field];
        const label = `${header.replace(/\s+/g, " ").trim()} → ${FIELD_LABELS[field][lang]}`;
        return how ? `${label} (${COLUMN_SOURCE[lang][how]})` : label;
      });
      yield `  ${t.columns}: ${cols.join("; ")}`;
      const split = table.budgetSplit;
      if (split) {
        const header = (text: string): string => text.replace(/\s+/g, " ").trim();
        const total = split.total === null ? null : header(split.total);
        if (split.items)
          yield `  ${t.budgetItems(split.sources.map((c) => header(c.header)).join("; "), total)}`;
        else {
          const sources = split.sources.map((c) => `${header(c.header)} → ${c.source}`);
          yield `  ${t.budgetSplit(sources.join("; "), total)}`;
        }
      }
    }
    for (const line of describeSkipped(r.skipped, lang)) yield `  ${line}`;
    if (r.findings.length === 0) yield `  ${t.none}`;
    const c = countBySeverity(r.findings);
    for (const severity of SEVERITY_ORDER) {
      if (c[severity] === 0) continue;
      yield "";
      yield `  ${t.severity[severity]} (${c[severity]})`;
      for (const f of r.findings) {
        if (f.severity !== severity) continue;
        const where = f.cell ? `${f.sheet}!${f.cell}` : f.row ? t.row(f.sheet, f.row) : f.sheet;
        const text = describeFinding(f, lang);
        yield `    ${where}  [${text.title}] ${text.message}`;
        if (text.fix !== null) yield `        ${t.fix}: ${text.fix}`;
        if (text.basis !== null) yield `        ${t.basis}: ${text.basis}`;
      }
    }
    yield "";
    yield `  ${t.totals(c.error, c.warning, c.info)}`;
    yield "";
  }
}
