import { useCallback, useMemo, useState } from "react";
import { isPlanYear, SETTING } from "../../app/settings";
import type { DayDate } from "../../core/text/dates";
import type { WorkbookSettings } from "../../hosts/host";
import { parseDayInput } from "../lib/day-input";
import { usePersistentState } from "./usePersistentState";

const isPlanYearOrNull = (v: unknown): v is number | null => v === null || isPlanYear(v);

export interface Period {
  /** The plan year as typed; empty means "the list's own"; may be invalid while the user types. */
  readonly planYearText: string;
  readonly setPlanYearText: (text: string) => void;
  readonly planYearValid: boolean;
  /** The reference date as typed; empty means the list's own, else 31/12 of the plan year. */
  readonly referenceText: string;
  readonly setReferenceText: (text: string) => void;
  readonly referenceValid: boolean;
  /**
   * What the check takes from the user: null fields are left to the workbook (its titles, columns,
   * file name) or the default. Null as a whole while either input is invalid.
   */
  readonly options: { readonly planYear: number | null; readonly referenceDate: DayDate | null } | null;
}

const YEAR = /^\s*\d{4}\s*$/;

/** Plan year (kept in the workbook when the user sets one) and reference date, both optional. */
export function usePeriod(settings: WorkbookSettings): Period {
  const stored = usePersistentState<number | null>(settings, SETTING.planYear, null, isPlanYearOrNull);
  const [planYearText, setText] = useState(stored.value === null ? "" : String(stored.value));
  const [referenceText, setReferenceText] = useState("");
  const { set } = stored;

  const setPlanYearText = useCallback(
    (text: string) => {
      setText(text);
      if (text.trim() === "") void set(null);
      else if (YEAR.test(text) && isPlanYear(Number(text))) void set(Number(text));
    },
    [set],
  );

  const planYearValid =
    planYearText.trim() === "" || (YEAR.test(planYearText) && isPlanYear(Number(planYearText)));
  const typedReference = useMemo(
    () => (referenceText.trim() === "" ? null : parseDayInput(referenceText)),
    [referenceText],
  );
  const referenceValid = referenceText.trim() === "" || typedReference !== null;
  const planYear = stored.value;
  const options = useMemo(
    () => (planYearValid && referenceValid ? { planYear, referenceDate: typedReference } : null),
    [planYearValid, referenceValid, planYear, typedReference],
  );

  return {
    planYearText,
    setPlanYearText,
    planYearValid,
    referenceText,
    setReferenceText,
    referenceValid,
    options,
  };
}
