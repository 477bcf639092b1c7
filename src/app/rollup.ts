/**
 * The province roll-up every front end runs: many checked lists (files, or the sheets of one
 * workbook) in; each list as a unit named by its title, and the combined figures, out.
 */
import type { Grid } from "../core/grid";
import type { Rollup, RollupSource, RollupUnit } from "../core/summary/rollup";
import { rollUp, rollupYear } from "../core/summary/rollup";
import { unitTitle } from "../core/summary/unit-name";
import { titleLines } from "../core/table/period";
import type { Localized } from "../core/text/localized";
import type { Period, WorkbookCheck } from "./check";
import { checkGrids } from "./check";
import type { Choices, Origin } from "./choices";

export type { Rollup, RollupUnit, UnitRate } from "../core/summary/rollup";
export { unitsByRate } from "../core/summary/rollup";
export { unitGapReason, unitsLeftOutNote } from "../core/summary/notes";

/** One list of a roll-up: checked, or a file that could not be read and why. */
export type RollupEntry =
  | { readonly source: string; readonly check: WorkbookCheck }
  | { readonly source: string; readonly failure: Localized };

export interface RollupUnitResult {
  readonly unit: RollupUnit;
  /** null when the file could not be read. */
  readonly check: WorkbookCheck | null;
  readonly failure: Localized | null;
}

export interface RollupResult {
  readonly rollup: Rollup;
  /** Beside each unit, its check (findings, grids) or why it could not be read; in the order given. */
  readonly units: readonly RollupUnitResult[];
  /**
   * The period of the combined figures: the user's plan year, else the year the lists state (the one
   * most state, the later on a tie), whatever the order of the files; each unit keeps its own.
   */
  readonly period: Period;
}

type Checked = { readonly source: string; readonly check: WorkbookCheck };

/** Whether the list itself gives its plan year, rather than the user or the current year. */
const stated = (p: Period): boolean => p.planYearSource.kind !== "user" && p.planYearSource.kind !== "today";

/**
 * Sums checked lists, each as its own unit read for its own plan year, over the roll-up's period. A
 * list that states no plan year is read again for the roll-up's, as if the user had chosen it: it is
 * no list of another year.
 */
export function rollUpChecks(given: readonly RollupEntry[], choices: Choices, today: Date): RollupResult {
  const choice = {
    planYear: choices.planYear ?? null,
    referenceDate: choices.referenceDate ?? null,
    regime: choices.regime ?? null,
    thisYear: today.getFullYear(),
  };
  const listed = given.filter((e): e is Checked => "check" in e && e.check.records.length > 0);
  const chosen = rollupYear(
    listed.map((e) => ({ ...e.check.period, stated: stated(e.check.period) })),
    choice,
  ).planYear;
  const entries = given.map((e): RollupEntry =>
    "check" in e && !stated(e.check.period) && e.check.period.planYear !== chosen
      ? { source: e.source, check: checkGrids(e.check.grids, { ...choices, planYear: chosen }, { today }) }
      : e,
  );
  const sources: RollupSource[] = entries.map((e) =>
    "check" in e
      ? {
          source: e.source,
          title: unitTitle(
            titleLines(
              e.check.grids,
              e.check.tables.map((t) => t.table),
            ),
          ),
          tables: e.check.tables,
          period: {
            planYear: e.check.period.planYear,
            referenceDate: e.check.period.referenceDate,
            stated: stated(e.check.period),
          },
        }
      : { source: e.source, title: null, tables: null },
  );
  const rollup = rollUp(sources, choice);
  const { planYear, referenceDate } = rollup.combined;
  const checks = entries.filter((e): e is Checked => "check" in e).map((e) => e.check.period);
  // Where the year and the date came from, as a list of that year says it (for the user to see).
  const year = checks.find((p) => p.planYear === planYear && stated(p));
  const day = checks.find(
    (p) =>
      p.planYear === planYear &&
      p.referenceDate.y === referenceDate.y &&
      p.referenceDate.m === referenceDate.m &&
      p.referenceDate.d === referenceDate.d,
  );
  const period: Period = {
    planYear,
    planYearSource: choices.planYear != null ? { kind: "user" } : (year?.planYearSource ?? { kind: "today" }),
    referenceDate,
    referenceSource: choices.referenceDate
      ? { kind: "user" }
      : (day?.referenceSource ?? { kind: "endOfYear" }),
  };
  // Units are the distinct sources, in the order first given.
  const units = rollup.units.map((unit) => {
    const e =
      entries.find((x) => x.source === unit.source && "check" in x) ??
      entries.find((x) => x.source === unit.source);
    return {
      unit,
      check: e && "check" in e ? e.check : null,
      failure: e && "failure" in e ? e.failure : null,
    };
  });
  return { rollup, units, period };
}

/**
 * Each sheet of one workbook as a list of its own (a Sở's workbook with a sheet per commune); sheets
 * that hold no list of schools (a cover page, notes) are not units.
 */
export function checkSheetsAsUnits(grids: readonly Grid[], choices: Choices, origin: Origin): RollupEntry[] {
  const entries: RollupEntry[] = [];
  for (const grid of grids) {
    const check = checkGrids([grid], { ...choices, sheet: null }, origin);
    if (check.records.length > 0) entries.push({ source: grid.sheet, check });
  }
  return entries;
}
