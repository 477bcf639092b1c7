import { Checkbox } from "@fluentui/react-components";
import { PLAN_SECTIONS } from "../../../app/vocabulary";
import { useText } from "../../i18n";
import type { PlanForm } from "../../hooks/usePlanForm";
import { useLayout } from "../common/styles";

/** Which generated sections the document holds (always in the order of SPEC §10). */
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
      {form.sections.length === 0 && <p className={css.muted}>{t.plan.noSection}</p>}
    </fieldset>
  );
}
