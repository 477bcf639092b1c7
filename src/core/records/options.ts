import type { RegimeId } from "../schools/regimes";
import type { DayDate } from "../text/dates";
import { endOfYear } from "../text/dates";

/** What the user decides for a check: the plan year, the reference date and, if known, the regime. */
export interface CheckOptions {
  readonly planYear: number;
  /** Defaults to 31/12 of the plan year (SPEC §6). */
  readonly referenceDate?: DayDate;
  /** Forces one regime for every row when the user knows better than the dates. */
  readonly regime?: RegimeId | null;
}

export function referenceDateOf(options: CheckOptions): DayDate {
  return options.referenceDate ?? endOfYear(options.planYear);
}
