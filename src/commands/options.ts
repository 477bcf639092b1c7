import type { RegimeId } from "../core/schools/regimes";
import type { ValidateOptions } from "../core/validate";
import { isRegimeId } from "../core/schools/regimes";
import { BUDGET_UNITS } from "../core/table/headers";
import type { Field } from "../core/table/fields";
import type { Lang } from "../core/text/format";
import type { WorkbookSettings } from "../hosts/host";
import { mappingKey, SETTING } from "../taskpane/lib/settings-keys";

/** What the user chose in the pane and the workbook remembers, read for a check without the pane. */
export interface SavedChoices {
  readonly lang: Lang;
  readonly options: ValidateOptions;
}

function isMapping(value: unknown): value is Partial<Record<Field, number>> {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((v) => typeof v === "number" && Number.isInteger(v) && v >= 1)
  );
}

export function savedChoices(settings: WorkbookSettings, sheet: string, today: Date): SavedChoices {
  const lang = settings.get<unknown>(SETTING.lang) === "en" ? "en" : "vi";
  const year = settings.get<unknown>(SETTING.planYear);
  const regime = settings.get<unknown>(SETTING.regime);
  const unitLabel = settings.get<unknown>(SETTING.budgetUnit);
  const unit = BUDGET_UNITS.find((u) => u.label === unitLabel);
  const mapping = settings.get<unknown>(mappingKey(sheet));
  return {
    lang,
    options: {
      planYear: typeof year === "number" && Number.isInteger(year) ? year : today.getFullYear(),
      regime: typeof regime === "string" && isRegimeId(regime) ? (regime as RegimeId) : null,
      ...(unit ? { budgetUnit: unit } : {}),
      ...(isMapping(mapping) ? { mappings: { [sheet]: mapping } } : {}),
    },
  };
}
