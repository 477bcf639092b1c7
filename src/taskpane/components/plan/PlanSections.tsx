import { Checkbox, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { APPENDIX_TABLE_LIMIT, PLAN_SECTIONS } from "../../../app/vocabulary";
import { useText } from "../../i18n";
import type { PlanForm } from "../../hooks/usePlanForm";
import { useLayout } from "../common/styles";

/**
 * Which generated sections the document holds (always in the order of SPEC §10), and for the
 * appendix whether its list is the document's table or an Excel file attached beside it.
 */
export function PlanSections({ form }: { form: PlanForm }) {
  const { t } = useText();
  const css = useLayout();
  return (
    <fieldset className={css.fieldset}>
      <legend className={css.legend}>{t.plan.sectionsLegend}</legend>
      {PLAN_SECTIONS.map((s) => (
        <Checkbox
          key={s}
          label={t.plan.sections[s]}
          checked={form.sections.includes(s)}
          onChange={(_, data) => void form.toggleSection(s, data.checked === true)}
        />
      ))}
      {form.sections.includes("appendix") && (
        <Field label={t.plan.appendixForm} hint={t.plan.appendixHint(APPENDIX_TABLE_LIMIT)}>
          <RadioGroup
            value={form.appendixForm}
            onChange={(_, data) => form.setAppendixForm(data.value === "file" ? "file" : "table")}
          >
            <Radio value="table" label={t.plan.appendixTable} />
            <Radio value="file" label={t.plan.appendixFile} />
          </RadioGroup>
        </Field>
      )}
      {form.sections.length === 0 && <p className={css.muted}>{t.plan.noSection}</p>}
    </fieldset>
  );
}
