import { Badge, Dropdown, Field, Option, ToggleButton } from "@fluentui/react-components";
import { SEVERITY_ORDER } from "../../../app/vocabulary";
import { titleOfRule } from "../../../app/describe";
import type { RuleId } from "../../../core/rules/registry";
import { isRuleId } from "../../../app/vocabulary";
import { formatNumber } from "../../../app/format";
import { useText } from "../../i18n";
import type { FindingFilter } from "../../hooks/useFindingFilter";
import { useLayout } from "../common/styles";
import { SEVERITY_BADGE } from "./severity";

const ALL = "*";

/** Severity toggles with their counts, and a rule filter. */
export function FindingFilters({ filter }: { filter: FindingFilter }) {
  const { t, lang } = useText();
  const css = useLayout();
  const ruleTitle = (id: RuleId) => titleOfRule(id, lang);
  const selected = filter.rule;
  return (
    <div className={css.stack}>
      <div role="group" aria-label={t.findings.severityFilter} className={css.row}>
        {SEVERITY_ORDER.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={filter.severities.has(s)}
            onClick={() => filter.toggleSeverity(s)}
            icon={
              <Badge size="small" color={SEVERITY_BADGE[s]} aria-hidden>
                {formatNumber(filter.counts[s], lang)}
              </Badge>
            }
            aria-label={t.severity.count[s](filter.counts[s])}
          >
            {t.severity.group[s]}
          </ToggleButton>
        ))}
      </div>
      {filter.rules.length > 1 && (
        <Field label={t.findings.ruleFilter}>
          <Dropdown
            value={selected === null ? t.findings.allRules : ruleTitle(selected)}
            selectedOptions={[selected ?? ALL]}
            onOptionSelect={(_, data) => {
              const id = data.optionValue;
              if (id === ALL) filter.setRule(null);
              else if (id !== undefined && isRuleId(id)) filter.setRule(id);
            }}
          >
            <Option value={ALL}>{t.findings.allRules}</Option>
            {filter.rules.map((r) => (
              <Option key={r.id} value={r.id} text={ruleTitle(r.id)}>
                {t.findings.ruleOption(ruleTitle(r.id), r.count)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
    </div>
  );
}
