import { useCallback, useState } from "react";
import type { WorkbookHost } from "../../hosts/host";
import { paneError, type PaneError } from "../lib/errors";

/** Shows a cell in the workbook; a failure becomes a message, never an exception. */
export function useSelectCell(host: WorkbookHost): {
  readonly select: (sheet: string, cell: string) => Promise<void>;
  readonly error: PaneError | null;
  readonly clearError: () => void;
} {
  const [error, setError] = useState<PaneError | null>(null);
  const select = useCallback(
    async (sheet: string, cell: string) => {
      try {
        setError(null);
        await host.select(sheet, cell);
      } catch (e) {
        setError(paneError("select", e));
      }
    },
    [host],
  );
  const clearError = useCallback(() => setError(null), []);
  return { select, error, clearError };
}
