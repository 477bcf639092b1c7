import { Field, Input, SpinButton } from "@fluentui/react-components";
import type { Period as CheckedPeriod } from "../../../app/check";
import { describePeriod } from "../../../app/describe";
import { formatDay } from "../../../app/format";
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from "../../../app/settings";
import type { Period } from "../../hooks/usePeriod";
import { useText } from "../../i18n";
import { useLayout } from "../common/styles";

/**
 * Plan year and reference date, validated as the user types. Left empty, both come from the list
 * itself; the hints say what the check uses and where it read it.
 */
export function PeriodFields({ period, used }: { period: Period; used: CheckedPeriod | null }) {
  const { t, lang } = useText();
  const css = useLayout();
  const why = used ? describePeriod(used, lang) : null;
  return (
    <div className={css.row}>
      <Field
        label={t.period.planYear}
        hint={used && why ? t.period.planYearHint(used.planYear, why.planYear) : t.period.planYearAuto}
        validationState={period.planYearValid ? "none" : "error"}
        validationMessage={period.planYearValid ? null : t.period.planYearInvalid}
      >
        <SpinButton
          min={MIN_PLAN_YEAR}
          max={MAX_PLAN_YEAR}
          value={null}
          displayValue={period.planYearText}
          placeholder={used ? String(used.planYear) : ""}
          onChange={(_, data) => {
            if (typeof data.value === "number") period.setPlanYearText(String(data.value));
            else if (data.displayValue !== undefined) period.setPlanYearText(data.displayValue);
          }}
        />
      </Field>
      <Field
        className={css.grow}
        label={t.period.referenceDate}
        hint={
          used && why
            ? t.period.referenceDateHint(formatDay(used.referenceDate), why.referenceDate)
            : t.period.referenceAuto
        }
        validationState={period.referenceValid ? "none" : "error"}
        validationMessage={period.referenceValid ? null : t.period.referenceDateInvalid}
      >
        <Input
          value={period.referenceText}
          placeholder={used ? formatDay(used.referenceDate) : ""}
          inputMode="numeric"
          onChange={(_, data) => period.setReferenceText(data.value)}
        />
      </Field>
    </div>
  );
}
