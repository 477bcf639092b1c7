import { useCallback, useMemo, useState } from "react";
import type { PlanHeader, PlanSectionId } from "../../core/plan/model";
import { PLAN_SECTIONS } from "../../core/plan/model";
import type { WorkbookSettings } from "../../hosts/host";
import { parseDayInput } from "../lib/day-input";
import { SETTING } from "../lib/settings-keys";
import { usePersistentState } from "./usePersistentState";

/** The header fields as typed; the plan year is the shared one of the period. */
export interface PlanHeaderText {
  readonly issuingBody: string;
  readonly place: string;
  readonly number: string;
  /** dd/mm/yyyy or empty. */
  readonly date: string;
}

const EMPTY: PlanHeaderText = { issuingBody: "", place: "", number: "", date: "" };

function isHeaderText(v: unknown): v is PlanHeaderText {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  return (["issuingBody", "place", "number", "date"] as const).every((k) => typeof r[k] === "string");
}

function isSections(v: unknown): v is PlanSectionId[] {
  return Array.isArray(v) && v.every((s) => (PLAN_SECTIONS as readonly unknown[]).includes(s));
}

export interface PlanForm {
  readonly header: PlanHeaderText;
  /** Changes a field in the form; `save` keeps the form in the workbook. */
  readonly setField: (field: keyof PlanHeaderText, value: string) => void;
  readonly save: () => Promise<void>;
  readonly dateValid: boolean;
  readonly sections: readonly PlanSectionId[];
  readonly toggleSection: (section: PlanSectionId, on: boolean) => Promise<void>;
  /** The header for `buildPlan`, or null while the date is invalid. */
  readonly planHeader: (planYear: number) => PlanHeader | null;
}

/** The plan's header fields and sections, remembered per workbook. */
export function usePlanForm(settings: WorkbookSettings): PlanForm {
  const stored = usePersistentState<PlanHeaderText>(settings, SETTING.planHeader, EMPTY, isHeaderText);
  const sections = usePersistentState<PlanSectionId[]>(
    settings,
    SETTING.planSections,
    [...PLAN_SECTIONS],
    isSections,
  );
  const [header, setHeader] = useState<PlanHeaderText>(stored.value);
  const date = useMemo(() => (header.date.trim() === "" ? null : parseDayInput(header.date)), [header.date]);
  const dateValid = header.date.trim() === "" || date !== null;

  const setField = useCallback((field: keyof PlanHeaderText, value: string) => {
    setHeader((h) => ({ ...h, [field]: value }));
  }, []);

  const { set: saveHeader } = stored;
  const save = useCallback(() => saveHeader(header), [saveHeader, header]);

  const { set: saveSections, value: chosen } = sections;
  const toggleSection = useCallback(
    (section: PlanSectionId, on: boolean) =>
      saveSections(PLAN_SECTIONS.filter((s) => (s === section ? on : chosen.includes(s)))),
    [saveSections, chosen],
  );

  const planHeader = useCallback(
    (planYear: number): PlanHeader | null =>
      dateValid
        ? {
            issuingBody: header.issuingBody.trim(),
            place: header.place.trim(),
            number: header.number.trim(),
            date,
            planYear,
          }
        : null,
    [header, date, dateValid],
  );

  return { header, setField, save, dateValid, sections: chosen, toggleSection, planHeader };
}
