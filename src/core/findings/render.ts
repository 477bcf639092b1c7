/** Findings rendered for people: the message and the legal basis in the chosen language. */
import type { Rule } from "../rules/rule";
import type { RuleId } from "../rules/registry";
import { ruleOf } from "../rules/registry";
import { DEFAULT_REGIME, regimeById } from "../schools/regimes";
import type { Lang } from "../text/format";
import type { Finding } from "./finding";

function ruleFor(finding: Finding): Rule<RuleId, unknown> {
  return ruleOf(finding.rule) as unknown as Rule<RuleId, unknown>;
}

export function findingMessage(finding: Finding, lang: Lang): string {
  return ruleFor(finding).messages[lang](finding.params);
}

/** The legal basis as the regime that judged the finding cites it; null for rules without one. */
export function findingBasis(finding: Finding, lang: Lang): string | null {
  const basis = ruleFor(finding).basis;
  return basis ? basis(regimeById(finding.regime ?? DEFAULT_REGIME))[lang] : null;
}

export function ruleTitle(rule: RuleId, lang: Lang): string {
  return ruleOf(rule).messages.title[lang];
}

/** What a rule's fix does, as its button says it ("Chuyển sang Unicode"), or null for a plain "Sửa". */
export function ruleFixAction(rule: RuleId, lang: Lang): string | null {
  return ruleOf(rule).messages.fixAction?.[lang] ?? null;
}
