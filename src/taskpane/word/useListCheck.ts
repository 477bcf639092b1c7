import { useMemo } from "react";
import type { WorkbookCheck } from "../../app/check";
import { checkGrids } from "../../app/check";
import type { CheckSettings } from "../hooks/useCheck";
import { paneError, type PaneError } from "../lib/errors";
import type { ListFile } from "./useListFile";

export interface ListCheck {
  /** Null until a file is read and the period is valid. */
  readonly result: WorkbookCheck | null;
  /** Sheets holding a list, in file order. */
  readonly sheets: readonly string[];
  readonly schools: number;
  readonly errors: number;
  readonly error: PaneError | null;
}

const NONE: ListCheck = { result: null, sheets: [], schools: 0, errors: 0, error: null };

/** The picked list checked with the pane's settings; re-run when the plan year or a setting changes. */
export function useListCheck(file: ListFile | null, settings: CheckSettings | null): ListCheck {
  return useMemo(() => {
    if (!file || !settings) return NONE;
    try {
      const result = checkGrids(file.grids, settings, { today: new Date(), fileName: file.name });
      return {
        result,
        sheets: [...new Set(result.tables.map((tb) => tb.table.sheet))],
        schools: result.tables.reduce((sum, tb) => sum + tb.records.length, 0),
        errors: result.counts.error,
        error: null,
      };
    } catch (e) {
      return { ...NONE, error: paneError("validate", e) };
    }
  }, [file, settings]);
}
