import { Button } from "@fluentui/react-components";
import { useText } from "../../i18n";
import type { CheckState } from "../../hooks/useCheck";
import { ErrorBar } from "./ErrorBar";
import { NoticeBar } from "./NoticeBar";
import { WorkProgress } from "./WorkProgress";

/**
 * For pages built on the checked list: asks to read it when nothing is read yet, shows the reading
 * progress, a read failure, or that the sheet holds no list.
 */
export function ListStatus({ check }: { check: CheckState }) {
  const { t } = useText();
  const { phase, grid, result } = check;
  if (phase.kind === "reading") {
    return <WorkProgress label={t.check.reading} progress={phase.progress} onCancel={check.cancel} />;
  }
  return (
    <>
      {check.error && <ErrorBar error={check.error} onDismiss={check.clearError} />}
      {grid === null && (
        <NoticeBar
          intent="info"
          actions={
            <Button size="small" onClick={() => void check.run()}>
              {t.summary.read}
            </Button>
          }
        >
          {t.summary.needCheck}
        </NoticeBar>
      )}
      {grid !== null && result !== null && result.tables.length === 0 && (
        <NoticeBar intent="warning" title={t.check.tableNotFoundTitle}>
          {t.check.tableNotFound(grid.sheet)}
        </NoticeBar>
      )}
    </>
  );
}
