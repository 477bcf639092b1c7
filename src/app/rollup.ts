/**
 * The province roll-up every front end runs: many checked lists (files, or the sheets of one
 * workbook) in; each list as a unit named by its title, and the combined figures, out.
 */
import type { Grid } from "../core/grid";
import type { Rollup, RollupSource, RollupUnit } from "../core/summary/rollup";
import { rollUp } from "../core/summary/rollup";
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
  /** The period every unit is summed over: the user's, else the first list's. */
  readonly period: Period;
}

/** Sums checked lists, each as its own unit, over the first list's period (the user's when chosen). */
export function rollUpChecks(entries: readonly RollupEntry[], choices: Choices, today: Date): RollupResult {
  const first = entries.find((e): e is { source: string; check: WorkbookCheck } => "check" in e);
  const period: Period = first?.check.period ?? {
    planYear: choices.planYear ?? today.getFullYear(),
    planYearSource: choices.planYear != null ? { kind: "user" } : { kind: "today" },
    referenceDate: choices.referenceDate ?? { y: choices.planYear ?? today.getFullYear(), m: 12, d: 31 },
    referenceSource: choices.referenceDate ? { kind: "user" } : { kind: "endOfYear" },
  };
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
        }
      : { source: e.source, title: null, tables: null },
  );
  const rollup = rollUp(sources, {
    planYear: period.planYear,
    referenceDate: period.referenceDate,
    regime: choices.regime ?? null,
  });
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
