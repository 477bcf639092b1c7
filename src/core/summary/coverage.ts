import type { SchoolTypeId } from "../schools/types";
import { SCHOOL_TYPES } from "../schools/types";
import type { DayDate } from "../text/dates";
import { endOfYear } from "../text/dates";
import { placeKey } from "../records/keys";
import { levelsOn, projectedLevels, unreadableAccreditation } from "./levels";

import type { School } from "./schools";
import { accreditationDatedApart } from "../table/column-choice";
import type { SchoolTable } from "../table/model";

/** The tally slot, after cấp độ 0 (none) to 4, of the schools whose cấp độ cannot be read. */
const UNKNOWN = 5;
/** The slot of the schools whose list has no cấp độ column. */
const UNLISTED = 6;

export interface CoverageCount {
  readonly schools: number;
  /** Schools with a valid CQG recognition. */
  readonly standard: number;
  readonly level1: number;
  readonly level2: number;
  /** standard / schools, or null when there are no schools. */
  readonly rate: number | null;
}

export interface TypeCoverage extends CoverageCount {
  /** null for schools whose level could not be determined. */
  readonly type: SchoolTypeId | null;
}

/** A place's line: `name` null gathers the schools the list gives no such place for ("chưa ghi"). */
export interface PlaceCoverage {
  readonly name: string | null;
  readonly schools: number;
  readonly standard: number;
  readonly rate: number | null;
}

export interface CommuneCoverage extends PlaceCoverage {
  /** The district the commune lies in, when the list says: the same commune name may be in two. */
  readonly district: string | null;
  /** The list (file or sheet) the commune's schools come from, when several are summed. */
  readonly unit: string | null;
}

export interface AccreditationCounts {
  readonly level1: number;
  readonly level2: number;
  readonly level3: number;
  readonly level4: number;
  readonly none: number;
  /**
   * Schools whose cấp độ, or its term, cannot be read: the check names their cells. Also those of a
   * list that dates the cấp độ in a column of its own beside the standard's date, which is the one read.
   */
  readonly unknown: number;
  /**
   * Schools whose list has no column of the cấp độ KĐCLGD: a list of the national standard alone
   * ("Mức độ") says nothing of accreditation, so its schools are in no level, never "chưa đạt".
   */
  readonly unlisted: number;
}

/** A list that can state a school's cấp độ KĐCLGD: a combined code or a cấp độ column. */
function listsAccreditation(table: SchoolTable): boolean {
  return table.columns.combinedCode !== undefined || table.columns.accreditation !== undefined;
}

export interface Coverage {
  readonly total: CoverageCount;
  readonly byType: readonly TypeCoverage[];
  /** Every school is on one line; lines add up to the total. */
  readonly byCommune: readonly CommuneCoverage[];
  /** Present when the list names districts. */
  readonly byDistrict: readonly PlaceCoverage[] | null;
  /** Present when several lists are summed: one line per list, adding up to the total. */
  readonly byUnit: readonly PlaceCoverage[] | null;
  /** Communes with no valid CQG school ("xã trắng"). */
  readonly communesWithout: readonly string[];
  readonly accreditation: AccreditationCounts;
  readonly projected: { readonly schools: number; readonly standard: number; readonly rate: number | null };
}

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

class Tally {
  schools = 0;
  level1 = 0;
  level2 = 0;
  add(standard: number | null): void {
    this.schools += 1;
    if (standard === 1) this.level1 += 1;
    if (standard === 2) this.level2 += 1;
  }
  get standard(): number {
    return this.level1 + this.level2;
  }
  count(): CoverageCount {
    return {
      schools: this.schools,
      standard: this.standard,
      level1: this.level1,
      level2: this.level2,
      rate: rate(this.standard, this.schools),
    };
  }
}

interface PlaceTally {
  readonly name: string | null;
  readonly district: string | null;
  readonly unit: string | null;
  readonly tally: Tally;
}

function tallyAt(
  map: Map<string, PlaceTally>,
  key: string,
  name: string | null,
  district: string | null,
  unit: string | null = null,
): Tally {
  let t = map.get(key);
  if (!t) {
    t = { name, district, unit, tally: new Tally() };
    map.set(key, t);
  }
  return t.tally;
}

/** Unrecorded places last, the others in the order the list first names them. */
function placeLines(map: Map<string, PlaceTally>): PlaceTally[] {
  const lines = [...map.values()];
  return [...lines.filter((l) => l.name !== null), ...lines.filter((l) => l.name === null)];
}

