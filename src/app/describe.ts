/** What a front end shows of a finding, rendered in one language from the rules' catalogues. */
import type { Finding } from "../core/findings/finding";
import { findingBasis, findingMessage, ruleTitle } from "../core/findings/render";
import type { RuleId } from "../core/rules/registry";
import { regimeById } from "../core/schools/regimes";
import type { Lang } from "../core/text/format";

export interface FindingText {
  /** The rule's title: what kind of problem it is. */
  readonly title: string;
  readonly message: string;
  /** The legal basis, as the regime that judged the finding cites it. */
  readonly basis: string | null;
  /** The regime's name, when the finding depended on one. */
  readonly regime: string | null;
}

export function describeFinding(finding: Finding, lang: Lang): FindingText {
  return {
    title: ruleTitle(finding.rule, lang),
    message: findingMessage(finding, lang),
    basis: findingBasis(finding, lang),
    regime: finding.regime ? regimeById(finding.regime).label[lang] : null,
  };
}

export function titleOfRule(rule: RuleId, lang: Lang): string {
  return ruleTitle(rule, lang);
}
