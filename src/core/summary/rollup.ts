/**
 * A province's roll-up: one list per commune or ward (about a hundred per Sở since July 2025), each its
 * own unit, named by its title, summed into one summary. A list whose figures cannot be stood behind
 * (no recognition column, only planned schools, a file that cannot be read) is listed with its reason
 * and left out of the combined rates, never counted as 0%. Each list is read for its own plan year, as
 * when it is checked alone; a list of another year than the roll-up's is left out of the combined
 * figures and named. Nothing depends on the order of the files.
 */
import type { RegimeId } from "../schools/regimes";
import type { CheckOptions } from "../records/options";
import type { DayDate } from "../text/dates";
import { endOfYear } from "../text/dates";
import type { Summary, SummaryInput, UnitDate, UnitGap, UnitGapReason, UnitYear, YearBasis } from "./summary";
import { summarize } from "./summary";
import type { UnitTitle } from "./unit-name";

/** The period a list was read for, as when it is checked alone. */
export interface UnitPeriod {
  readonly planYear: number;
  readonly referenceDate: DayDate;
  /** Whether the list itself gives the year (title, column, file name), rather than the user or today. */
  readonly stated: boolean;
}

/** What the user chose for the whole roll-up: every list was read with it. */
export interface RollupChoice {
  readonly planYear: number | null;
  readonly referenceDate: DayDate | null;
  readonly regime: RegimeId | null;
  /** The year taken when neither the user nor any list gives one. */
  readonly thisYear: number;
}

export interface RollupSource {
  /** The file name, or the sheet name when the lists are the sheets of one workbook. */
  readonly source: string;
  /** The place the list's title names, if any. */
  readonly title: UnitTitle | null;
  /** The list's tables; null when the file could not be read. */
  readonly tables: readonly SummaryInput[] | null;
  /** The period the list was read for; absent when it could not be read. */
  readonly period?: UnitPeriod;
}

export interface UnitRate {
  readonly schools: number;
  readonly standard: number;
  readonly rate: number | null;
  /** At the end of the plan year if every planned recognition succeeds. */
  readonly projectedStandard: number;
  readonly projectedRate: number | null;
}

export interface RollupUnit {
  /** Unique among the units: the title's place, else the source; the source added where two share a name. */
  readonly name: string;
  readonly source: string;
  readonly title: UnitTitle | null;
  /** The unit's own figures over its own period, as when checked alone; null when unreadable. */
  readonly summary: Summary | null;
  /** null when the unit is left out of the rates; `gap` says why. */
  readonly rate: UnitRate | null;
  readonly gap: UnitGapReason | null;
}

export interface Rollup {
  /** In the order given. */
  readonly units: readonly RollupUnit[];
  /** Every readable unit's schools; rates only over the units with a rate. */
  readonly combined: Summary;
  /** Units without a rate, with why, in the order given. */
  readonly leftOut: readonly UnitGap[];
  /** Communes and wards with no valid CQG school: those a list names, and lists that are one commune. */
  readonly communesWithout: readonly string[];
  /** How the plan year of the combined figures was chosen. */
  readonly yearBasis: YearBasis;
}

/** Names made unique: "Xã An Phú (an-phu-2.xlsx)" where two lists name the same commune. */
function unitNames(sources: readonly RollupSource[]): string[] {
  const base = sources.map((s) => s.title?.name ?? s.source);
  const count = new Map<string, number>();
  for (const b of base) count.set(b.toLocaleLowerCase("vi"), (count.get(b.toLocaleLowerCase("vi")) ?? 0) + 1);
  const used = new Set<string>();
  return base.map((b, i) => {
    const source = sources[i]?.source ?? "";
    let name = (count.get(b.toLocaleLowerCase("vi")) ?? 0) > 1 && b !== source ? `${b} (${source})` : b;
    // The same file given twice still makes two units.
    for (let n = 2; used.has(name.toLocaleLowerCase("vi")); n++) name = `${b} (${n})`;
    used.add(name.toLocaleLowerCase("vi"));
    return name;
  });
}

const hasSchools = (tables: readonly SummaryInput[]): boolean => tables.some((t) => t.records.length > 0);

function rateOf(s: Summary): UnitRate | null {
  const c = s.coverage;
  if (!c) return null;
  return {
    schools: c.total.schools,
    standard: c.total.standard,
    rate: c.total.rate,
    projectedStandard: c.projected.standard,
    projectedRate: c.projected.rate,
  };
}

/** The same file given twice is one list, not two: its schools are counted once. */
function distinctSources(sources: readonly RollupSource[]): RollupSource[] {
  const bySource = new Map<string, RollupSource>();
  for (const s of sources) {
    const seen = bySource.get(s.source);
    if (!seen) bySource.set(s.source, s);
    else if (seen.tables === null) bySource.set(s.source, { ...s, title: s.title ?? seen.title });
    else if (s.tables !== null) bySource.set(s.source, { ...seen, tables: [...seen.tables, ...s.tables] });
  }
  return [...bySource.values()];
}

/**
 * The roll-up's plan year: the user's; else the year the lists state, the one most of them state, the
 * later one on a tie (the plan being prepared); else the year every list was read for. Lists that state
 * no year do not vote (the application reads them again for the year chosen). Never the first file's
 * year just because it is first.
 */
