import type { RuleId } from "../../core/rules/registry";
import { useCallback, useState } from "react";
import type { Finding } from "../../core/findings/finding";
import type { FixChange } from "../../app/cells";
import { fixScope } from "../../app/cells";
import type { CellEdit, RevertToken, WorkbookHost } from "../../hosts/host";
import { leftUndo, paneError, type PaneError } from "../lib/errors";
import type { SkipCounts } from "../lib/skipped";
import { skipCounts } from "../lib/skipped";

export interface FixPreview {
  readonly scope: "one" | "rule";
  readonly rule: RuleId;
  readonly changes: readonly FixChange[];
}

export interface AppliedFix {
  readonly token: RevertToken;
  readonly cells: number;
}

export interface Fixes {
  readonly preview: FixPreview | null;
  /** Opens the preview for one finding, or for every fixable finding of its rule. */
  readonly open: (finding: Finding, scope: "one" | "rule") => void;
  readonly close: () => void;
  readonly apply: () => Promise<void>;
  /** Undoes the latest applied fix that is not undone yet. */
  readonly undo: () => Promise<void>;
  /** Applied fixes, latest last. */
  readonly applied: readonly AppliedFix[];
  readonly busy: boolean;
  /**
   * What the last action did, for the status line: cells changed, cells left alone and why; `left`
   * when a fix failed midway and part of it awaits Undo.
   */
  readonly last: {
    readonly kind: "applied" | "undone" | "left";
    readonly cells: number;
    readonly skipped?: SkipCounts;
  } | null;
  readonly error: PaneError | null;
  readonly clearError: () => void;
}

/**
 * Mechanical fixes with a preview and an exact undo. After applying or undoing, `recheck` reads the
 * sheet again so the findings show what the sheet now holds.
 */
export function useFixes(
  host: WorkbookHost,
  findings: readonly Finding[],
  recheck: () => Promise<void>,
): Fixes {
  const [preview, setPreview] = useState<FixPreview | null>(null);
  const [applied, setApplied] = useState<readonly AppliedFix[]>([]);
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<Fixes["last"]>(null);
  const [error, setError] = useState<PaneError | null>(null);

  const open = useCallback(
    (finding: Finding, scope: "one" | "rule") => {
      const changes = fixScope(findings, finding, scope);
      if (changes.length > 0) setPreview({ scope, rule: finding.rule, changes });
    },
    [findings],
  );

  const close = useCallback(() => setPreview(null), []);

  const apply = useCallback(async () => {
    if (!preview) return;
    const edits: CellEdit[] = preview.changes.map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.next }));
    setBusy(true);
    setError(null);
    try {
      const token = await host.applyEdits(edits);
      setApplied((prev) => [...prev, { token, cells: token.cells }]);
      const skipped = skipCounts(token.skipped);
      setLast({ kind: "applied", cells: token.cells, ...(skipped ? { skipped } : {}) });
      setPreview(null);
      await recheck();
    } catch (e) {
      setError(paneError("edit", e));
      // A fix the host could not put back itself: its exact undo stays on offer.
      const left = leftUndo(e);
      if (left) {
        setApplied((prev) => [...prev, { token: left, cells: left.cells }]);
        setLast({ kind: "left", cells: left.cells });
        setPreview(null);
      }
    } finally {
      setBusy(false);
    }
  }, [host, preview, recheck]);

  const undo = useCallback(async () => {
    const latest = applied[applied.length - 1];
    if (!latest) return;
    setBusy(true);
    setError(null);
    try {
      await host.revert(latest.token);
      setApplied((prev) => prev.slice(0, -1));
      setLast({ kind: "undone", cells: latest.cells });
      await recheck();
    } catch (e) {
      setError(paneError("revert", e));
    } finally {
      setBusy(false);
    }
  }, [host, applied, recheck]);

  const clearError = useCallback(() => setError(null), []);

  return { preview, open, close, apply, undo, applied, busy, last, error, clearError };
}
