/**
 * The rule catalogue as people read it, from the rule registry itself: the help page of the pane and
 * of the standalone page, and the README's table, so the documentation cannot drift from the rules.
 * Legal bases are cited as for a recognition under the regime in force today.
 */
import type { Severity } from "../core/findings/severity";
import type { Rule } from "../core/rules/rule";
import type { RuleId } from "../core/rules/registry";
import { RULES } from "../core/rules/registry";
import { DEFAULT_REGIME, regimeById } from "../core/schools/regimes";
import type { Lang } from "../core/text/format";

export const SEVERITY_LABELS: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  en: { error: "Error", warning: "Warning", info: "Information" },
};

export interface RuleHelp {
  readonly id: RuleId;
  readonly title: string;
  readonly severity: Severity;
  /** What the rule checks, in one sentence. */
  readonly checks: string;
  /** A value it reads and the message it gives for it. */
  readonly example: { readonly value: string | null; readonly message: string };
  /** The legal basis it cites, or null. */
  readonly basis: string | null;
}

export function ruleHelp(lang: Lang): RuleHelp[] {
  const regime = regimeById(DEFAULT_REGIME);
  return (RULES as readonly Rule<RuleId, unknown>[]).map((r) => ({
    id: r.id,
    title: r.messages.title[lang],
    severity: r.severity,
    checks: r.messages.checks[lang],
    example: { value: r.messages.example.value, message: r.messages[lang](r.messages.example.params) },
    basis: r.basis ? r.basis(regime)[lang] : null,
  }));
}

const HEAD: Readonly<Record<Lang, string>> = {
  vi: "| Mã quy tắc | Mức | Nội dung | Căn cứ |\n|---|---|---|---|",
  en: "| Rule id | Severity | What it finds | Basis |\n|---|---|---|---|",
};

const cell = (text: string): string => text.replace(/\|/g, "\\|");

/** The catalogue as the README's Markdown table. */
export function ruleCatalogueMarkdown(lang: Lang): string {
  const rows = ruleHelp(lang).map(
    (r) =>
      `| \`${r.id}\` | ${SEVERITY_LABELS[lang][r.severity]} | ${cell(r.title)}: ${cell(r.checks)} | ${cell(r.basis ?? "—")} |`,
  );
  return [HEAD[lang], ...rows].join("\n");
}
