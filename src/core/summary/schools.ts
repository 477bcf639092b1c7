import { currentOf } from "../records/current";
import type { SchoolRecord } from "../records/record";
import type { Action } from "../schools/actions";
import type { SchoolTypeId } from "../schools/types";

/** A planned action of a school, as one row of the list states it. */
export interface PlannedAction {
  readonly action: Action;
  readonly planYear: number;
  readonly record: SchoolRecord;
}

/**
 * One distinct school (SPEC §9): the rows sharing a normalised name and commune. A plan list may give
 * a school one row per action; counts are over schools, never rows.
 */
export interface School {
  readonly key: string;
  readonly name: string;
  readonly province: string | null;
  readonly district: string | null;
  readonly commune: string | null;
  /**
   * The file (or sheet) the school was read from, when several lists are summed. A roll-up counts a
   * school once when two units list it (same name, same commune): `unit` is where it is counted.
   */
  readonly unit: string | null;
  /** The other units that list the same school in a roll-up, with their rows (also in `records`). */
  readonly alsoIn?: readonly { readonly unit: string; readonly records: readonly SchoolRecord[] }[];
  readonly type: SchoolTypeId | null;
  /** The row that describes the recognition in force: the most recent one with a level. */
  readonly current: SchoolRecord;
  readonly records: readonly SchoolRecord[];
  readonly actions: readonly PlannedAction[];
}

/** "[DS!B12]": a school whose name cell is empty is shown by that cell, in any language. */
function unnamed(r: SchoolRecord): string {
  return `[${r.sheet}!${r.cells.name?.source.address ?? r.row}]`;
}

/**
 * A row whose own plan-year cell holds text that reads as no year ("2029, 2030", "dự kiến 2029") or
 * an Excel error: its action is of no year we can stand behind, so it is in no year's targets or
 * budget (date-invalid reports the cell; the summaries name the school).
 */
export function unreadPlanYear(r: SchoolRecord): boolean {
  const cell = r.planYearCell;
  return cell !== null && (cell.kind === "invalid" || cell.kind === "error");
}

/** The unit a row of the school comes from: another unit's, when a roll-up counts the school once. */
export function unitOf(school: School, record: SchoolRecord): string | null {
  return school.alsoIn?.find((a) => a.records.includes(record))?.unit ?? school.unit;
}

/** Groups school rows into distinct schools, in the order they first appear. */
export function distinctSchools(records: readonly SchoolRecord[], unit: string | null = null): School[] {
  const groups = new Map<string, SchoolRecord[]>();
  for (const r of records) {
    const list = groups.get(r.key);
    if (list) list.push(r);
    else groups.set(r.key, [r]);
  }
  const schools: School[] = [];
  for (const [key, rows] of groups) {
    const first = rows[0] as SchoolRecord;
    const current = currentOf(rows);
    const actions: PlannedAction[] = [];
    for (const r of rows)
      if (r.action && !unreadPlanYear(r)) actions.push({ action: r.action, planYear: r.planYear, record: r });
    schools.push({
      key,
      // A row without a name is still a school (validation reports the missing name): it is named by its row.
      name: first.name ?? unnamed(first),
      province: rows.find((r) => r.province !== null)?.province ?? null,
      district: rows.find((r) => r.district !== null)?.district ?? null,
      commune: rows.find((r) => r.commune !== null)?.commune ?? null,
      unit,
      type: rows.find((r) => r.type !== null)?.type ?? null,
      current,
      records: rows,
      actions,
    });
  }
  return schools;
}
