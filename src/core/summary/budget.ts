import type { SchoolRecord } from "../records/record";
import type { Action } from "../schools/actions";
import { ACTIONS } from "../schools/actions";
import type { SchoolTypeId } from "../schools/types";
import { SCHOOL_TYPES } from "../schools/types";
import { fold } from "../text/normalize";
import type { School } from "./schools";

export interface ActionBudget {
  /** Schools with a budget figure for this action. */
  readonly schools: number;
  readonly amount: number;
}

export interface Budget {
  readonly unit: "triệu đồng";
  readonly total: number;
  readonly byAction: Readonly<Record<Action, ActionBudget>>;
  readonly byType: readonly { readonly type: SchoolTypeId | null; readonly amount: number }[];
  /** `source` is null for rows that name no funding source. */
  readonly bySource: readonly { readonly source: string | null; readonly amount: number }[];
  /** Schools planned for the year without a budget figure: already funded, as plans put it. */
  readonly unfunded: readonly string[];
}

/** Rounds away float noise from sums of figures written with at most a few decimals. */
const tidy = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Budget need of the plan year (SPEC §9). In a list with planned actions only the rows planned for the
 * year count; a list without an action column is all budget lines.
 */
export function budgetOf(schools: readonly School[], planYear: number): Budget {
  const byAction: Record<Action, { schools: Set<string>; amount: number }> = {
    new: { schools: new Set(), amount: 0 },
    renewal: { schools: new Set(), amount: 0 },
    upgrade: { schools: new Set(), amount: 0 },
  };
  const byType = new Map<SchoolTypeId | null, number>();
  const bySource = new Map<string, { source: string | null; amount: number }>();
  const unfunded: string[] = [];
  let total = 0;
  const add = (school: School, r: SchoolRecord, amount: number): void => {
    total += amount;
    byType.set(school.type, (byType.get(school.type) ?? 0) + amount);
    const key = r.fundingSource ? fold(r.fundingSource) : "";
    const s = bySource.get(key) ?? { source: r.fundingSource, amount: 0 };
    s.amount += amount;
    bySource.set(key, s);
  };
  for (const school of schools) {
    const planned = school.records.filter((r) => r.action !== null && r.planYear === planYear);
    const hasActions = school.records.some((r) => r.table.columns.action);
    const lines = hasActions ? planned : school.records;
    let funded = false;
    for (const r of lines) {
      if (r.budget === null) continue;
      funded = true;
      add(school, r, r.budget);
      if (r.action) {
        byAction[r.action].amount += r.budget;
        byAction[r.action].schools.add(school.key);
      }
    }
    if (planned.length > 0 && !funded) unfunded.push(school.name);
  }
  const typeOrder = [...SCHOOL_TYPES.map((t) => t.id), null];
  const actions = {} as Record<Action, ActionBudget>;
  for (const a of ACTIONS)
    actions[a] = { schools: byAction[a].schools.size, amount: tidy(byAction[a].amount) };
  return {
    unit: "triệu đồng",
    total: tidy(total),
    byAction: actions,
    byType: typeOrder
      .filter((t) => byType.has(t))
      .map((t) => ({ type: t, amount: tidy(byType.get(t) ?? 0) })),
    bySource: [...bySource.values()].map((s) => ({ source: s.source, amount: tidy(s.amount) })),
    unfunded,
  };
}
