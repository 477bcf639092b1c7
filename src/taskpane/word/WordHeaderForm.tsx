import { Field, Input } from "@fluentui/react-components";
import { placeFromBody } from "../../app/vocabulary";
import { useLayout } from "../components/common/styles";
import type { PlanHeaderText } from "../../app/settings";
import type { PlanForm } from "../hooks/usePlanForm";
import { useText } from "../i18n";

/**
 * Issuing body, place, number and date, kept in the document (saved on leaving a field). The Excel
 * page's form says "kept with the workbook" and has no default place; here an empty place is the one
 * named by the issuing body (`placeFromBody`), shown as the placeholder.
 */
export function WordHeaderForm({ form }: { form: PlanForm }) {
  const { t } = useText();
  const css = useLayout();
  const guessed = placeFromBody(form.header.issuingBody);
  const input = (field: keyof PlanHeaderText, label: string, hint: string, placeholder?: string) => (
    <Field label={label} hint={hint}>
      <Input
        value={form.header[field]}
        {...(placeholder ? { placeholder } : {})}
        onChange={(_, data) => form.setField(field, data.value)}
        onBlur={() => void form.save()}
      />
    </Field>
  );
  return (
    <fieldset className={css.fieldset}>
      <legend className={css.legend}>{t.word.headerLegend}</legend>
      {input("issuingBody", t.plan.issuingBody, t.plan.issuingBodyHint)}
      {input("place", t.plan.place, guessed ? t.word.placeDefault(guessed) : t.plan.placeHint, guessed)}
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
          onBlur={() => void form.save()}
        />
      </Field>
    </fieldset>
  );
}
