import { isUndated } from "../records/interpret";
import type { CodeField, DateField, Levels, Read, SchoolRecord } from "../records/record";
import type { ExcludedCell, RecognitionGap } from "./excluded";
import { isExpiredOn } from "../schools/cycle";
import { dateProblem } from "../records/date-bounds";
import { contradictedExpiry } from "../records/term";
import type { DateParse, DateValue, DayDate } from "../text/dates";
import { compareDays, lastDayOf } from "../text/dates";
import type { PlannedAction, School } from "./schools";

const NONE: Levels = { accreditation: null, standard: null };

/**
 * The cell of a record whose national-standard recognition cannot be stood behind, so the school is
 * left out of the rates and the outputs name the cell: a CQG level that cannot be read (an Excel
 * error, unreadable text, a level outside 1..2, a combined code that does not read), or a readable
 * level whose term rests on a date the check marks as wrong (31/02/2023, an Excel error, a
 * recognition in the future). A wrong cấp độ beside a readable mức độ leaves the rate alone: it
 * only makes the school's KĐCLGD result unknown (`unreadableAccreditation`).
 */
export function unreadableRecognition(r: SchoolRecord, planYear: number, day: DayDate): ExcludedCell | null {
  return (
    unreadableCode(
      r,
      ["combinedCode", "standard"],
      (c) => c.standard !== null && !validStandard(c.standard),
    ) ?? (validStandard(r.levels.standard) !== null ? unreadableTerm(r, planYear, day) : null)
  );
}

/**
 * The cell that makes a counted school's KĐCLGD result unknown: a cấp độ that cannot be read (an
 * Excel error, unreadable text, a level outside 1..4), or a readable one whose term cannot.
 */
export function unreadableAccreditation(
  r: SchoolRecord,
  planYear: number,
  day: DayDate,
): ExcludedCell | null {
  return (
    unreadableCode(
      r,
      ["combinedCode", "accreditation"],
      (c) => c.accreditation !== null && validAccreditation(c.accreditation) === null,
    ) ?? (validAccreditation(r.levels.accreditation) !== null ? unreadableTerm(r, planYear, day) : null)
  );
}

/** The first of `fields` holding an error, text that does not read, or a level `outOfRange` rejects. */
function unreadableCode(
  r: SchoolRecord,
  fields: readonly CodeField[],
  outOfRange: (code: { standard: number | null; accreditation: number | null }) => boolean,
): ExcludedCell | null {
  for (const f of fields) {
    const code = r.codes[f];
    if (!code) continue;
    if (code.kind === "error" || code.kind === "invalid" || (code.kind === "ok" && outOfRange(code)))
      return cellOf(r, f, "code");
  }
  return null;
}

function cellOf(r: SchoolRecord, field: CodeField | DateField, reason: RecognitionGap): ExcludedCell | null {
  const source = r.cells[field]?.source;
  return source ? { sheet: source.sheet, cell: source.address, reason } : null;
}

/**
 * A readable level whose term rests on a date we cannot stand behind (one that does not read, one the
 * check marks as wrong, an expiry contradicting its decision date), or that is known only to a year
 * or month that may end on either side of `day`: the cell of that date.
 */
function unreadableTerm(r: SchoolRecord, planYear: number, day: DayDate): ExcludedCell | null {
  const untrusted = untrustedTerm(r, planYear);
  if (untrusted !== null) return untrusted;
  const source = termSource(r.dates);
  if (source === null) return null;
  if (r.expiry !== null && mayEndAround(r.expiry, day)) return cellOf(r, source.field, "uncertain");
  // "2025" on 30/06/2025: recognised before that day or after it, nobody wrote which.
  return r.recognised !== null && mayStartAround(r.recognised, day)
    ? cellOf(r, source.field, "uncertain")
    : null;
}

/** A recognition known to a year or month that may begin on either side of `day`. */
function mayStartAround(recognised: DateValue, day: DayDate): boolean {
  return (
    recognised.precision !== "day" &&
    compareDays(recognised.date, day) <= 0 &&
    compareDays(lastDayOf(recognised), day) > 0
  );
}

/**
 * The cell of the date a term rests on when we cannot stand behind it (it does not read, the check
 * marks it as wrong, or the expiry contradicts the decision date): the term's end is then no date to
 * print, in the rates or in the renewals due.
 */
export function untrustedTerm(r: SchoolRecord, planYear: number): ExcludedCell | null {
  if (contradictedExpiry(r, planYear)) return cellOf(r, "expiry", "date");
  const source = termSource(r.dates);
  if (source === null) return null;
  return source.read === null || dateProblem(source.field, source.read, planYear) !== null
    ? cellOf(r, source.field, "date")
    : null;
}

/**
 * A term known to a year or month that may end on either side of `day`: "recognised in 2022" is
 * valid on 30/06/2027 or not, depending on the day of 2022 nobody wrote. (At the end of that year,
 * the usual reference date, it has surely ended.)
 */
function mayEndAround(expiry: DateValue, day: DayDate): boolean {
  return expiry.precision !== "day" && compareDays(day, expiry.date) >= 0 && !isExpiredOn(expiry, day);
}

/**
 * The date cell the term rests on, read as the records read it (SPEC §6): the expiry column when it
 * holds a date, else five years from the decision date, else from the previous one; `read` is null
 * when that cell does not read. A decision date that does not read stops there: falling back to the
 * previous recognition would end the term years early.
 */
function termSource(dates: SchoolRecord["dates"]): { field: DateField; read: DateParse | null } | null {
  const { expiry, decisionDate, previousDate } = dates;
  if (expiry?.kind === "ok") return { field: "expiry", read: expiry };
  if (decisionDate?.kind === "ok") return { field: "decisionDate", read: decisionDate };
  if (unread(decisionDate)) return { field: "decisionDate", read: null };
  if (previousDate?.kind === "ok") return { field: "previousDate", read: previousDate };
  if (unread(expiry)) return { field: "expiry", read: null };
  return unread(previousDate) ? { field: "previousDate", read: null } : null;
}

const unread = (d: Read<DateParse> | undefined): boolean =>
  d !== undefined && (d.kind === "error" || d.kind === "invalid");

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
  // Recognised after that day (a newer list read as of an earlier date): not yet recognised then.
  if (r.recognised && compareDays(r.recognised.date, day) > 0) return NONE;
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
