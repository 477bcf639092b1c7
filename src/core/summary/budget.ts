import { budgetCellsOf } from "../records/budget";
import type { SchoolRecord } from "../records/record";
import type { Action } from "../schools/actions";
import { ACTIONS } from "../schools/actions";
import type { SchoolTypeId } from "../schools/types";
import { SCHOOL_TYPES } from "../schools/types";
import { fold } from "../text/normalize";
import type { ExcludedCell } from "./excluded";
import { excludedOf } from "./excluded";
import type { School } from "./schools";
import { sourceName } from "../table/budget-split";
import { unreadPlanYear } from "./schools";
import { unitOf } from "./schools";

export interface ActionBudget {
  /** Schools with a budget figure for this action. */
  readonly schools: number;
  readonly amount: number;
}

export interface Budget {
  readonly unit: "triệu đồng";
  readonly total: number;
  readonly byAction: Readonly<Record<Action, ActionBudget>>;
  /**
   * Budgets on rows that plan no action, counted in the total because their list writes no actions
   * (a status sheet beside a plan sheet): shown on a line of their own, so the lines add up.
   */
  readonly unassigned: ActionBudget;
  readonly byType: readonly { readonly type: SchoolTypeId | null; readonly amount: number }[];
  /** `source` is null for rows that name no funding source. */
  readonly bySource: readonly { readonly source: string | null; readonly amount: number }[];
  /**
   * Schools planned for the year whose budget cell is empty or 0: already funded, as plans put it. Of a
   * budget split by funding source, only a row whose cells are all empty or 0, one of them 0.
   */
  readonly unfunded: readonly string[];
  /**
   * Planned schools of a budget split by funding source whose budget cells are all empty: the list
   * says nothing of their money, so they are neither funded nor in the total (SPEC §9). Present only
   * when there are such schools.
   */
  readonly unwritten?: readonly string[];
  /** Budget cells left out of every total, and why (SPEC §9). */
  readonly excluded: readonly ExcludedCell[];
  /**
   * Lists of a roll-up with no budget column: nothing is known of their money, so their planned
   * schools are neither in the total nor "already funded" (SPEC §9).
   */
  readonly unitsWithoutColumn: readonly string[];
  /** Planned schools of a table with no budget column, outside those lists: no figure, never funded. */
  readonly withoutColumn: readonly string[];
}

/** Whether a row writes anything in its budget cells (a 0 included). */
function writesBudget(r: SchoolRecord): boolean {
  return r.budgetSplit ? !r.budgetSplit.blank : r.budget !== null || r.budgetIssue !== null;
}

/** Rounds away float noise from sums of figures written with at most a few decimals. */
const tidy = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Budget need of the plan year (SPEC §9), or null when the list has no budget column: then nothing is
 * said about money, least of all that the schools are funded. In a list with planned actions only the
 * rows planned for the year count; a list without actions is all budget lines.
 */
