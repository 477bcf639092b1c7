import { useCallback, useState } from "react";
import type { WorkbookCheck } from "../../app/check";
import type { PlanRequest } from "../../app/plan";
import { downloadBytes, DOCX_MIME } from "../lib/download";
import { paneError, type PaneError } from "../lib/errors";

/** The plan builder and the .docx renderer, loaded only when the user downloads (they are large). */
async function renderPlan(check: WorkbookCheck, request: PlanRequest): Promise<Uint8Array> {
  const [{ planOf }, { renderPlanDocx }] = await Promise.all([
    import(/* webpackChunkName: "plan" */ "../../app/plan"),
    import(/* webpackChunkName: "docx" */ "../../render/docx"),
  ]);
  return renderPlanDocx(planOf(check, request));
}

export interface PlanDownload {
  readonly download: (check: WorkbookCheck, request: PlanRequest, fileName: string) => Promise<void>;
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

  const download = useCallback(async (check: WorkbookCheck, request: PlanRequest, fileName: string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      downloadBytes(await renderPlan(check, request), fileName, DOCX_MIME);
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
