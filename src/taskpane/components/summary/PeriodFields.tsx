import { Field, Input, SpinButton } from "@fluentui/react-components";
import { formatDay } from "../../../app/format";
import { useText } from "../../i18n";
import type { Period } from "../../hooks/usePeriod";
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from "../../../app/settings";
import { useLayout } from "../common/styles";

/** Plan year and reference date, validated as the user types. */
export function PeriodFields({ period }: { period: Period }) {
  const { t } = useText();
  const css = useLayout();
  return (
    <div className={css.row}>
      <Field
        label={t.period.planYear}
        validationState={period.planYearValid ? "none" : "error"}
        validationMessage={period.planYearValid ? null : t.period.planYearInvalid}
      >
        <SpinButton
          min={MIN_PLAN_YEAR}
          max={MAX_PLAN_YEAR}
          value={period.planYearValid ? period.planYear : null}
          displayValue={period.planYearText}
          onChange={(_, data) => {
            if (typeof data.value === "number") period.setPlanYearText(String(data.value));
            else if (data.displayValue !== undefined) period.setPlanYearText(data.displayValue);
          }}
        />
      </Field>
      <Field
        className={css.grow}
        label={t.period.referenceDate}
        hint={t.period.referenceDateHint(formatDay(period.defaultReference))}
        validationState={period.referenceValid ? "none" : "error"}
        validationMessage={period.referenceValid ? null : t.period.referenceDateInvalid}
      >
        <Input
          value={period.referenceText}
          placeholder={formatDay(period.defaultReference)}
          inputMode="numeric"
          onChange={(_, data) => period.setReferenceText(data.value)}
        />
      </Field>
    </div>
  );
}
