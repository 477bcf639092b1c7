import { useMemo } from "react";
import type { BudgetUnitLabel } from "../../app/settings";
import {
  budgetUnitOf,
  isBoolean,
  isBudgetUnitOrNull,
  isLang,
  isRegimeOrNull,
  SETTING,
} from "../../app/settings";
import type { RegimeId } from "../../core/schools/regimes";
import type { BudgetUnit } from "../../core/table/model";
import type { Lang } from "../../core/text/format";
import type { WorkbookSettings } from "../../hosts/host";
import type { PaneError } from "../lib/errors";
import { usePersistentState } from "./usePersistentState";

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
  /** Edits of the checked sheet are checked as they happen (Excel); on until the user turns it off. */
  readonly live: boolean;
  readonly setLive: (on: boolean) => Promise<void>;
  readonly error: PaneError | null;
}

/** Language, regime override, budget unit and the live check, kept in the workbook. */
export function usePreferences(settings: WorkbookSettings): Preferences {
  const lang = usePersistentState<Lang>(settings, SETTING.lang, "vi", isLang);
  const regime = usePersistentState<RegimeId | null>(settings, SETTING.regime, null, isRegimeOrNull);
  const unit = usePersistentState<BudgetUnitLabel | null>(
    settings,
    SETTING.budgetUnit,
    null,
    isBudgetUnitOrNull,
  );
  const live = usePersistentState<boolean>(settings, SETTING.live, true, isBoolean);
  const budgetUnitValue = useMemo(() => budgetUnitOf(unit.value), [unit.value]);
  return {
    lang: lang.value,
    setLang: lang.set,
    regime: regime.value,
    setRegime: regime.set,
    budgetUnit: unit.value,
    setBudgetUnit: unit.set,
    budgetUnitValue,
    live: live.value,
    setLive: live.set,
    error: lang.error ?? regime.error ?? unit.error ?? live.error,
  };
}
