import { Button } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { useText } from "../../i18n";
import type { Fixes } from "../../hooks/useFixes";
import { NoticeBar } from "../common/NoticeBar";

/**
 * What the last fix or undo did (and which cells it left alone, and why), with "Hoàn tác" while an
 * applied fix can still be undone.
 */
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
  const text =
    last.kind === "left"
      ? t.fix.left(last.cells)
      : last.kind === "applied"
        ? t.fix.done(last.cells)
        : t.fix.undone(last.cells);
  return (
    <NoticeBar
      intent={last.kind === "left" ? "warning" : last.skipped ? "info" : "success"}
      {...(undo ? { actions: undo } : {})}
    >
      {text}
      {last.skipped && ` ${t.fix.skipped(last.skipped)}`}
    </NoticeBar>
  );
}
