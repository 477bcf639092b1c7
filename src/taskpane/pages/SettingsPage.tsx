import { Dropdown, Field, Option, Radio, RadioGroup, Switch } from "@fluentui/react-components";
import { isRegimeId, REGIMES } from "../../app/vocabulary";
import { BUDGET_UNITS } from "../../app/vocabulary";
import { ErrorBar } from "../components/common/ErrorBar";
import { useLayout } from "../components/common/styles";
import type { Preferences } from "../hooks/usePreferences";
import { isLang, LANGS, useText } from "../i18n";

const AUTO = "auto";

/**
 * Cài đặt: language, the regime override, the budget unit and (where the host can watch edits) the
 * live check, kept with the workbook.
 */
export function SettingsPage({ prefs, live = false }: { prefs: Preferences; live?: boolean }) {
  const { t, pick } = useText();
  const css = useLayout();
  const regime = prefs.regime === null ? null : REGIMES.find((r) => r.id === prefs.regime);
  const unit = prefs.budgetUnit;
  return (
    <div className={css.page}>
      {prefs.error && <ErrorBar error={prefs.error} />}
      <Field label={t.settings.language}>
        <RadioGroup
          value={prefs.lang}
          onChange={(_, data) => {
            if (isLang(data.value)) void prefs.setLang(data.value);
          }}
        >
          {LANGS.map((l) => (
            // Each language named in itself, and marked so, for screen readers to pronounce it.
            <Radio key={l} value={l} label={{ children: t.settings.languages[l], lang: l }} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t.settings.regime} hint={t.settings.regimeHint}>
        <Dropdown
          clearButton={{ "aria-label": t.common.clearSelection }}
          value={regime ? pick(regime.label) : t.settings.regimeAuto}
          selectedOptions={[prefs.regime ?? AUTO]}
          onOptionSelect={(_, data) => {
            const v = data.optionValue;
            if (v === AUTO) void prefs.setRegime(null);
            else if (v !== undefined && isRegimeId(v)) void prefs.setRegime(v);
          }}
        >
          <Option value={AUTO}>{t.settings.regimeAuto}</Option>
          {REGIMES.map((r) => (
            <Option key={r.id} value={r.id}>
              {pick(r.label)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.settings.budgetUnit} hint={t.settings.budgetUnitHint}>
        <Dropdown
          clearButton={{ "aria-label": t.common.clearSelection }}
          value={unit === null ? t.settings.budgetUnitAuto : t.settings.budgetUnits[unit]}
          selectedOptions={[unit ?? AUTO]}
          onOptionSelect={(_, data) => {
            const v = data.optionValue;
            if (v === AUTO) void prefs.setBudgetUnit(null);
            else {
              const found = BUDGET_UNITS.find((u) => u.label === v);
              if (found) void prefs.setBudgetUnit(found.label);
            }
          }}
        >
          <Option value={AUTO}>{t.settings.budgetUnitAuto}</Option>
          {BUDGET_UNITS.map((u) => (
            <Option key={u.label} value={u.label}>
              {t.settings.budgetUnits[u.label]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {live && (
        <Field hint={t.live.hint}>
          <Switch
            checked={prefs.live}
            label={t.live.toggle}
            onChange={(_, data) => void prefs.setLive(data.checked)}
          />
        </Field>
      )}
    </div>
  );
}
