import { useMemo } from "react";
import type { RegimeId } from "../../core/schools/regimes";
import type { Summary } from "../../core/summary/summary";
import { summarize } from "../../core/summary/summary";
import type { DayDate } from "../../core/text/dates";
import type { ValidationResult } from "../../core/validate";

/** The figures of the checked list for the plan year; null until a list is read and the period is valid. */
export function useSummary(
  result: ValidationResult | null,
  period: { readonly planYear: number; readonly referenceDate: DayDate } | null,
  regime: RegimeId | null,
): Summary | null {
  return useMemo(() => {
    if (!result || !period || result.tables.length === 0) return null;
    return summarize(result.tables, { ...period, regime });
  }, [result, period, regime]);
}
