import { useCallback, useRef, useState } from "react";
import type { Finding } from "../../core/findings/finding";
import { highlightCells } from "../../app/cells";
import type { RevertToken, WorkbookHost } from "../../hosts/host";
import { leftUndo, paneError, type PaneError } from "../lib/errors";
import type { SkipCounts } from "../lib/skipped";
import { skipCounts } from "../lib/skipped";

export interface Highlight {
  /** Cells marked now; 0 when nothing is marked. */
  readonly marked: number;
  readonly mark: (findings: readonly Finding[]) => Promise<void>;
  readonly unmark: () => Promise<void>;
  /** Keeps the marks of `sheet` in step with its findings after a live re-check (when marked). */
  readonly follow: (sheet: string, findings: readonly Finding[]) => Promise<void>;
  readonly busy: boolean;
  readonly last: "marked" | "unmarked" | null;
  /** Cells the last highlight left alone, by reason; null when none. */
  readonly skipped: SkipCounts | null;
  readonly error: PaneError | null;
  readonly clearError: () => void;
}

/** Colours finding cells by severity; marking again first restores the previous marks exactly. */
export function useHighlight(host: WorkbookHost): Highlight {
  const [token, setToken] = useState<RevertToken | null>(null);
  const [marked, setMarked] = useState(0);
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<Highlight["last"]>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [skipped, setSkipped] = useState<SkipCounts | null>(null);

  const mark = useCallback(
    async (findings: readonly Finding[]) => {
      const cells = highlightCells(findings);
      setBusy(true);
      setError(null);
      try {
        if (token) {
          await host.revert(token);
          setToken(null);
          setMarked(0);
        }
        setSkipped(null);
        if (cells.length > 0) {
          const done = await host.highlight(cells);
          setToken(done);
          setMarked(done.cells);
          setSkipped(skipCounts(done.skipped));
        }
        setLast("marked");
      } catch (e) {
        setError(paneError("highlight", e));
        // Marks the host could not remove itself: "Bỏ đánh dấu" stays on offer for them.
        const left = leftUndo(e);
        if (left) {
          setToken(left);
          setMarked(left.cells);
        }
      } finally {
        setBusy(false);
      }
    },
    [host, token],
  );

  const unmark = useCallback(async () => {
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      await host.revert(token);
      setToken(null);
      setMarked(0);
      setLast("unmarked");
    } catch (e) {
      setError(paneError("revert", e));
    } finally {
      setBusy(false);
    }
  }, [host, token]);

  // The token as of the last update: live updates come faster than React renders.
  const current = useRef<RevertToken | null>(null);
  current.current = token;
  const follow = useCallback(
    async (sheet: string, findings: readonly Finding[]) => {
      const had = current.current;
      if (!had || !host.live) return;
      try {
        const next = await host.live.updateHighlight(had, sheet, highlightCells(findings));
        current.current = next;
        setToken(next);
        setMarked(next.cells);
      } catch (e) {
        setError(paneError("highlight", e));
      }
    },
    [host],
  );

  const clearError = useCallback(() => setError(null), []);

  return { marked, mark, unmark, follow, busy, last, skipped, error, clearError };
}
