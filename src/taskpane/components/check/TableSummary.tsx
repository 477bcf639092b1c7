import type { CheckedTable } from "../../../core/validate";
import { tableInfo } from "../../../app/report";
import { useText } from "../../i18n";
import { useLayout } from "../common/styles";

/** Where the list was found: sheet, range, header row and number of schools. */
export function TableSummary({ checked }: { checked: CheckedTable }) {
  const { t } = useText();
  const css = useLayout();
  const info = tableInfo(checked);
  return (
    <section aria-label={t.check.tableHeading} className={css.stack}>
      <h2 className={css.subheading}>{t.check.tableHeading}</h2>
      <dl className={css.facts}>
        <dt>{t.check.sheet}</dt>
        <dd>{info.sheet}</dd>
        <dt>{t.check.range}</dt>
        <dd>{info.range}</dd>
        <dt>{t.check.headerRow}</dt>
        <dd>{info.headerRow}</dd>
        <dt>{t.check.schools}</dt>
        <dd>{t.check.schoolCount(info.schools, info.rows)}</dd>
      </dl>
      {checked.planList && <p className={css.muted}>{t.check.planList}</p>}
    </section>
  );
}