/**
 * Coverage at the reference date and projected to the end of the plan year (SPEC §9), over the schools
 * whose recognition can be read; `projectedToo` are read only at the end of the plan year (a term known
 * to its year, which may or may not have run out on a mid-year reference date).
 */
export function coverageOf(
  schools: readonly School[],
  referenceDate: DayDate,
  planYear: number,
  projectedToo: readonly School[] = [],
): Coverage {
  const total = new Tally();
  const byType = new Map<SchoolTypeId | null, Tally>();
  const byCommune = new Map<string, PlaceTally>();
  const byDistrict = new Map<string, PlaceTally>();
  const byUnit = new Map<string, PlaceTally>();
  const acc = [0, 0, 0, 0, 0, 0, 0];
  // A cấp độ dated in a column of its own, the standard's date read: its term is not the one held.
  const datedApart = new Map<SchoolTable, boolean>();
  let projected = 0;
  let districts = false;
  const endOfPlan = endOfYear(planYear);
  for (const school of schools) {
    const now = levelsOn(school, referenceDate);
    total.add(now.standard);
    const t = byType.get(school.type) ?? new Tally();
    t.add(now.standard);
    byType.set(school.type, t);
    const district = school.district;
    if (district !== null) districts = true;
    const unit = school.unit;
    const communeKey = `${unit ?? ""}|${placeKey(district)}|${placeKey(school.commune)}`;
    tallyAt(byCommune, communeKey, school.commune, school.commune === null ? null : district, unit).add(
      now.standard,
    );
    tallyAt(byDistrict, `${unit ?? ""}|${placeKey(district)}`, district, null, unit).add(now.standard);
    if (unit !== null) tallyAt(byUnit, unit, unit, null, unit).add(now.standard);
    const table = school.current.table;
    let apart = datedApart.get(table);
    if (apart === undefined) datedApart.set(table, (apart = accreditationDatedApart(table)));
    const level = !listsAccreditation(table)
      ? UNLISTED
      : apart || unreadableAccreditation(school.current, planYear, referenceDate)
        ? UNKNOWN
        : (now.accreditation ?? 0);
    acc[level] = (acc[level] ?? 0) + 1;
    if (projectedLevels(school, planYear, endOfPlan).standard !== null) projected += 1;
  }
  for (const school of projectedToo)
    if (projectedLevels(school, planYear, endOfPlan).standard !== null) projected += 1;
  const projectedSchools = total.schools + projectedToo.length;
  const typeOrder = [...SCHOOL_TYPES.map((t) => t.id), null];
  const communes = placeLines(byCommune);
  const line = (p: PlaceTally): PlaceCoverage => ({
    name: p.name,
    schools: p.tally.schools,
    standard: p.tally.standard,
    rate: rate(p.tally.standard, p.tally.schools),
  });
  // Two communes of one name in different districts are told apart by their district.
  const names = new Map<string, number>();
  for (const c of communes)
    if (c.name !== null) names.set(placeKey(c.name), (names.get(placeKey(c.name)) ?? 0) + 1);
  const communeName = (c: PlaceTally): string => {
    const where = c.district ?? c.unit;
    return c.name !== null && where !== null && (names.get(placeKey(c.name)) ?? 0) > 1
      ? `${c.name} (${where})`
      : (c.name ?? "");
  };
  return {
    total: total.count(),
    byType: typeOrder
      .filter((id) => byType.has(id))
      .map((id) => ({ type: id, ...(byType.get(id) as Tally).count() })),
    byCommune: communes.map((c) => ({ ...line(c), district: c.district, unit: c.unit })),
    byDistrict: districts ? placeLines(byDistrict).map(line) : null,
    byUnit: byUnit.size > 0 ? [...byUnit.values()].map(line) : null,
    communesWithout: communes.filter((c) => c.name !== null && c.tally.standard === 0).map(communeName),
    accreditation: {
      none: acc[0] ?? 0,
      level1: acc[1] ?? 0,
      level2: acc[2] ?? 0,
      level3: acc[3] ?? 0,
      level4: acc[4] ?? 0,
      unknown: acc[UNKNOWN] ?? 0,
      unlisted: acc[UNLISTED] ?? 0,
    },
    projected: { schools: projectedSchools, standard: projected, rate: rate(projected, projectedSchools) },
  };
}
