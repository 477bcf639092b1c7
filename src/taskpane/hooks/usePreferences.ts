import { useMemo } from "react";
import type { RegimeId } from "../../core/schools/regimes";
import { isRegimeId } from "../../core/schools/regimes";
import { BUDGET_UNITS } from "../../core/table/headers";
import type { BudgetUnit } from "../../core/table/model";
import type { Lang } from "../../core/text/format";
import type { WorkbookSettings } from "../../hosts/host";
import { isLang } from "../i18n";
import type { PaneError } from "../lib/errors";
import { SETTING } from "../lib/settings-keys";
import { usePersistentState } from "./usePersistentState";

export type BudgetUnitLabel = BudgetUnit["label"];

const isRegimeOrNull = (v: unknown): v is RegimeId | null =>
  v === null || (typeof v === "string" && isRegimeId(v));

const isUnitOrNull = (v: unknown): v is BudgetUnitLabel | null =>
  v === null || BUDGET_UNITS.some((u) => u.label === v);

export interface Preferences {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => Promise<void>;
  /** null: each row's regime follows its decision date. */
  readonly regime: RegimeId | null;
  readonly setRegime: (regime: RegimeId | null) => Promise<void>;
  /** null: the unit comes from the budget column's header. */
  readonly budgetUnit: BudgetUnitLabel | null;
  readonly setBudgetUnit: (unit: BudgetUnitLabel | null) => Promise<void>;
  /** The unit itself, for `validate`. */
  readonly budgetUnitValue: BudgetUnit | null;
  readonly error: PaneError | null;
}

/** Language, regime override and budget unit, kept in the workbook. */
export function usePreferences(settings: WorkbookSettings): Preferences {
  const lang = usePersistentState<Lang>(settings, SETTING.lang, "vi", isLang);
  const regime = usePersistentState<RegimeId | null>(settings, SETTING.regime, null, isRegimeOrNull);
  const unit = usePersistentState<BudgetUnitLabel | null>(settings, SETTING.budgetUnit, null, isUnitOrNull);
  const budgetUnitValue = useMemo(
    () => BUDGET_UNITS.find((u) => u.label === unit.value) ?? null,
    [unit.value],
  );
  return {
    lang: lang.value,
    setLang: lang.set,
    regime: regime.value,
    setRegime: regime.set,
    budgetUnit: unit.value,
    setBudgetUnit: unit.set,
    budgetUnitValue,
    error: lang.error ?? regime.error ?? unit.error,
  };
}
