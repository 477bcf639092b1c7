/**
 * The live check: a kept check brought up to date with rows read again after an edit. School rows
 * edited in place are patched (core/live/patch.ts): only they are interpreted again, and only the
 * rules that compare rows run over the whole table. Anything else checks the kept sheet whole, still
 * without reading it again. The summary, costly on long lists and not shown while typing, is worked
 * out when first asked for.
 */
import type { Finding } from "../core/findings/finding";
import type { Severity } from "../core/findings/severity";
import type { Grid } from "../core/grid";
import type { ReadRows } from "../core/live/patch";
import { patchCheck, patchGrid } from "../core/live/patch";
import type { RecheckPlan, SheetChange } from "../core/live/rows";
import { recheckPlan } from "../core/live/rows";
import type { Summary } from "../core/summary/summary";
import { summarize } from "../core/summary/summary";
import type { WorkbookCheck } from "./check";
import { checkGrids } from "./check";
import type { Choices, Origin } from "./choices";

export type { SheetChange, RecheckPlan } from "../core/live/rows";
export type { ReadRows } from "../core/live/patch";

/** What to read again after `change` on `sheet` of a kept check. */
export function planRecheck(check: WorkbookCheck, sheet: string, change: SheetChange): RecheckPlan {
  const grid = check.grids.find((g) => g.sheet === sheet);
  if (!grid) return { kind: "read-all" };
  return recheckPlan(
    check.tables.filter((t) => t.table.sheet === sheet).map((t) => t.table),
    grid.left,
    change,
  );
}

export interface LiveResult {
  readonly check: WorkbookCheck;
  /** The grid kept for the next edit. */
  readonly grid: Grid;
  /** True when the edit was patched row by row, false when the sheet was checked whole. */
  readonly patched: boolean;
  /** False once the sheet holds no school list any more: the live check stops. */
  readonly hasList: boolean;
}

function countOf(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * The check after rows of `sheet` were read again (`read`, from the kept grid's first column).
 * `choices` and `origin` are those the kept check was made with.
 */
export function recheckRows(
  check: WorkbookCheck,
  sheet: string,
  read: ReadRows,
  scope: "rows" | "sheet",
  choices: Choices,
  origin: Origin,
): LiveResult {
  const kept = check.grids.find((g) => g.sheet === sheet);
  if (!kept) throw new Error(`The sheet ${sheet} was not checked.`);
  const grid = patchGrid(kept, read);
  const grids = check.grids.map((g) => (g === kept ? grid : g));
  const bottom = read.top + read.cells.length - 1;
  const options = {
    planYear: check.period.planYear,
    referenceDate: check.period.referenceDate,
    regime: choices.regime ?? null,
  };
  const patched =
    scope === "rows"
      ? patchCheck(
          grid,
          read.top,
          bottom,
          check.tables,
          check.findings,
          options,
          grids.map((g) => g.sheet),
        )
      : null;
  if (!patched) {
    const whole = checkGrids(grids, choices, origin);
    return { check: whole, grid, patched: false, hasList: whole.tables.some((t) => t.table.sheet === sheet) };
  }
  let summary: Summary | null = null;
  const tables = patched.tables;
  const next: WorkbookCheck = {
    grids,
    tables,
    records: tables.flatMap((t) => t.records),
    findings: patched.findings,
    skipped: check.skipped,
    counts: countOf(patched.findings),
    period: check.period,
    facts: check.facts,
    get summary(): Summary {
      summary ??= summarize(tables, options);
      return summary;
    },
    unresolvedColumns: check.unresolvedColumns,
  };
  return { check: next, grid, patched: true, hasList: true };
}
