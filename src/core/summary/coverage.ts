import type { SchoolTypeId } from "../schools/types";
import { SCHOOL_TYPES } from "../schools/types";
import type { DayDate } from "../text/dates";
import { endOfYear } from "../text/dates";
import { communeKey } from "../records/keys";
import { levelsOn, projectedLevels } from "./levels";
import type { School } from "./schools";

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

export interface CommuneCoverage {
  readonly commune: string;
  readonly schools: number;
  readonly standard: number;
  readonly rate: number | null;
}

export interface AccreditationCounts {
  readonly level1: number;
  readonly level2: number;
  readonly level3: number;
  readonly level4: number;
  readonly none: number;
}

export interface Coverage {
  readonly total: CoverageCount;
  readonly byType: readonly TypeCoverage[];
  readonly byCommune: readonly CommuneCoverage[];
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

/** Coverage at the reference date and projected to the end of the plan year (SPEC §9). */
export function coverageOf(schools: readonly School[], referenceDate: DayDate, planYear: number): Coverage {
  const total = new Tally();
  const byType = new Map<SchoolTypeId | null, Tally>();
  const byCommune = new Map<string, { name: string; tally: Tally }>();
  const acc = [0, 0, 0, 0, 0];
  let projected = 0;
  const endOfPlan = endOfYear(planYear);
  for (const school of schools) {
    const now = levelsOn(school, referenceDate);
    total.add(now.standard);
    const t = byType.get(school.type) ?? new Tally();
    t.add(now.standard);
    byType.set(school.type, t);
    if (school.commune) {
      const key = communeKey(school.commune);
      const c = byCommune.get(key) ?? { name: school.commune, tally: new Tally() };
      c.tally.add(now.standard);
      byCommune.set(key, c);
    }
    acc[now.accreditation ?? 0] = (acc[now.accreditation ?? 0] ?? 0) + 1;
    if (projectedLevels(school, planYear, endOfPlan).standard !== null) projected += 1;
  }
  const typeOrder = [...SCHOOL_TYPES.map((t) => t.id), null];
  const communes = [...byCommune.values()];
  return {
    total: total.count(),
    byType: typeOrder
      .filter((id) => byType.has(id))
      .map((id) => ({ type: id, ...(byType.get(id) as Tally).count() })),
    byCommune: communes.map(({ name, tally }) => ({
      commune: name,
      schools: tally.schools,
      standard: tally.standard,
      rate: rate(tally.standard, tally.schools),
    })),
    communesWithout: communes.filter((c) => c.tally.standard === 0).map((c) => c.name),
    accreditation: {
      none: acc[0] ?? 0,
      level1: acc[1] ?? 0,
      level2: acc[2] ?? 0,
      level3: acc[3] ?? 0,
      level4: acc[4] ?? 0,
    },
    projected: { schools: total.schools, standard: projected, rate: rate(projected, total.schools) },
  };
}