export function budgetOf(schools: readonly School[], planYear: number): Budget | null {
  if (!schools.some((s) => s.records.some((r) => r.table.columns.budget !== undefined))) return null;
  const byAction: Record<Action, { schools: Set<string>; amount: number }> = {
    new: { schools: new Set(), amount: 0 },
    renewal: { schools: new Set(), amount: 0 },
    upgrade: { schools: new Set(), amount: 0 },
  };
  const byType = new Map<SchoolTypeId | null, number>();
  const bySource = new Map<string, { source: string | null; amount: number }>();
  const unassigned = { schools: new Set<string>(), amount: 0 };
  const unfunded: string[] = [];
  const unwritten: string[] = [];
  const withoutColumn: string[] = [];
  const excluded: ExcludedCell[] = [];
  // Whether each unit's list has a budget column, in the order the units come.
  const unitColumn = new Map<string, boolean>();
  for (const school of schools)
    for (const r of school.records) {
      const unit = unitOf(school, r);
      if (unit !== null)
        unitColumn.set(unit, (unitColumn.get(unit) ?? false) || r.table.columns.budget !== undefined);
    }
  const unitsWithoutColumn = [...unitColumn].filter(([, has]) => !has).map(([unit]) => unit);
  const noMoney = new Set(unitsWithoutColumn);
  let total = 0;
  const add = (school: School, written: string | null, amount: number): void => {
    total += amount;
    byType.set(school.type, (byType.get(school.type) ?? 0) + amount);
    const source = written ? sourceName(written) : null;
    const key = source ? fold(source) : "";
    const s = bySource.get(key) ?? { source, amount: 0 };
    s.amount += amount;
    bySource.set(key, s);
  };
  for (const school of schools) {
    const planned = school.records.filter(
      (r) => r.action !== null && r.planYear === planYear && !unreadPlanYear(r),
    );
    const hasActions = school.records.some((r) => r.action !== null || r.table.columns.action);
    // Money asked on a row that plans nothing is no plan of another year: it stays in the total,
    // on a line of its own, rather than vanish.
    const lines = hasActions
      ? school.records.filter(
          (r) =>
            (r.action !== null && r.planYear === planYear && !unreadPlanYear(r)) ||
            (r.action === null && writesBudget(r)),
        )
      : school.records;
    let written = false;
    // Of a budget split by source: a row whose cells say 0 asks for nothing; one left all empty says
    // nothing (a blank there is the usual "nothing from this source", not "no money needed").
    let asksNothing = false;
    let silent = false;
    // A row repeating the school's action and year is a duplicate (duplicate-school): its budget is
    // the first row's written again, never added to it.
    const seen = new Set<string>();
    for (const r of lines) {
      const key = `${r.action ?? ""}|${r.action ? r.planYear : ""}`;
      const repeated = seen.has(key);
      seen.add(key);
      // The cell is named by the list it is in: a school two units list is counted in one of them.
      const unit = unitOf(school, r);
      const where = { name: school.name, unit };
      if (repeated && r.budgetSplit && writesBudget(r)) {
        for (const c of budgetCellsOf(r)) {
          if (c.read.kind === "empty") continue;
          const cell = c.cell.source;
          const dup = excludedOf({ sheet: cell.sheet, cell: cell.address, reason: "duplicate" }, where);
          excluded.push(
            unit !== school.unit && school.unit !== null ? { ...dup, countedIn: school.unit } : dup,
          );
        }
        continue;
      }
      if (repeated && (r.budget !== null || r.budgetIssue !== null)) {
        const cell = r.cells.budget?.source;
        if (cell) {
          const dup = excludedOf({ sheet: cell.sheet, cell: cell.address, reason: "duplicate" }, where);
          excluded.push(
            unit !== school.unit && school.unit !== null ? { ...dup, countedIn: school.unit } : dup,
          );
        }
        continue;
      }
      const split = r.budgetSplit;
      if (split) {
        // Each source cell counts for its source; a cell we cannot stand behind is named instead.
        for (const c of split.leftOut) {
          written = true;
          const cell = c.cell.source;
          excluded.push(excludedOf({ sheet: cell.sheet, cell: cell.address, reason: c.reason }, where));
        }
        let amount = 0;
        for (const share of split.shares) {
          if (share.amount === 0) continue;
          add(school, share.source, share.amount);
          amount += share.amount;
        }
        if (amount > 0) {
          written = true;
          const line = r.action ? byAction[r.action] : unassigned;
          line.amount += amount;
          line.schools.add(school.key);
        }
        if (split.asksNothing) asksNothing = true;
        else if (split.blank) silent = true;
        continue;
      }
      if (r.budgetIssue !== null) {
        written = true;
        const cell = r.cells.budget?.source;
        if (cell)
          excluded.push(excludedOf({ sheet: cell.sheet, cell: cell.address, reason: r.budgetIssue }, where));
        continue;
      }
      // A 0 asks for no money, as an empty cell does: the school is among those already funded.
      if (r.budget === null || r.budget === 0) {
        asksNothing = true;
        continue;
      }
      written = true;
      add(school, r.fundingSource, r.budget);
      const line = r.action ? byAction[r.action] : unassigned;
      line.amount += r.budget;
      line.schools.add(school.key);
    }
    // A list with no budget column says nothing of money: its schools are not "already funded".
    const column = school.records.some((r) => r.table.columns.budget !== undefined);
    if (planned.length > 0 && !written) {
      if (column) (asksNothing || !silent ? unfunded : unwritten).push(school.name);
      else if (school.unit === null || !noMoney.has(school.unit)) withoutColumn.push(school.name);
    }
  }
  const typeOrder = [...SCHOOL_TYPES.map((t) => t.id), null];
  const actions = {} as Record<Action, ActionBudget>;
  for (const a of ACTIONS)
    actions[a] = { schools: byAction[a].schools.size, amount: tidy(byAction[a].amount) };
  return {
    unit: "triệu đồng",
    total: tidy(total),
    byAction: actions,
    unassigned: { schools: unassigned.schools.size, amount: tidy(unassigned.amount) },
    byType: typeOrder
      .filter((t) => byType.has(t))
      .map((t) => ({ type: t, amount: tidy(byType.get(t) ?? 0) })),
    bySource: [...bySource.values()].map((s) => ({ source: s.source, amount: tidy(s.amount) })),
    unfunded,
    ...(unwritten.length > 0 ? { unwritten } : {}),
    excluded,
    unitsWithoutColumn,
    withoutColumn,
  };
}