export function rollupYear(
  periods: readonly UnitPeriod[],
  choice: RollupChoice,
): { planYear: number; basis: YearBasis } {
  if (choice.planYear !== null) return { planYear: choice.planYear, basis: "user" };
  const votes = new Map<number, number>();
  for (const p of periods) if (p.stated) votes.set(p.planYear, (votes.get(p.planYear) ?? 0) + 1);
  // No list states a year: each was read for the year of the user's date, else this year.
  if (votes.size === 0) return { planYear: choice.referenceDate?.y ?? choice.thisYear, basis: "shared" };
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  const [planYear, count] = ranked[0] as [number, number];
  if (periods.every((p) => p.planYear === planYear)) return { planYear, basis: "shared" };
  if (votes.size === 1) return { planYear, basis: "only" };
  return { planYear, basis: ranked[1]?.[1] === count ? "latest" : "most" };
}

const sameDay = (a: DayDate, b: DayDate): boolean => a.y === b.y && a.m === b.m && a.d === b.d;

/** Sums the lists of a province, each as its own unit, over the roll-up's period. */
export function rollUp(given: readonly RollupSource[], choice: RollupChoice): Rollup {
  const sources = distinctSources(given);
  const names = unitNames(sources);
  const listed = sources.filter((s) => s.tables !== null && hasSchools(s.tables));
  const periods = listed.flatMap((s) => (s.period ? [s.period] : []));
  const { planYear, basis } = rollupYear(periods, choice);
  // The date the lists of the year share, else the end of the year (SPEC §6).
  const inYear = periods.filter((p) => p.planYear === planYear);
  const shared = inYear[0]?.referenceDate;
  const referenceDate =
    choice.referenceDate ??
    (shared && inYear.every((p) => sameDay(p.referenceDate, shared)) ? shared : endOfYear(planYear));
  const options: CheckOptions = { planYear, referenceDate, regime: choice.regime };
  const units: RollupUnit[] = sources.map((src, i) => {
    const name = names[i] ?? src.source;
    const base = { name, source: src.source, title: src.title };
    if (src.tables === null) return { ...base, summary: null, rate: null, gap: "unreadable" };
    // Each list over the period it was read for: its own figures, the same as when checked alone.
    const own: CheckOptions = src.period
      ? { planYear: src.period.planYear, referenceDate: src.period.referenceDate, regime: choice.regime }
      : options;
    const summary = summarize(src.tables, own);
    if (!hasSchools(src.tables)) return { ...base, summary, rate: null, gap: "no-list" };
    if (own.planYear !== planYear) return { ...base, summary, rate: null, gap: "other-year" };
    return { ...base, summary, rate: rateOf(summary), gap: summary.coverageGap };
  });
  const inputs: SummaryInput[] = [];
  const otherYear: UnitYear[] = [];
  const unitDates: UnitDate[] = [];
  sources.forEach((src, i) => {
    const unit = units[i];
    if (!unit || unit.gap === "unreadable" || unit.gap === "no-list") return;
    if (unit.gap === "other-year") {
      otherYear.push({ unit: unit.name, planYear: src.period?.planYear ?? planYear });
      return;
    }
    if (unit.rate !== null && src.period && !sameDay(src.period.referenceDate, referenceDate))
      unitDates.push({ unit: unit.name, referenceDate: src.period.referenceDate });
    const commune = src.title?.level === "commune" ? { unitCommune: src.title.name } : {};
    for (const t of src.tables ?? []) inputs.push({ ...t, unit: unit.name, source: src.source, ...commune });
  });
  const leftOut: UnitGap[] = [];
  for (const u of units) if (u.gap !== null) leftOut.push({ unit: u.name, gap: u.gap });
  const summed = summarize(inputs, options, { countOnceAcrossUnits: true });
  const noted: Summary = {
    ...summed,
    otherYears: otherYear.length > 0 ? { basis, units: otherYear } : null,
    unitDates,
  };
  // The note names every list left out of the rates, the unreadable ones too, when some lists do have
  // rates; lists of another year have a sentence of their own.
  const combined: Summary = summed.coverage
    ? { ...noted, coverageUnitsLeftOut: leftOut.filter((u) => u.gap !== "other-year") }
    : noted;
  const communesWithout: string[] = [...(combined.coverage?.communesWithout ?? [])];
  for (const u of units) {
    // A commune's own list that names no commune in its rows is that commune.
    const lines = u.summary?.coverage?.byCommune ?? [];
    if (u.title?.level === "commune" && u.rate?.standard === 0 && lines.every((l) => l.name === null))
      communesWithout.push(u.name);
  }
  return { units, combined, leftOut, communesWithout, yearBasis: basis };
}

/**
 * The units lowest rate first (where help is needed most), ties by name; units without a rate last,
 * in the order given.
 */
export function unitsByRate(units: readonly RollupUnit[]): RollupUnit[] {
  const rated = units.filter((u) => u.rate !== null);
  const rest = units.filter((u) => u.rate === null);
  rated.sort((a, b) => {
    const x = a.rate?.rate ?? 0;
    const y = b.rate?.rate ?? 0;
    return x !== y ? x - y : a.name.localeCompare(b.name, "vi");
  });
  return [...rated, ...rest];
}
