import type { CheckOptions } from "../records/options";
import { referenceDateOf } from "../records/options";
import type { SchoolRecord } from "../records/record";
import type { DayDate } from "../text/dates";
import type { Localized } from "../text/localized";
import type { Budget } from "./budget";
import { budgetOf } from "./budget";
import type { Coverage } from "./coverage";
import { coverageOf } from "./coverage";
import type { DueItem } from "./due";
import { dueLeftOut, dueList } from "./due";
import { compareDays } from "../text/dates";
import type { ExcludedCell } from "./excluded";
import { excludedOf } from "./excluded";
import { closedNote } from "./closed";
import { unreadableRecognition } from "./levels";
import { isNotSchool } from "../schools/types";
import { distinctSchools, unitOf, unreadPlanYear } from "./schools";
import type { School } from "./schools";
import type { RepeatedSchool, UnitPlace } from "./repeated";
import { countOnceAcrossUnits } from "./repeated";
import type { Targets } from "./targets";
import { targetsOf } from "./targets";

/** A table's records and whether it is a plan list; what `validate` returns per table. */
export interface SummaryInput {
  readonly records: readonly SchoolRecord[];
  readonly planList: boolean;
  /**
   * The file or sheet a table comes from when several lists are summed (a province adding up its
   * communes): communes of different units are never merged, and schools only when the scope says
   * so (the same school listed by two units).
   */
  readonly unit?: string;
  /** The commune the unit's list is of, from its title, for rows that name none. */
  readonly unitCommune?: string;
  /** The file or sheet of the unit, to name it where a school is counted once. */
  readonly source?: string;
}

/** How several units are summed. */
export interface SummaryScope {
  /**
   * A school that two units list (same name, same commune) is one school: a province's roll-up counts
   * it once and says so.
   */
  readonly countOnceAcrossUnits?: boolean;
}

/** Distinct schools, within each unit when the inputs name units. */
function schoolsOf(inputs: readonly SummaryInput[]): School[] {
  if (inputs.every((i) => i.unit === undefined)) return distinctSchools(inputs.flatMap((i) => i.records));
  const units = new Map<string, SchoolRecord[]>();
  for (const i of inputs) {
    const unit = i.unit ?? "";
    const list = units.get(unit) ?? [];
    for (const r of i.records) list.push(r);
    units.set(unit, list);
  }
  const schools: School[] = [];
  for (const [unit, records] of units) for (const s of distinctSchools(records, unit)) schools.push(s);
  return schools;
}

/** Schools listed by several units, counted once (the first result), and which they are. */
function onceAcrossUnits(
  inputs: readonly SummaryInput[],
  schools: School[],
): { schools: School[]; repeated: RepeatedSchool[] } {
  const units = new Map<string, UnitPlace>();
  for (const i of inputs)
    if (i.unit !== undefined && !units.has(i.unit))
      units.set(i.unit, { commune: i.unitCommune ?? null, source: i.source ?? null });
  return countOnceAcrossUnits(schools, units);
}

/** A renewal due, with the unit whose list names it when several lists are summed. */
export interface UnitDueItem extends DueItem {
  readonly unit?: string;
}

/** The renewals due of each unit, told apart by unit, soonest first as in one list. */
function dueOf(schools: readonly School[], planYear: number): UnitDueItem[] {
  if (schools.every((s) => s.unit === null)) return dueList(schools, planYear);
  const byUnit = new Map<string, School[]>();
  for (const s of schools) {
    const list = byUnit.get(s.unit ?? "") ?? [];
    list.push(s);
    byUnit.set(s.unit ?? "", list);
  }
  const items: UnitDueItem[] = [];
  for (const [unit, list] of byUnit) for (const d of dueList(list, planYear)) items.push({ ...d, unit });
  // The order of one list: soonest first, then by name; a school due in two units keeps the units' order.
  return items.sort(
    (a, b) => compareDays(a.expiry.date, b.expiry.date) || a.name.localeCompare(b.name, "vi"),
  );
}

/**
 * Whether the schools hold or renew recognitions none of which is dated: which of them fall due
 * cannot be said. A list of first recognitions only, undated, has nothing to fall due.
 */
function undated(schools: readonly School[]): boolean {
  let recognitions = false;
  for (const school of schools)
    for (const r of school.records) {
      if (r.expiry !== null) return false;
      if (r.levels.standard !== null || r.levels.accreditation !== null || r.action === "renewal")
        recognitions = true;
    }
  return recognitions;
}

/**
 * Why there is no coverage: no school was read at all (no list found, or a header with nothing under
 * it), the list holds only planned schools, or it says nothing of recognitions.
 */
