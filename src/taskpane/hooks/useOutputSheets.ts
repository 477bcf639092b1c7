import { useCallback, useState } from "react";
import type { OutputSheet } from "../../core/output/model";
import type { WorkbookHost } from "../../hosts/host";
import { paneError, type PaneError } from "../lib/errors";

export interface OutputSheets {
  readonly write: (sheets: readonly OutputSheet[]) => Promise<void>;
  readonly busy: boolean;
  /** Names of the sheets last written, as the host named them. */
  readonly written: readonly string[] | null;
  readonly error: PaneError | null;
  readonly clearError: () => void;
}

/** Writes the add-in's output sheets through the host. */
export function useOutputSheets(host: WorkbookHost): OutputSheets {
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<readonly string[] | null>(null);
  const [error, setError] = useState<PaneError | null>(null);

  const write = useCallback(
    async (sheets: readonly OutputSheet[]) => {
      setBusy(true);
      setError(null);
      setWritten(null);
      try {
        const plan = await host.writeOutputSheets(sheets);
        setWritten(plan.write.map((w) => w.name));
      } catch (e) {
        setError(paneError("write", e));
      } finally {
        setBusy(false);
      }
    },
    [host],
  );

  const clearError = useCallback(() => setError(null), []);
  return { write, busy, written, error, clearError };
}
