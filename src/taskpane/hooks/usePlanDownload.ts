import { useCallback, useState } from "react";
import type { WorkbookCheck } from "../../app/check";
import type { PlanRequest } from "../../app/plan";
import type { PlanDocument } from "../../core/plan/model";
import { downloadBytes, DOCX_MIME } from "../lib/download";
import { paneError, type PaneError } from "../lib/errors";
import { appendixOutcome, type AppendixOutcome } from "../lib/plan-appendix";

/** The plan builder and the .docx renderer, loaded only when the user downloads (they are large). */
async function renderPlan(
  check: WorkbookCheck,
  request: PlanRequest,
): Promise<{ bytes: Uint8Array; plan: PlanDocument }> {
  const [{ planOf }, { renderPlanDocx }] = await Promise.all([
    import(/* webpackChunkName: "plan" */ "../../app/plan"),
    import(/* webpackChunkName: "docx" */ "../../render/docx"),
  ]);
  const plan = planOf(check, request);
  return { bytes: await renderPlanDocx(plan), plan };
}

export interface PlanDownloaded {
  /** The document's file name. */
  readonly fileName: string;
  readonly appendix: AppendixOutcome;
}

export interface PlanDownload {
  readonly download: (check: WorkbookCheck, request: PlanRequest, fileName: string) => Promise<void>;
  readonly busy: boolean;
  /** The document last downloaded, with what its appendix adds. */
  readonly done: PlanDownloaded | null;
  readonly error: PaneError | null;
  readonly clearError: () => void;
}

export function usePlanDownload(): PlanDownload {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<PlanDownloaded | null>(null);
  const [error, setError] = useState<PaneError | null>(null);

  const download = useCallback(async (check: WorkbookCheck, request: PlanRequest, fileName: string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const { bytes, plan } = await renderPlan(check, request);
      // The workbook is made before the document is offered: the document never names a file that failed.
      const appendix = await appendixOutcome(plan, request.appendix ?? { kind: "table" }, request.lang);
      downloadBytes(bytes, fileName, DOCX_MIME);
      setDone({ fileName, appendix });
    } catch (e) {
      setError(paneError("download", e));
    } finally {
      setBusy(false);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { download, busy, done, error, clearError };
}
