import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import type { Fixes } from "../../hooks/useFixes";
import type { Highlight } from "../../hooks/useHighlight";
import type { OutputSheets } from "../../hooks/useOutputSheets";
import type { useSelectCell } from "../../hooks/useSelectCell";
import { useText } from "../../i18n";
import { ErrorBar } from "../common/ErrorBar";
import { WrittenSheets } from "../common/WrittenSheets";
import { FixResult } from "./FixResult";
import { HighlightResult } from "./HighlightResult";

type SelectCell = ReturnType<typeof useSelectCell>;

/** What the user did last on the findings: its outcome is the one status shown. */
export type ActionKind = "fix" | "highlight" | "export" | "select";

export interface LatestAction {
  readonly kind: ActionKind | null;
  /** Call as the user starts an action: its outcome replaces whatever the status said. */
  readonly start: (kind: ActionKind) => void;
}

/**
 * The latest action on the findings. Selecting a cell only becomes the status when it fails (a
 * successful click must not hide the confirmation and Hoàn tác of a fix).
 */
export function useLatestAction(select: SelectCell): LatestAction {
  const [kind, setKind] = useState<ActionKind | null>(null);
  useEffect(() => {
    if (select.error) setKind("select");
  }, [select.error]);
  const start = useCallback((k: ActionKind) => setKind(k), []);
  return { kind, start };
}

const useStyles = makeStyles({
  // Kept in view at the bottom of the pane while the user is down a long list, and in the flow
  // right after the list when it is short.
  status: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `0 -${tokens.strokeWidthThin} 0 ${tokens.colorNeutralStroke2}`,
  },
  undo: { alignSelf: "flex-start" },
});

/**
 * One status for the actions on the findings (fix and undo, highlight, export, a failed selection):
 * the outcome of the latest replaces the previous one, success or failure, so messages never pile
 * up; and it stays where the user is. While a fix can be undone, Hoàn tác stays within reach even
 * after another action took the status.
 */
export function ActionStatus({
  latest,
  fixes,
  highlight,
  output,
  select,
  busy,
  onOpenSheet,
  onRecheck,
}: {
  latest: LatestAction;
  fixes: Fixes;
  highlight: Highlight;
  output: OutputSheets;
  select: SelectCell;
  busy: boolean;
  onOpenSheet: (name: string) => void;
  onRecheck: () => void;
}) {
  const { t } = useText();
  const css = useStyles();
  let message: ReactNode = null;
  switch (latest.kind) {
    case "fix":
      // A fix cut off midway says what failed and, beside it, which cells may be left half written.
      message =
        fixes.error && fixes.last?.kind === "left" ? (
          <>
            <ErrorBar error={fixes.error} onDismiss={fixes.clearError} />
            <FixResult fixes={fixes} busy={busy} />
          </>
        ) : fixes.error ? (
          <ErrorBar error={fixes.error} onDismiss={fixes.clearError} />
        ) : fixes.last ? (
          <FixResult fixes={fixes} busy={busy} />
        ) : null;
      break;
    case "highlight":
      message = highlight.error ? (
        <ErrorBar error={highlight.error} onDismiss={highlight.clearError} />
      ) : (highlight.last === "marked" && highlight.marked > 0) || highlight.last === "unmarked" ? (
        <HighlightResult highlight={highlight} />
      ) : null;
      break;
    case "export":
      message = output.error ? (
        <ErrorBar error={output.error} onDismiss={output.clearError} />
      ) : output.written ? (
        <WrittenSheets names={output.written} message={t.highlight.exported} onOpen={onOpenSheet} />
      ) : null;
      break;
    case "select":
      message = select.error ? (
        <ErrorBar
          error={select.error}
          onDismiss={select.clearError}
          actions={
            <Button size="small" onClick={onRecheck}>
              {t.common.retry}
            </Button>
          }
        />
      ) : null;
      break;
    case null:
      break;
  }
  const pending = fixes.applied[fixes.applied.length - 1];
  const undo =
    latest.kind !== "fix" && pending ? (
      <Button
        className={css.undo}
        size="small"
        appearance="subtle"
        icon={<ArrowUndoRegular />}
        disabled={busy}
        onClick={() => {
          latest.start("fix");
          void fixes.undo();
        }}
      >
        {t.fix.undoLatest(pending.cells)}
      </Button>
    ) : null;
  if (message === null && undo === null) return null;
  return (
    <div className={css.status} role="region" aria-label={t.fix.statusLabel} data-testid="action-status">
      {message}
      {undo}
    </div>
  );
}
