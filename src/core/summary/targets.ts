import type { Action } from "../schools/actions";
import { ACTIONS } from "../schools/actions";
import type { SchoolTypeId } from "../schools/types";
import { SCHOOL_TYPES } from "../schools/types";
import type { School } from "./schools";

export type ActionCounts = Readonly<Record<Action, number>>;

export interface TypeTargets extends ActionCounts {
  readonly type: SchoolTypeId | null;
  readonly schools: Readonly<Record<Action, readonly string[]>>;
  /** Schools with any action: fewer than the actions' sum when a school is proposed for two. */
  readonly planned: number;
}

export interface Targets {
  readonly total: ActionCounts;
  readonly byType: readonly TypeTargets[];
  /** Schools with any action in the plan year. */
  readonly planned: number;
  /** Of them, those proposed for more than one action (a renewal of cấp độ and a first CQG). */
  readonly multiple: number;
}

/** What the plan year sets out to do, by school level: counts of schools and their names. */
export function targetsOf(schools: readonly School[], planYear: number): Targets {
  const byType = new Map<SchoolTypeId | null, Record<Action, string[]>>();
  const plannedOfType = new Map<SchoolTypeId | null, number>();
  let multiple = 0;
  for (const school of schools) {
    const actions = new Set(school.actions.filter((a) => a.planYear === planYear).map((a) => a.action));
    if (actions.size === 0) continue;
    if (actions.size > 1) multiple += 1;
    const names = byType.get(school.type) ?? { new: [], renewal: [], upgrade: [] };
    for (const action of actions) names[action].push(school.name);
    byType.set(school.type, names);
    plannedOfType.set(school.type, (plannedOfType.get(school.type) ?? 0) + 1);
  }
  const order = [...SCHOOL_TYPES.map((t) => t.id), null];
  const rows: TypeTargets[] = order
    .filter((id) => byType.has(id))
    .map((id) => {
      const names = byType.get(id) as Record<Action, string[]>;
      return {
        type: id,
        new: names.new.length,
        renewal: names.renewal.length,
        upgrade: names.upgrade.length,
        schools: names,
        planned: plannedOfType.get(id) ?? 0,
      };
    });
  const total = { new: 0, renewal: 0, upgrade: 0 };
  let planned = 0;
  for (const r of rows) {
    for (const a of ACTIONS) total[a] += r[a];
    planned += r.planned;
  }
  return { total, byType: rows, planned, multiple };
}
