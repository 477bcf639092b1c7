import { Field, Input } from "@fluentui/react-components";
import { useText } from "../../i18n";
import type { PlanHeaderText } from "../../../app/settings";
import type { PlanHeaderFields } from "../../hooks/usePlanForm";
import { useLayout } from "../common/styles";

/**
 * Issuing body, place, number and date. In the pane they are filled once and kept with the workbook
 * (saved on leaving a field); elsewhere `legend` says what becomes of them.
 */
export function PlanHeaderForm({ form, legend }: { form: PlanHeaderFields; legend?: string }) {
  const { t } = useText();
  const css = useLayout();
  const input = (field: keyof PlanHeaderText, label: string, hint: string) => (
    <Field label={label} hint={hint}>
      <Input
        value={form.header[field]}
        onChange={(_, data) => form.setField(field, data.value)}
        onBlur={() => void form.save?.()}
      />
    </Field>
  );
  return (
    <fieldset className={css.fieldset}>
      <legend className={css.legend}>{legend ?? t.plan.headerLegend}</legend>
      {input("issuingBody", t.plan.issuingBody, t.plan.issuingBodyHint)}
      {input("place", t.plan.place, t.plan.placeHint)}
      {input("number", t.plan.number, t.plan.numberHint)}
      <Field
        label={t.plan.date}
        hint={t.plan.dateHint}
        validationState={form.dateValid ? "none" : "error"}
        validationMessage={form.dateValid ? null : t.plan.dateInvalid}
      >
        <Input
          value={form.header.date}
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          onChange={(_, data) => form.setField("date", data.value)}
          onBlur={() => void form.save?.()}
        />
      </Field>
    </fieldset>
  );
}
