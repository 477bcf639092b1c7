/**
 * "Tổng hợp mọi trang tính": every sheet of the workbook read as one unit's list (a Sở's workbook with
 * a commune per sheet) and summed. The pane's Summary page shows the figures and writes the sheets.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Choices } from "../../app/choices";
import type { PlanRequest } from "../../app/plan";
import type { RollupResult } from "../../app/rollup";
import { checkSheetsAsUnits, rollUpChecks } from "../../app/rollup";
import type { Grid } from "../../core/grid";
import type { WorkbookHost } from "../../hosts/host";
import { paneError, type PaneError } from "../lib/errors";

/** The plan builder and the .docx renderer of a roll-up, loaded only when asked for (they are large). */
export async function renderRollupPlan(result: RollupResult, request: PlanRequest): Promise<Uint8Array> {
  const [{ rollupPlanOf }, { renderPlanDocx }] = await Promise.all([
    import(/* webpackChunkName: "plan" */ "../../app/plan"),
    import(/* webpackChunkName: "docx" */ "../../render/docx"),
  ]);
  return renderPlanDocx(rollupPlanOf(result, request));
}

export interface RollupState {
  readonly result: RollupResult | null;
  readonly busy: boolean;
  readonly error: PaneError | null;
  /** Reads every sheet that is not the add-in's own and sums those holding a list. */
  readonly run: () => Promise<void>;
  readonly clear: () => void;
}

export function useRollup(host: WorkbookHost, choices: Choices | null): RollupState {
  const [result, setResult] = useState<RollupResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PaneError | null>(null);
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );

  const run = useCallback(async () => {
    if (!choices) return;
    setBusy(true);
    setError(null);
    try {
      const grids: Grid[] = [];
      for (const sheet of await host.listSheets())
        if (!sheet.ours) grids.push(await host.readSheet(sheet.name));
      const today = new Date();
      const entries = checkSheetsAsUnits(grids, choices, { today, fileName: host.title() });
      if (live.current) setResult(rollUpChecks(entries, choices, today));
    } catch (e) {
      if (live.current) setError(paneError("read", e));
    } finally {
      if (live.current) setBusy(false);
    }
  }, [host, choices]);

  const clear = useCallback(() => setResult(null), []);
  return { result, busy, error, run, clear };
}
