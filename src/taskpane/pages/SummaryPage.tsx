import { Button, Switch } from "@fluentui/react-components";
import { useMemo } from "react";
import { TableAddRegular } from "@fluentui/react-icons";
import { outputSheetsOf, rollupSheetsOf } from "../../app/output";
import { unitGapReason, unitsByRate } from "../../app/rollup";
import { formatNumber, formatPercent } from "../../app/format";
import type { Summary } from "../../core/summary/summary";
import { ErrorBar } from "../components/common/ErrorBar";
import { ListStatus } from "../components/common/ListStatus";
import { useLayout } from "../components/common/styles";
import { WorkProgress } from "../components/common/WorkProgress";
import { WrittenSheets } from "../components/common/WrittenSheets";
import { KeyFigures } from "../components/summary/KeyFigures";
import { PeriodFields } from "../components/summary/PeriodFields";
import { useHost } from "../HostContext";
import type { CheckState } from "../hooks/useCheck";
import { useOutputSheets } from "../hooks/useOutputSheets";
import type { Period } from "../hooks/usePeriod";
import { useSelectCell } from "../hooks/useSelectCell";
import { useRollup } from "../hooks/useRollup";
import { useText } from "../i18n";

/** Tổng hợp: the period, the key figures of the checked list, and the summary sheets. */
export function SummaryPage({
  check,
  period,
  summary,
}: {
  check: CheckState;
  period: Period;
  summary: Summary | null;
}) {
  const host = useHost();
  const { t, lang } = useText();
  const css = useLayout();
  const output = useOutputSheets(host);
  const cell = useSelectCell(host);
  const choices = useMemo(
    () =>
      period.options && {
        planYear: period.options.planYear,
        referenceDate: period.options.referenceDate,
      },
    [period.options],
  );
  const rollup = useRollup(host, choices);
  const rolled = rollup.result;
  const shown = rolled ? rolled.rollup.combined : summary;

  return (
    <div className={css.page}>
      <PeriodFields period={period} used={check.result?.period ?? null} />
      <ListStatus check={check} />
      <Switch
        label={t.rollup.toggle}
        checked={rolled !== null || rollup.busy}
        disabled={rollup.busy || !choices}
        title={t.rollup.hint}
        onChange={(_, d) => {
          if (d.checked) void rollup.run();
          else rollup.clear();
        }}
      />
      {rollup.busy && <WorkProgress label={t.rollup.reading} progress={null} />}
      {rollup.error && <ErrorBar error={rollup.error} onDismiss={rollup.clear} />}
      {output.error && <ErrorBar error={output.error} onDismiss={output.clearError} />}
      {cell.error && <ErrorBar error={cell.error} onDismiss={cell.clearError} />}
      {rolled && rolled.units.length === 0 && <p>{t.rollup.none}</p>}
      {shown && (!rolled || rolled.units.length > 0) && (
        <section aria-labelledby="kdcl-summary-heading" className={css.stack}>
          <h2 id="kdcl-summary-heading" className={css.heading}>
            {rolled ? t.rollup.heading(formatNumber(rolled.units.length, lang)) : t.summary.heading}
          </h2>
          <KeyFigures summary={shown} />
          {rolled && (
            <div data-testid="rollup-units">
              <h3 className={css.heading}>{t.rollup.units}</h3>
              <ul>
                {unitsByRate(rolled.rollup.units).map((u) => (
                  <li key={u.source}>
                    {t.rollup.unit(
                      u.name,
                      u.source,
                      u.rate
                        ? u.rate.rate === null
                          ? "—"
                          : formatPercent(u.rate.rate, lang)
                        : unitGapReason(u.gap ?? "no-list", lang, u.summary?.planYear),
                    )}
                  </li>
                ))}
              </ul>
              {rolled.rollup.communesWithout.length > 0 && (
                <p>{t.rollup.without(rolled.rollup.communesWithout.join(", "))}</p>
              )}
            </div>
          )}
          {output.written && (
            <WrittenSheets
              names={output.written}
              message={t.summary.written}
              onOpen={(name) => void cell.select(name, "A1")}
            />
          )}
          {output.busy ? (
            <WorkProgress label={t.summary.writing} progress={null} />
          ) : (
            <div>
              <Button
                appearance="primary"
                icon={<TableAddRegular />}
                onClick={() => {
                  if (rolled)
                    void output.write(
                      rollupSheetsOf(rolled, lang, { findings: true, sourceFile: host.title() }),
                    );
                  else if (check.result) void output.write(outputSheetsOf(check.result, lang, host.title()));
                }}
              >
                {t.summary.write}
              </Button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
