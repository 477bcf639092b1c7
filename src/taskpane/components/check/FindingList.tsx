import { Badge, Button } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { Finding } from "../../../core/findings/finding";
import type { Severity } from "../../../core/findings/severity";
import { fixCountsByRule } from "../../../app/cells";
import { formatNumber } from "../../../app/format";
import { useText } from "../../i18n";
import { useLayout } from "../common/styles";
import { FindingItem } from "./FindingItem";
import { SEVERITY_BADGE } from "./severity";

/** Findings shown at first per severity; long lists grow on demand so the pane stays quick. */
export const PAGE_SIZE = 100;

/** The findings grouped by severity, each group with its heading and count. */
export function FindingList({
  groups,
  fixable,
  onSelect,
  onFix,
}: {
  groups: readonly { readonly severity: Severity; readonly findings: readonly Finding[] }[];
  /** All findings with a fix, for counting those of a rule. */
  fixable: readonly Finding[];
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding, scope: "one" | "rule") => void;
}) {
  const { t, lang } = useText();
  const css = useLayout();
  const id = useId();
  const [shown, setShown] = useState<Readonly<Record<Severity, number>>>({
    error: PAGE_SIZE,
    warning: PAGE_SIZE,
    info: PAGE_SIZE,
  });
  const fixesByRule = useMemo(() => fixCountsByRule(fixable), [fixable]);

  if (groups.length === 0) return <p>{t.findings.noneVisible}</p>;
  return (
    <div className={css.stack}>
      {groups.map(({ severity, findings }) => {
        const limit = shown[severity];
        const headingId = `${id}-${severity}`;
        return (
          <section key={severity} aria-labelledby={headingId}>
            <h3 id={headingId} className={css.subheading}>
              {t.severity.group[severity]}{" "}
              <Badge color={SEVERITY_BADGE[severity]}>{formatNumber(findings.length, lang)}</Badge>
            </h3>
            <ul className={css.list}>
              {findings.slice(0, limit).map((f, i) => (
                <FindingItem
                  key={`${f.rule}:${f.sheet}:${f.cell ?? ""}:${i}`}
                  finding={f}
                  sameRuleFixes={fixesByRule.get(f.rule) ?? 0}
                  onSelect={onSelect}
                  onFix={onFix}
                />
              ))}
            </ul>
            {findings.length > limit && (
              <Button
                appearance="subtle"
                onClick={() => setShown((s) => ({ ...s, [severity]: limit + PAGE_SIZE }))}
              >
                {t.findings.showMore(Math.min(PAGE_SIZE, findings.length - limit))}
              </Button>
            )}
          </section>
        );
      })}
    </div>
  );
}
