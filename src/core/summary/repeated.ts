/**
 * A school two units of a roll-up both list (a school near the boundary of merged communes, or one
 * commune's list sent twice) is one school (SPEC §9: normalised name + commune): the combined figures
 * count it once, and the outputs say where it was found. Within one unit nothing changes.
 */
import { placeKey } from "../records/keys";
import type { SchoolRecord } from "../records/record";
import type { School } from "./schools";
import { currentOf } from "../records/current";

/** What a roll-up knows of each unit: the commune its title names, and its file or sheet. */
export interface UnitPlace {
  /** The commune or ward the list is of, from its title; null for a district's or an untitled list. */
  readonly commune: string | null;
  readonly source: string | null;
}

/** A school listed by several units, counted once. */
export interface RepeatedSchool {
  readonly name: string;
  /** The commune the school is in: the one its row gives, else the title of its list. */
  readonly commune: string;
  /** The units listing it: the one it is counted in first, then the others in the order given. */
  readonly units: readonly { readonly unit: string; readonly source: string | null }[];
}

interface Group {
  readonly members: School[];
  province: string | null;
  district: string | null;
}

/** Two places agree when either is not given or they name the same place. */
const agree = (a: string | null, b: string | null): boolean =>
  a === null || b === null || placeKey(a) === placeKey(b);

function merged(keeper: School, others: readonly School[]): School {
  const records: SchoolRecord[] = [...keeper.records];
  for (const o of others) for (const r of o.records) records.push(r);
  return {
    ...keeper,
    province: keeper.province ?? others.find((o) => o.province !== null)?.province ?? null,
    district: keeper.district ?? others.find((o) => o.district !== null)?.district ?? null,
    type: keeper.type ?? others.find((o) => o.type !== null)?.type ?? null,
    current: currentOf(records),
    records,
    actions: [...keeper.actions, ...others.flatMap((o) => o.actions)],
    alsoIn: others.map((o) => ({ unit: o.unit ?? "", records: o.records })),
  };
}

/**
 * The schools of a roll-up, each counted once across units. A school is matched by its name and
 * commune (its row's, else its list's title); provinces and districts, where both lists give one,
 * must agree. It is counted in the unit whose title names its commune, else in the first unit that
 * lists it, so the figures do not depend on the order of the files.
 */
export function countOnceAcrossUnits(
  schools: readonly School[],
  units: ReadonlyMap<string, UnitPlace>,
): { schools: School[]; repeated: RepeatedSchool[] } {
  const groups = new Map<string, Group[]>();
  const groupOf = new Map<School, Group>();
  const placeOf = (s: School): string | null =>
    s.commune ?? (s.unit === null ? null : (units.get(s.unit)?.commune ?? null));
  for (const school of schools) {
    const place = placeOf(school);
    // A row without a name, or a school whose commune nobody gives, cannot be matched.
    if (school.unit === null || place === null || school.key.startsWith("#")) continue;
    // The school's own key begins with its name's (records made it once): no second fold of the name.
    const key = `${school.key.slice(0, school.key.indexOf("|"))}|${placeKey(place)}`;
    const list = groups.get(key) ?? [];
    groups.set(key, list);
    const group = list.find(
      (g) =>
        agree(g.province, school.province) &&
        agree(g.district, school.district) &&
        !g.members.some((m) => m.unit === school.unit),
    );
    if (group) {
      group.members.push(school);
      group.province ??= school.province;
      group.district ??= school.district;
      groupOf.set(school, group);
    } else {
      const g: Group = { members: [school], province: school.province, district: school.district };
      list.push(g);
      groupOf.set(school, g);
    }
  }
  const out: School[] = [];
  const repeated: RepeatedSchool[] = [];
  const done = new Set<Group>();
  for (const school of schools) {
    const group = groupOf.get(school);
    if (!group || group.members.length < 2) {
      out.push(school);
      continue;
    }
    if (done.has(group)) continue;
    done.add(group);
    const place = placeKey(placeOf(school));
    const home = group.members.filter((m) => {
      const title = m.unit === null ? null : (units.get(m.unit)?.commune ?? null);
      return title !== null && placeKey(title) === place;
    });
    const keeper = home.length === 1 && home[0] ? home[0] : school;
    const others = group.members.filter((m) => m !== keeper);
    out.push(merged(keeper, others));
    repeated.push({
      name: keeper.name,
      commune: placeOf(keeper) ?? "",
      units: [keeper, ...others].map((m) => ({
        unit: m.unit ?? "",
        source: m.unit === null ? null : (units.get(m.unit)?.source ?? null),
      })),
    });
  }
  return { schools: out, repeated };
}
