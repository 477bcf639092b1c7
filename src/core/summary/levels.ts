import { isUndated } from "../records/interpret";
import type { DateField, Levels, Read, SchoolRecord } from "../records/record";
import type { ExcludedCell } from "./excluded";
import { isExpiredOn } from "../schools/cycle";
import type { DateParse, DayDate } from "../text/dates";
import type { PlannedAction, School } from "./schools";

const NONE: Levels = { accreditation: null, standard: null };

const CODE_FIELDS = ["combinedCode", "accreditation", "standard"] as const;

/**
 * The cell of a record whose recognition cannot be stood behind, so the school is left out of
 * coverage and the outputs name the cell: a level that cannot be read (an Excel error, unreadable
 * text, a level outside 1..4 / 1..2), or a readable level whose term cannot be read because the date
 * it rests on is not a date (31/02/2023, an Excel error).
 */
export function unreadableRecognition(r: SchoolRecord): ExcludedCell | null {
  return unreadableLevel(r) ?? unreadableTerm(r);
}

function unreadableLevel(r: SchoolRecord): ExcludedCell | null {
  for (const f of CODE_FIELDS) {
    const code = r.codes[f];
    if (!code) continue;
    const bad =
      code.kind === "error" ||
      code.kind === "invalid" ||
      (code.kind === "ok" &&
        ((code.standard !== null && validStandard(code.standard) === null) ||
          (code.accreditation !== null && validAccreditation(code.accreditation) === null)));
    if (!bad) continue;
    const source = r.cells[f]?.source;
    if (source) return { sheet: source.sheet, cell: source.address, reason: "code" };
  }
  return null;
}

const unreadable = (d: Read<DateParse> | undefined): boolean =>
  d !== undefined && (d.kind === "error" || d.kind === "invalid");

/**
 * The date cell that leaves a readable level without a term. The expiry comes from the expiry column,
 * else five years from the decision date (SPEC §6); when neither reads, the term is unknown. A decision
 * date that does not read is never replaced by the previous recognition's date, which would end the
 * term years early.
 */
function unreadableTerm(r: SchoolRecord): ExcludedCell | null {
  if (r.levels.accreditation === null && r.levels.standard === null) return null;
  const { expiry, decisionDate, previousDate } = r.dates;
  if (expiry?.kind === "ok" || decisionDate?.kind === "ok") return null;
  const field: DateField | null = unreadable(decisionDate)
    ? "decisionDate"
    : previousDate?.kind === "ok"
      ? null
      : unreadable(expiry)
        ? "expiry"
        : unreadable(previousDate)
          ? "previousDate"
          : null;
  const source = field === null ? undefined : r.cells[field]?.source;
  return source ? { sheet: source.sheet, cell: source.address, reason: "date" } : null;
}

const validStandard = (n: number | null): 1 | 2 | null => (n === 1 || n === 2 ? n : null);
const validAccreditation = (n: number | null): number | null => (n !== null && n >= 1 && n <= 4 ? n : null);

/**
 * The levels in force for the school on `day`. In an undated plan list the code is the level still to
 * be recognised, so a "new" row holds nothing yet, and an upgrade row holds the level below.
 */
export function levelsOn(school: School, day: DayDate): Levels {
  const r = school.current;
  const undated = isUndated(r.table) && !r.table.columns.target;
  if (undated && r.action === "new") return NONE;
  // Upgrading to mức độ 2 means holding mức độ 1 now; the current cấp độ is not written anywhere.
  const levels =
    undated && r.action === "upgrade"
      ? { accreditation: null, standard: r.levels.standard === 2 ? 1 : r.levels.standard }
      : r.levels;
  if (r.expiry && isExpiredOn(r.expiry, day)) return NONE;
  return {
    accreditation: validAccreditation(levels.accreditation),
    standard: validStandard(levels.standard),
  };
}

/** The level a planned action aims at, when the list lets us know; else a CQG at the next level. */
function targetOf(planned: PlannedAction, current: Levels): Levels {
  const r = planned.record;
  if (r.target && (r.target.accreditation !== null || r.target.standard !== null)) return r.target;
  // An undated list writes the level to be recognised in its code column.
  if (isUndated(r.table) && (r.levels.accreditation !== null || r.levels.standard !== null)) return r.levels;
  switch (planned.action) {
    case "renewal":
      return current.standard !== null
        ? current
        : { accreditation: r.levels.accreditation, standard: r.levels.standard ?? 1 };
    case "upgrade": {
      // From the level last recognised, even when its term has run out (SPEC §7: for an upgrade the
      // latest recognition is the previous one): an expired CĐ2-MĐ1 asking to move up aims at MĐ2.
      const from =
        current.standard !== null
          ? current
          : {
              accreditation: validAccreditation(r.levels.accreditation),
              standard: validStandard(r.levels.standard),
            };
      return { accreditation: from.accreditation, standard: Math.min(2, (from.standard ?? 0) + 1) };
    }
    case "new":
      return { accreditation: r.levels.accreditation, standard: 1 };
  }
}

/** Levels at the end of the plan year if every action planned for that year succeeds (SPEC §9). */
export function projectedLevels(school: School, planYear: number, endOfPlanYear: DayDate): Levels {
  const planned = school.actions.filter((a) => a.planYear === planYear);
  const now = levelsOn(school, endOfPlanYear);
  if (planned.length === 0) return now;
  // Later-stage actions win: an upgrade after a renewal in the same year ends at the upgraded level.
  const order = { new: 0, renewal: 1, upgrade: 2 } as const;
  const last = [...planned].sort((a, b) => order[a.action] - order[b.action])[
    planned.length - 1
  ] as PlannedAction;
  const before = levelsOn(school, { y: planYear - 1, m: 12, d: 31 });
  const target = targetOf(last, before);
  return {
    accreditation: validAccreditation(target.accreditation),
    standard: validStandard(target.standard),
  };
}
