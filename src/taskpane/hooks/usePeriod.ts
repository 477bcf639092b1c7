import { useCallback, useMemo, useState } from "react";
import type { DayDate } from "../../core/text/dates";
import { endOfYear } from "../../app/format";
import type { WorkbookSettings } from "../../hosts/host";
import { parseDayInput } from "../lib/day-input";
import { isPlanYear, SETTING } from "../../app/settings";
import { usePersistentState } from "./usePersistentState";

export interface Period {
  /** The plan year as typed; may be invalid while the user types. */
  readonly planYearText: string;
  readonly setPlanYearText: (text: string) => void;
  readonly planYearValid: boolean;
  /** The last valid plan year. */
  readonly planYear: number;
  /** The reference date as typed; empty means 31/12 of the plan year. */
  readonly referenceText: string;
  readonly setReferenceText: (text: string) => void;
  readonly referenceValid: boolean;
  /** 31/12 of the plan year. */
  readonly defaultReference: DayDate;
  /** What checks and summaries use; null while either input is invalid. */
  readonly options: { readonly planYear: number; readonly referenceDate: DayDate } | null;
}

/** Plan year (kept in the workbook, default this year) and reference date (default 31/12 of it). */
export function usePeriod(settings: WorkbookSettings, today: Date = new Date()): Period {
  const stored = usePersistentState<number>(settings, SETTING.planYear, today.getFullYear(), isPlanYear);
  const [planYearText, setText] = useState(String(stored.value));
  const [referenceText, setReferenceText] = useState("");
  const typedYear = /^\s*\d{4}\s*$/.test(planYearText) ? Number(planYearText) : NaN;
  const planYearValid = isPlanYear(typedYear);
  const { set } = stored;

  const setPlanYearText = useCallback(
    (text: string) => {
      setText(text);
      const y = /^\s*\d{4}\s*$/.test(text) ? Number(text) : NaN;
      if (isPlanYear(y)) void set(y);
    },
    [set],
  );

  const planYear = stored.value;
  const defaultReference = useMemo(() => endOfYear(planYear), [planYear]);
  const typedReference = useMemo(
    () => (referenceText.trim() === "" ? defaultReference : parseDayInput(referenceText)),
    [referenceText, defaultReference],
  );
  const referenceValid = typedReference !== null;
  const options = useMemo(
    () => (planYearValid && typedReference ? { planYear, referenceDate: typedReference } : null),
    [planYearValid, planYear, typedReference],
  );

  return {
    planYearText,
    setPlanYearText,
    planYearValid,
    planYear,
    referenceText,
    setReferenceText,
    referenceValid,
    defaultReference,
    options,
  };
}
