import { useCallback, useState } from "react";
import type { PlanInput } from "../../core/plan";
import { downloadBytes, DOCX_MIME } from "../lib/download";
import { paneError, type PaneError } from "../lib/errors";

/** The plan builder and the .docx renderer, loaded only when the user downloads (they are large). */
async function renderPlan(input: PlanInput): Promise<Uint8Array> {
  const [{ buildPlan }, { renderPlanDocx }] = await Promise.all([
    import(/* webpackChunkName: "plan" */ "../../core/plan"),
    import(/* webpackChunkName: "docx" */ "../../render/docx"),
  ]);
  return renderPlanDocx(buildPlan(input));
}

export interface PlanDownload {
  readonly download: (input: PlanInput, fileName: string) => Promise<void>;
  readonly busy: boolean;
  /** The file name last downloaded. */
  readonly done: string | null;
  readonly error: PaneError | null;
  readonly clearError: () => void;
}

export function usePlanDownload(): PlanDownload {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<PaneError | null>(null);

  const download = useCallback(async (input: PlanInput, fileName: string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      downloadBytes(await renderPlan(input), fileName, DOCX_MIME);
      setDone(fileName);
    } catch (e) {
      setError(paneError("download", e));
    } finally {
      setBusy(false);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { download, busy, done, error, clearError };
}
