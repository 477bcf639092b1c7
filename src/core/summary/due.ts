import { dossierDeadline } from "../schools/cycle";
import type { DateValue } from "../text/dates";
import { compareDays } from "../text/dates";
import { isRecognised } from "../records/recognised";
import type { School } from "./schools";

export interface DueItem {
  readonly name: string;
  readonly commune: string | null;
  readonly expiry: DateValue;
  readonly dossierDeadline: DateValue;
  /** Whether the list plans the renewal (or an upgrade) by the expiry year. */
  readonly planned: boolean;
}

/** Recognitions expiring within the plan year and the next, soonest first (SPEC §9). */
export function dueList(schools: readonly School[], planYear: number): DueItem[] {
  const items: DueItem[] = [];
  for (const school of schools) {
    const r = school.current;
    const expiry = r.expiry;
    if (!expiry || !isRecognised(r)) continue;
    if (expiry.date.y !== planYear && expiry.date.y !== planYear + 1) continue;
    const planned = school.actions.some(
      (a) => (a.action === "renewal" || a.action === "upgrade") && a.planYear <= expiry.date.y,
    );
    items.push({
      name: school.name,
      commune: school.commune,
      expiry,
      dossierDeadline: dossierDeadline(expiry, r.regime.regime),
      planned,
    });
  }
  return items.sort(
    (a, b) => compareDays(a.expiry.date, b.expiry.date) || a.name.localeCompare(b.name, "vi"),
  );
}
