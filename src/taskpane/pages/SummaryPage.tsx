import { Button } from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import { outputSheetsOf } from "../../app/output";
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

  return (
    <div className={css.page}>
      <PeriodFields period={period} used={check.result?.period ?? null} />
      <ListStatus check={check} />
      {output.error && <ErrorBar error={output.error} onDismiss={output.clearError} />}
      {cell.error && <ErrorBar error={cell.error} onDismiss={cell.clearError} />}
      {summary && (
        <section aria-labelledby="kdcl-summary-heading" className={css.stack}>
          <h2 id="kdcl-summary-heading" className={css.heading}>
            {t.summary.heading}
          </h2>
          <KeyFigures summary={summary} />
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
                  if (check.result) void output.write(outputSheetsOf(check.result, lang, host.title()));
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
