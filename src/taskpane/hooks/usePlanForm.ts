import { useCallback, useMemo, useState } from "react";
import type { PlanHeaderText } from "../../app/settings";
import {
  EMPTY_PLAN_HEADER,
  isPlanHeaderText,
  isPlanSections,
  planHeaderOf,
  SETTING,
} from "../../app/settings";
import type { PlanHeader, PlanSectionId } from "../../core/plan/model";
import { PLAN_SECTIONS } from "../../app/vocabulary";
import type { WorkbookSettings } from "../../hosts/host";
import { parseDayInput } from "../lib/day-input";
import { usePersistentState } from "./usePersistentState";

export interface PlanForm {
  readonly header: PlanHeaderText;
  /** Changes a field in the form; `save` keeps the form in the workbook. */
  readonly setField: (field: keyof PlanHeaderText, value: string) => void;
  readonly save: () => Promise<void>;
  readonly dateValid: boolean;
  readonly sections: readonly PlanSectionId[];
  readonly toggleSection: (section: PlanSectionId, on: boolean) => Promise<void>;
  /** The appendix's list as the document's table, or as an Excel file attached beside it. */
  readonly appendixForm: AppendixKind;
  readonly setAppendixForm: (form: AppendixKind) => void;
  /** Fills the issuing body with the list's own while the user has written none. */
  readonly suggestBody: (body: string) => void;
  /** The header for the plan (its year is the check's), or null while the date is invalid. */
  readonly planHeader: () => Omit<PlanHeader, "planYear"> | null;
}

export type AppendixKind = "table" | "file";

/** What a form of the plan's heading shows and changes; `save`, where the heading is kept. */
export type PlanHeaderFields = Pick<PlanForm, "header" | "setField" | "dateValid"> &
  Partial<Pick<PlanForm, "save">>;

export interface PlanHeaderState {
  readonly header: PlanHeaderText;
  readonly setHeader: (update: (h: PlanHeaderText) => PlanHeaderText) => void;
  readonly setField: (field: keyof PlanHeaderText, value: string) => void;
  readonly dateValid: boolean;
  /** The header for the plan (its year is the check's), or null while the date is invalid. */
  readonly planHeader: () => Omit<PlanHeader, "planYear"> | null;
}

/** The plan's heading as typed: issuing body, place, number and a date that must be a real day. */
export function usePlanHeader(initial: PlanHeaderText): PlanHeaderState {
  const [header, setHeader] = useState<PlanHeaderText>(initial);
  const date = useMemo(() => (header.date.trim() === "" ? null : parseDayInput(header.date)), [header.date]);
  const dateValid = header.date.trim() === "" || date !== null;
  const setField = useCallback((field: keyof PlanHeaderText, value: string) => {
    setHeader((h) => ({ ...h, [field]: value }));
  }, []);
  const planHeader = useCallback(
    (): Omit<PlanHeader, "planYear"> | null => (dateValid ? planHeaderOf(header, date) : null),
    [header, date, dateValid],
  );
  return { header, setHeader, setField, dateValid, planHeader };
}

/** The plan's header fields and sections, remembered per workbook; the appendix's form, for this session. */
export function usePlanForm(settings: WorkbookSettings): PlanForm {
  const stored = usePersistentState<PlanHeaderText>(
    settings,
    SETTING.planHeader,
    EMPTY_PLAN_HEADER,
    isPlanHeaderText,
  );
  const sections = usePersistentState<PlanSectionId[]>(
    settings,
    SETTING.planSections,
    [...PLAN_SECTIONS],
    isPlanSections,
  );
  const { header, setHeader, setField, dateValid, planHeader } = usePlanHeader(stored.value);
  const [appendixForm, setAppendixForm] = useState<AppendixKind>("table");

  const suggestBody = useCallback(
    (body: string) => setHeader((h) => (h.issuingBody.trim() === "" ? { ...h, issuingBody: body } : h)),
    [setHeader],
  );

  const { set: saveHeader } = stored;
  const save = useCallback(() => saveHeader(header), [saveHeader, header]);

  const { set: saveSections, value: chosen } = sections;
  const toggleSection = useCallback(
    (section: PlanSectionId, on: boolean) =>
      saveSections(PLAN_SECTIONS.filter((s) => (s === section ? on : chosen.includes(s)))),
    [saveSections, chosen],
  );

  return {
    header,
    setField,
    save,
    dateValid,
    sections: chosen,
    toggleSection,
    appendixForm,
    setAppendixForm,
    planHeader,
    suggestBody,
  };
}
