import { Button } from "@fluentui/react-components";
import { TaskListSquareLtrRegular } from "@fluentui/react-icons";
import { useText } from "../../i18n";
import type { CheckPhase } from "../../hooks/useCheck";
import { WorkProgress } from "../common/WorkProgress";

/** "Kiểm tra", or the reading progress with Cancel while the sheet is read. */
export function CheckToolbar({
  phase,
  checked,
  onRun,
  onCancel,
}: {
  phase: CheckPhase;
  checked: boolean;
  onRun: () => void;
  onCancel: () => void;
}) {
  const { t } = useText();
  if (phase.kind === "reading") {
    return <WorkProgress label={t.check.reading} progress={phase.progress} onCancel={onCancel} />;
  }
  return (
    <div>
      <Button appearance="primary" icon={<TaskListSquareLtrRegular />} onClick={onRun}>
        {checked ? t.check.rerun : t.check.run}
      </Button>
    </div>
  );
}