export type CoverageGap = "no-schools" | "plan-list" | "no-recognition-column";

/**
 * Why a list of a roll-up has no rate: its coverage gap, a file that cannot be read, no list in it, or
 * a plan year other than the roll-up's.
 */
export type UnitGapReason = CoverageGap | "unreadable" | "no-list" | "other-year";

/** A list of a roll-up left out of the combined rates, and why: never counted as 0%. */
export interface UnitGap {
  readonly unit: string;
  readonly gap: UnitGapReason;
}

/**
 * How a roll-up's plan year was chosen: the user's; the year every list is of; the only year the lists
 * state (others, stating none, were read for another); the year most lists state; the later of the
 * years stated equally often.
 */
export type YearBasis = "user" | "shared" | "only" | "most" | "latest";

/** A list of a roll-up whose plan year is not the roll-up's: left out of every combined figure. */
export interface UnitYear {
  readonly unit: string;
  readonly planYear: number;
}

export interface OtherYears {
  readonly basis: YearBasis;
  readonly units: readonly UnitYear[];
}

/** A unit of a roll-up whose own rate is at its list's own date, not the roll-up's. */
export interface UnitDate {
  readonly unit: string;
  readonly referenceDate: DayDate;
}

export interface Summary {
  readonly referenceDate: DayDate;
  readonly planYear: number;
  /** Distinct schools over all tables: the same schools validation counts. */
  readonly schools: readonly School[];
  /** null when coverage cannot be stood behind; `coverageGap` says why. */
  readonly coverage: Coverage | null;
  readonly coverageGap: CoverageGap | null;
  readonly coverageNote: Localized | null;
  /** Schools left out of coverage because their recognition level or term cannot be read, by cell. */
  readonly coverageExcluded: readonly ExcludedCell[];
  /** Lists of a roll-up whose coverage cannot be stood behind, left out of the rates. */
  readonly coverageUnitsLeftOut: readonly UnitGap[];
  readonly targets: Targets;
  /** null when the list has no budget column. */
  readonly budget: Budget | null;
  readonly due: readonly UnitDueItem[];
  /** Recognitions whose term rests on a date we cannot stand behind: not in `due`, named instead. */
  readonly dueExcluded: readonly ExcludedCell[];
  /**
   * True when no school's recognition can be dated (no date column, or none filled) while the list
   * holds recognitions: `due` is then empty for want of dates, never "nothing due".
   */
  readonly dueUndated: boolean;
  /** Schools several units of a roll-up list, counted once in these figures. */
  readonly repeatedSchools: readonly RepeatedSchool[];
  /** Lists of a roll-up left out of every figure here because their plan year is another; null when none. */
  readonly otherYears: OtherYears | null;
  /** Units of a roll-up whose own rate is at their list's own reference date. */
  readonly unitDates: readonly UnitDate[];
  /**
   * Lists read as histories of recognitions given, not plans (their unit, else their sheet): their
   * actions are in no target, which the targets say.
   */
  readonly histories: readonly string[];
  /** Planned actions whose own plan-year cell cannot be read: in no year's targets nor budget. */
  readonly targetsExcluded: readonly ExcludedCell[];
}

/** The plan-year cells of the actions `unreadPlanYear` leaves out, each with its school. */
function targetsLeftOut(schools: readonly School[]): ExcludedCell[] {
  const out: ExcludedCell[] = [];
  for (const school of schools)
    for (const r of school.records) {
      const source = r.cells.planYear?.source;
      if (r.action !== null && unreadPlanYear(r) && source)
        out.push(
          excludedOf(
            { sheet: source.sheet, cell: source.address, reason: "plan-year" },
            { name: school.name, unit: unitOf(school, r) },
          ),
        );
    }
  return out;
}

/** The lists that record recognitions given rather than plans, by unit or sheet, each once. */
function historiesOf(inputs: readonly SummaryInput[]): string[] {
  const out = new Set<string>();
  for (const input of inputs) {
    const table = input.records[0]?.table;
    if (table?.history) out.add(input.unit ?? table.sheet);
  }
  return [...out];
}

