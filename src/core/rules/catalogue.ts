import type { Severity } from "../findings/severity";
import { DEFAULT_REGIME, regimeById } from "../schools/regimes";
import type { Lang } from "../text/format";
import { RULES } from "./registry";

const SEVERITY: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  en: { error: "Error", warning: "Warning", info: "Information" },
};

const HEAD: Readonly<Record<Lang, string>> = {
  vi: "| Mã quy tắc | Mức | Nội dung | Căn cứ |\n|---|---|---|---|",
  en: "| Rule id | Severity | What it finds | Basis |\n|---|---|---|---|",
};

const cell = (text: string): string => text.replace(/\|/g, "\\|");

/**
 * The rule catalogue as a Markdown table, from the registry itself so the documentation cannot drift
 * from the rules. Bases are cited as for a recognition under the current regime.
 */
export function ruleCatalogueMarkdown(lang: Lang): string {
  const regime = regimeById(DEFAULT_REGIME);
  const rows = RULES.map((r) => {
    const basis = r.basis ? r.basis(regime)[lang] : "—";
    return `| \`${r.id}\` | ${SEVERITY[lang][r.severity]} | ${cell(r.messages.title[lang])} | ${cell(basis)} |`;
  });
  return [HEAD[lang], ...rows].join("\n");
}
