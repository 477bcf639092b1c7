/**
 * What the add-in keeps in a workbook (or a Word document) between sessions: the keys, and the parsing
 * of every saved value. Settings hold whatever a file holds, so every value is checked before use and
 * a value that does not parse is ignored, never trusted.
 */
import type { PlanHeader, PlanSectionId } from "../core/plan/model";
import { PLAN_SECTIONS } from "../core/plan/model";
import type { RegimeId } from "../core/schools/regimes";
import { isRegimeId } from "../core/schools/regimes";
import { BUDGET_UNITS } from "../core/table/headers";
import { FIELDS } from "../core/table/fields";
import type { BudgetUnit } from "../core/table/model";
import type { Lang } from "../core/text/format";
import type { Choices, SavedMapping } from "./choices";

export type { SavedMapping } from "./choices";
export { NO_COLUMN } from "../core/table/read";

export const SETTING = {
  lang: "lang",
  regime: "regime",
  budgetUnit: "budgetUnit",
  planYear: "planYear",
  planHeader: "plan:header",
  planSections: "plan:sections",
  /** Whether edits of the checked sheet are checked as they happen (on unless the user turned it off). */
  live: "live",
  /** The drop-down lists the add-in put on the workbook's cells, to remove exactly them. */
  codeLists: "codeLists",
} as const;

/** A remembered drop-down: sheet, A1 range and the list as set. */
export interface SavedList {
  readonly sheet: string;
  readonly address: string;
  readonly source: string;
}

export function isSavedLists(value: unknown): value is SavedList[] {
  return (
    Array.isArray(value) &&
    value.every(
      (v) =>
        typeof v === "object" &&
        v !== null &&
        typeof (v as SavedList).sheet === "string" &&
        typeof (v as SavedList).address === "string" &&
        typeof (v as SavedList).source === "string",
    )
  );
}

export function isBoolean(value: unknown): value is boolean {
  return typeof value === "boolean";
}

/** The user's corrected column mapping of one sheet. */
export function mappingKey(sheet: string): string {
  return `mapping:${sheet}`;
}

/** Read access to saved settings, as every host gives it. */
export interface SettingsReader {
  get<T>(key: string): T | null;
}

export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;

export function isLang(value: unknown): value is Lang {
  return value === "vi" || value === "en";
}

export function isPlanYear(value: unknown): value is number {
  return (
    typeof value === "number" && Number.isInteger(value) && value >= MIN_PLAN_YEAR && value <= MAX_PLAN_YEAR
  );
}

export function isRegimeOrNull(value: unknown): value is RegimeId | null {
  return value === null || (typeof value === "string" && isRegimeId(value));
}

export type BudgetUnitLabel = BudgetUnit["label"];

export function isBudgetUnitOrNull(value: unknown): value is BudgetUnitLabel | null {
  return value === null || BUDGET_UNITS.some((u) => u.label === value);
}

export function budgetUnitOf(label: BudgetUnitLabel | null): BudgetUnit | null {
  return BUDGET_UNITS.find((u) => u.label === label) ?? null;
}

export function isSavedMapping(value: unknown): value is SavedMapping {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(
    // 0 says "the list has no such column" (NO_COLUMN).
    ([k, v]) => (FIELDS as readonly string[]).includes(k) && Number.isInteger(v) && (v as number) >= 0,
  );
}

/** The plan header fields as the user typed them; the plan year is the shared one of the check. */
export interface PlanHeaderText {
  readonly issuingBody: string;
  readonly place: string;
  readonly number: string;
  /** dd/mm/yyyy or empty. */
  readonly date: string;
}

export const EMPTY_PLAN_HEADER: PlanHeaderText = { issuingBody: "", place: "", number: "", date: "" };

export function isPlanHeaderText(value: unknown): value is PlanHeaderText {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  return (["issuingBody", "place", "number", "date"] as const).every((k) => typeof r[k] === "string");
}

export function isPlanSections(value: unknown): value is PlanSectionId[] {
  return Array.isArray(value) && value.every((s) => (PLAN_SECTIONS as readonly unknown[]).includes(s));
}

/** A saved value when it parses, else the fallback. */
export function savedOr<T>(
  settings: SettingsReader,
  key: string,
  valid: (v: unknown) => v is T,
  fallback: T,
): T {
  const value = settings.get<unknown>(key);
  return valid(value) ? value : fallback;
}

/** Everything a check needs that the workbook remembers, for a sheet. */
export interface SavedChoices {
  readonly lang: Lang;
  readonly choices: Choices;
}

export function savedChoices(settings: SettingsReader, sheet: string | null): SavedChoices {
  const unit = budgetUnitOf(savedOr(settings, SETTING.budgetUnit, isBudgetUnitOrNull, null));
  const mapping = sheet === null ? null : savedOr(settings, mappingKey(sheet), isSavedMapping, null);
  return {
    lang: savedOr(settings, SETTING.lang, isLang, "vi"),
    choices: {
      planYear: savedOr<number | null>(settings, SETTING.planYear, isPlanYearOrNull, null),
      regime: savedOr(settings, SETTING.regime, isRegimeOrNull, null),
      budgetUnit: unit,
      ...(sheet !== null && mapping ? { mappings: { [sheet]: mapping } } : {}),
    },
  };
}

function isPlanYearOrNull(value: unknown): value is number | null {
  return value === null || isPlanYear(value);
}

/** The header a plan is built with: the text trimmed, the date parsed (its year is the check's). */
export function planHeaderOf(text: PlanHeaderText, date: PlanHeader["date"]): Omit<PlanHeader, "planYear"> {
  return { issuingBody: text.issuingBody.trim(), place: text.place.trim(), number: text.number.trim(), date };
}
