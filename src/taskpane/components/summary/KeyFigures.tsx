import { ACTIONS } from "../../../app/vocabulary";
import { SUMMARY_LABELS } from "../../../app/vocabulary";
import type { Summary } from "../../../core/summary/summary";
import { formatDay } from "../../../app/format";
import { budgetNote, coverageNote, dueNote, targetsNote } from "../../../app/report";
import { useText } from "../../i18n";
import { useLayout } from "../common/styles";

/** The figures a plan quotes: coverage now and projected, targets, budget, renewals due. */
export function KeyFigures({ summary }: { summary: Summary }) {
  const { t, lang } = useText();
  const css = useLayout();
  const labels = SUMMARY_LABELS[lang];
  const c = summary.coverage;
  const year = summary.planYear;
  const targets = summary.targets.total;
  const budget = summary.budget;
  const coverageMissing = coverageNote(summary, lang);
  const budgetMissing = budgetNote(summary, lang);
  const dueMissing = dueNote(summary, lang);
  const targetsLeftOut = targetsNote(summary, lang);
  return (
    <dl className={css.facts} aria-label={t.summary.heading}>
      {c ? (
        <>
          <dt>{t.summary.coverageLabel(formatDay(summary.referenceDate))}</dt>
          <dd>
            {t.summary.coverage(c.total.standard, c.total.schools, c.total.rate)}
            <div className={css.muted}>{t.summary.levels(c.total.level1, c.total.level2)}</div>
          </dd>
          <dt>{t.summary.projectedLabel(year)}</dt>
          <dd>{t.summary.coverage(c.projected.standard, c.projected.schools, c.projected.rate)}</dd>
          {c.communesWithout.length > 0 && (
            <>
              <dt>{t.summary.communesWithout}</dt>
              <dd>{c.communesWithout.join(", ")}</dd>
            </>
          )}
        </>
      ) : (
        coverageMissing !== null && (
          <>
            <dt>{t.summary.coverageLabel(formatDay(summary.referenceDate))}</dt>
            <dd>{coverageMissing}</dd>
          </>
        )
      )}
      {c && coverageMissing !== null && (
        <>
          <dt>{t.summary.leftOut}</dt>
          <dd className={css.muted}>{coverageMissing}</dd>
        </>
      )}
      <dt>{t.summary.targetsLabel(year)}</dt>
      <dd>
        {ACTIONS.every((a) => targets[a] === 0) ? (
          t.summary.noTargets
        ) : (
          <ul className={css.list}>
            {ACTIONS.map((a) => (
              <li key={a}>
                {labels.action[a]}: {t.summary.targetCount(targets[a])}
              </li>
            ))}
          </ul>
        )}
        {targetsLeftOut !== null && <div className={css.muted}>{targetsLeftOut}</div>}
      </dd>
      <dt>{t.summary.budgetLabel}</dt>
      {budget === null ? (
        <dd>{budgetMissing}</dd>
      ) : (
        <dd>
          {t.summary.money(budget.total)}
          <ul className={css.list}>
            {ACTIONS.filter((a) => budget.byAction[a].schools > 0 || budget.byAction[a].amount !== 0).map(
              (a) => (
                <li key={a} className={css.muted}>
                  {t.summary.budgetByAction(
                    labels.action[a],
                    budget.byAction[a].schools,
                    budget.byAction[a].amount,
                  )}
                </li>
              ),
            )}
            {budget.unassigned.amount !== 0 &&
              ACTIONS.some((a) => budget.byAction[a].schools > 0 || budget.byAction[a].amount !== 0) && (
                <li className={css.muted}>
                  {t.summary.budgetByAction(
                    labels.noAction,
                    budget.unassigned.schools,
                    budget.unassigned.amount,
                  )}
                </li>
              )}
          </ul>
          {budgetMissing !== null && <div className={css.muted}>{budgetMissing}</div>}
        </dd>
      )}
      <dt>{t.summary.dueLabel(year)}</dt>
      <dd>
        {!summary.dueUndated && t.summary.dueCount(summary.due.length)}
        {dueMissing !== null && <div className={css.muted}>{dueMissing}</div>}
      </dd>
    </dl>
  );
}
