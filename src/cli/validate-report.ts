import type { Finding } from "../core/findings/finding";
import { describeFinding } from "../app/describe";
import type { Severity } from "../core/findings/severity";
import { SEVERITY_ORDER } from "../app/vocabulary";
import type { Lang } from "../core/text/format";
import type { TableInfo } from "../core/validate";
import { CLI_TEXT } from "./strings";
import { terminalLines } from "./terminal";

export interface FileResult {
  readonly file: string;
  readonly tables: readonly TableInfo[];
  readonly findings: readonly Finding[];
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
 * The readable report: per file, the tables found, then findings grouped by severity. Sheet names,
 * headers and values come from the file: each line is escaped for the terminal.
 */
export function textReport(results: readonly FileResult[], lang: Lang): string {
  const t = CLI_TEXT[lang];
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${t.file}: ${r.file}`);
    for (const table of r.tables) {
      lines.push(`  ${t.table(table.sheet, table.range, table.headerRow, table.rows)}`);
      const cols = Object.entries(table.fields).map(([field, header]) => `${header} → ${field}`);
      lines.push(`  ${t.columns}: ${cols.join("; ")}`);
    }
    if (r.findings.length === 0) lines.push(`  ${t.none}`);
    for (const severity of SEVERITY_ORDER) {
      const group = r.findings.filter((f) => f.severity === severity);
      if (group.length === 0) continue;
      lines.push("", `  ${t.severity[severity]} (${group.length})`);
      for (const f of group) {
        const where = f.cell ? `${f.sheet}!${f.cell}` : f.row ? `${f.sheet}, dòng ${f.row}` : f.sheet;
        const text = describeFinding(f, lang);
        lines.push(`    ${where}  [${text.title}] ${text.message}`);
        if (f.fix !== undefined) lines.push(`        ${t.fix}: ${f.fix}`);
        if (text.basis !== null) lines.push(`        ${t.basis}: ${text.basis}`);
      }
    }
    const c = countBySeverity(r.findings);
    lines.push("", `  ${t.totals(c.error, c.warning, c.info)}`, "");
  }
  return terminalLines(lines);
}
