import { Button } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { useText } from "../../i18n";
import type { Fixes } from "../../hooks/useFixes";
import { NoticeBar } from "../common/NoticeBar";

/** What the last fix or undo did, with "Hoàn tác" while an applied fix can still be undone. */
export function FixResult({ fixes, busy }: { fixes: Fixes; busy: boolean }) {
  const { t } = useText();
  const last = fixes.last;
  if (!last) return null;
  const undo =
    fixes.applied.length > 0 ? (
      <Button size="small" icon={<ArrowUndoRegular />} disabled={busy} onClick={() => void fixes.undo()}>
        {t.fix.undo}
      </Button>
    ) : undefined;
  return (
    <NoticeBar intent="success" {...(undo ? { actions: undo } : {})}>
      {last.kind === "applied" ? t.fix.done(last.cells) : t.fix.undone(last.cells)}
    </NoticeBar>
  );
}
