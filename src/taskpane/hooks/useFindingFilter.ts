import type { RuleId } from "../../core/rules/registry";
import { useCallback, useMemo, useState } from "react";
import type { Finding } from "../../core/findings/finding";
import type { Severity } from "../../core/findings/severity";
import { SEVERITY_ORDER } from "../../app/vocabulary";
import { RULES } from "../../app/vocabulary";

export type SeverityCounts = Readonly<Record<Severity, number>>;

export interface FindingFilter {
  readonly counts: SeverityCounts;
  /** Rules that have findings, in catalogue order, with their counts. */
  readonly rules: readonly { readonly id: RuleId; readonly count: number }[];
  readonly severities: ReadonlySet<Severity>;
  readonly toggleSeverity: (severity: Severity) => void;
  /** null: every rule. */
  readonly rule: RuleId | null;
  readonly setRule: (rule: RuleId | null) => void;
  /** The findings that pass both filters, grouped by severity in the order error, warning, info. */
  readonly groups: readonly { readonly severity: Severity; readonly findings: readonly Finding[] }[];
  readonly visible: number;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Severity toggles and a rule filter over a list of findings. */
export function useFindingFilter(findings: readonly Finding[]): FindingFilter {
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITY_ORDER));
  const [rule, setRuleState] = useState<RuleId | null>(null);

  const counts = useMemo(() => countBySeverity(findings), [findings]);

  const rules = useMemo(() => {
    const byRule = new Map<RuleId, number>();
    for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    return RULES.filter((r) => byRule.has(r.id)).map((r) => ({ id: r.id, count: byRule.get(r.id) ?? 0 }));
  }, [findings]);

  // A rule with no finding left (after a fix) no longer filters anything away.
  const activeRule = rule !== null && rules.some((r) => r.id === rule) ? rule : null;

  const groups = useMemo(
    () =>
      SEVERITY_ORDER.filter((s) => severities.has(s))
        .map((severity) => ({
          severity,
          findings: findings.filter(
            (f) => f.severity === severity && (activeRule === null || f.rule === activeRule),
          ),
        }))
        .filter((g) => g.findings.length > 0),
    [findings, severities, activeRule],
  );

  const toggleSeverity = useCallback((severity: Severity) => {
    setSeverities((prev) => {
      const next = new Set(prev);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });
  }, []);

  const setRule = useCallback((r: RuleId | null) => setRuleState(r), []);

  return {
    counts,
    rules,
    severities,
    toggleSeverity,
    rule: activeRule,
    setRule,
    groups,
    visible: groups.reduce((sum, g) => sum + g.findings.length, 0),
  };
}
