import type { Severity } from "../../findings/severity";
import { isUndated } from "../../records/interpret";
import type { Levels, SchoolRecord } from "../../records/record";
import { yearsBetween } from "../../schools/cycle";
import { nextLevels } from "../../schools/ladder";
import { DEFAULT_REGIME, regimeById } from "../../schools/regimes";
import type { Regime } from "../../schools/regimes";
import { endOfYear } from "../../text/dates";
import { softened } from "./place";

/**
 * What an upgrade row asks for, read once for `upgrade-not-higher` and for the plan's appendix, which
 * must not print a target the check rejects.
 */
export interface UpgradeAim {
  /** The level the upgrade starts from: the latest recognition (SPEC §7). */
  readonly from: Levels;
  /** The level the list states (target column, "Nâng lên mức độ 2"), else the next level up; null: none. */
  readonly target: Levels | null;
  readonly stated: boolean;
  /** Severity of `upgrade-not-higher` for the row; null when the target is higher or nothing compares. */
  readonly notHigher: Severity | null;
}

const hasLevel = (l: Levels): boolean => l.accreditation !== null || l.standard !== null;

/** Whether a higher level exists above `from` in the regime (out-of-range levels count as below it). */
function below(from: Levels, regime: Regime): boolean {
  return (from.accreditation ?? 0) < regime.accreditationMax || (from.standard ?? 0) < regime.standardMax;
}

/**
 * The aim of an upgrade row, from the row's own levels or, for a plan row that writes none, from
 * `from` (the school's level in another row). An undated plan list without a target column writes the
 * level to reach in its code column: there is no current level to compare.
 */
export function upgradeAim(r: SchoolRecord, from: Levels = r.levels): UpgradeAim {
  const stated = r.target !== null && hasLevel(r.target) ? r.target : null;
  const { regime } = r.regime;
  const target = stated ?? nextLevels(from, regime);
  const compares = hasLevel(from) && !(isUndated(r.table) && !r.table.columns.target);
  let notHigher: Severity | null = null;
  if (compares && stated) {
    const higher =
      (stated.accreditation ?? 0) > (from.accreditation ?? 0) ||
      (stated.standard ?? 0) > (from.standard ?? 0);
    if (!higher) notHigher = "error";
  } else if (compares && !below(from, regime)) {
    // Only the unconfirmed regime has fewer levels: what only it finds is a warning (SPEC §5).
    notHigher = !regime.confirmed && below(from, regimeById(DEFAULT_REGIME)) ? "warning" : "error";
  }
  return { from, target, stated: stated !== null, notHigher };
}

/** An upgrade sooner after the last recognition than the regime allows (`upgrade-too-early`). */
export interface UpgradeWait {
  readonly years: number;
  readonly minYears: number;
  readonly reportedMinYears: number | null;
  readonly severity: Severity;
}

/**
 * The wait between the row's last recognition and the end of its plan year, when it is too short;
 * null when it is long enough or unknown. Where a shorter wait is only reported (TT 22/2024: 1 year),
 * an upgrade between the two waits is a warning, never an error.
 */
export function upgradeWait(r: SchoolRecord): UpgradeWait | null {
  if (r.action !== "upgrade" || !r.recognised) return null;
  const regime = r.regime.regime;
  const { years, exact } = yearsBetween(r.recognised, endOfYear(r.planYear));
  if (years < 0 || years >= regime.upgradeMinYears) return null;
  const reported = regime.upgradeMinYearsReported;
  return {
    years,
    minYears: regime.upgradeMinYears,
    reportedMinYears: reported,
    severity: reported !== null && years >= reported ? "warning" : softened("error", r.regime, !exact),
  };
}