const NOTES: Readonly<Record<CoverageGap, Localized>> = {
  "no-schools": {
    vi: "Không đọc được trường nào trong tệp (không thấy bảng danh sách trường, hoặc bảng chưa có dòng trường nào), nên không có số liệu tổng hợp.",
    en: "No school could be read from the file (no list of schools was found, or its table has no school rows), so there are no figures.",
  },
  "plan-list": {
    vi: "Danh sách chỉ gồm các trường có trong kế hoạch (mọi trường đều có hình thức công nhận), nên không tính tỉ lệ đạt chuẩn: tỉ lệ phải tính trên toàn bộ trường của địa bàn.",
    en: "The list holds only the schools in the plan (every school has a planned action), so coverage is not computed: it must be measured over all schools of the area.",
  },
  "no-recognition-column": {
    vi: "Danh sách không có cột mức công nhận (KĐCLGD, CQG) nên không có dữ liệu về tỉ lệ đạt chuẩn.",
    en: "The list has no recognition level column (KĐCLGD, CQG), so there is no data on coverage.",
  },
};

/**
 * The columns that say which schools hold the national standard. Dates alone do not: a list of
 * recognition years with no level would count every school as holding none (0%).
 */
const RECOGNITION_FIELDS = ["combinedCode", "accreditation", "standard"] as const;

function coverageGap(inputs: readonly SummaryInput[]): CoverageGap | null {
  // Nothing read is not a list of no schools: every figure would be a confident zero.
  if (inputs.every((i) => i.records.length === 0)) return "no-schools";
  if (inputs.every((i) => i.planList)) return "plan-list";
  const columns = inputs.flatMap((i) => (i.records[0] ? [i.records[0].table.columns] : []));
  return columns.some((c) => RECOGNITION_FIELDS.some((f) => c[f] !== undefined))
    ? null
    : "no-recognition-column";
}

/** Each unit's own gap, when the inputs name units; a unit's schools count only if it has none. */
function unitGaps(inputs: readonly SummaryInput[]): UnitGap[] {
  const units = new Map<string, SummaryInput[]>();
  for (const i of inputs) {
    if (i.unit === undefined) continue;
    const list = units.get(i.unit) ?? [];
    list.push(i);
    units.set(i.unit, list);
  }
  const gaps: UnitGap[] = [];
  for (const [unit, list] of units) {
    const gap = coverageGap(list);
    if (gap !== null) gaps.push({ unit, gap });
  }
  return gaps;
}

/** The name cell of a unit no national standard applies to ("Nhóm trẻ Hoa Mai"), else null. */
function notASchool(school: School): ExcludedCell | null {
  // The name first: the cell is made only for the few that are no schools.
  if (!isNotSchool(school.name)) return null;
  const source = school.current.cells.name?.source;
  return source ? { sheet: source.sheet, cell: source.address, reason: "not-school" } : null;
}

/** Coverage, targets, budget and renewals due over the tables of one file or of several. */
export function summarize(
  inputs: readonly SummaryInput[],
  options: CheckOptions,
  scope: SummaryScope = {},
): Summary {
  const distinct = schoolsOf(inputs);
  const once = scope.countOnceAcrossUnits ? onceAcrossUnits(inputs, distinct) : null;
  const schools = once ? once.schools : distinct;
  const referenceDate = referenceDateOf(options);
  const gap = coverageGap(inputs);
  const leftOut = gap === null ? unitGaps(inputs) : [];
  const outside = new Set(leftOut.map((u) => u.unit));
  const excluded: ExcludedCell[] = [];
  const readable: School[] = [];
  const laterOnly: School[] = [];
  for (const school of schools) {
    // A list that says nothing of recognitions is no list of uncertified schools.
    if (school.unit !== null && outside.has(school.unit)) continue;
    const cell =
      notASchool(school) ??
      closedNote(school.current, referenceDate) ??
      unreadableRecognition(school.current, options.planYear, referenceDate);
    if (cell) excluded.push(excludedOf(cell, { name: school.name, unit: unitOf(school, school.current) }));
    else readable.push(school);
    // A term known to its year, in doubt on a mid-year day, is settled at the end of the plan year.
    if (cell?.reason === "uncertain") laterOnly.push(school);
  }
  return {
    referenceDate,
    planYear: options.planYear,
    schools,
    coverage: gap === null ? coverageOf(readable, referenceDate, options.planYear, laterOnly) : null,
    coverageGap: gap,
    coverageNote: gap === null ? null : NOTES[gap],
    coverageExcluded: gap === null ? excluded : [],
    coverageUnitsLeftOut: leftOut,
    targets: targetsOf(schools, options.planYear),
    budget: budgetOf(schools, options.planYear),
    due: dueOf(schools, options.planYear),
    dueExcluded: dueLeftOut(schools, options.planYear),
    dueUndated: undated(schools),
    repeatedSchools: once ? once.repeated : [],
    otherYears: null,
    unitDates: [],
    histories: historiesOf(inputs),
    targetsExcluded: targetsLeftOut(schools),
  };
}
