/**
 * A province's roll-up: one list per commune or ward (about a hundred per Sở since July 2025), each its
 * own unit, named by its title, summed into one summary. A list whose figures cannot be stood behind
 * (no recognition column, only planned schools, a file that cannot be read) is listed with its reason
 * and left out of the combined rates, never counted as 0%.
 */
import type { CheckOptions } from "../records/options";
import type { Summary, SummaryInput, UnitGap, UnitGapReason } from "./summary";
import { summarize } from "./summary";
import type { UnitTitle } from "./unit-name";

export interface RollupSource {
  /** The file name, or the sheet name when the lists are the sheets of one workbook. */
  readonly source: string;
  /** The place the list's title names, if any. */
  readonly title: UnitTitle | null;
  /** The list's tables; null when the file could not be read. */
  readonly tables: readonly SummaryInput[] | null;
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
  /** The unit's own figures over the roll-up's period; null when its file could not be read. */
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

/** Sums the lists of a province, each as its own unit, over one period. */
export function rollUp(given: readonly RollupSource[], options: CheckOptions): Rollup {
  const sources = distinctSources(given);
  const names = unitNames(sources);
  const units: RollupUnit[] = sources.map((src, i) => {
    const name = names[i] ?? src.source;
    const base = { name, source: src.source, title: src.title };
    if (src.tables === null) return { ...base, summary: null, rate: null, gap: "unreadable" };
    const summary = summarize(src.tables, options);
    if (!hasSchools(src.tables)) return { ...base, summary, rate: null, gap: "no-list" };
    return { ...base, summary, rate: rateOf(summary), gap: summary.coverageGap };
  });
  const inputs: SummaryInput[] = [];
  sources.forEach((src, i) => {
    const unit = units[i];
    if (!unit || unit.gap === "unreadable" || unit.gap === "no-list") return;
    for (const t of src.tables ?? []) inputs.push({ ...t, unit: unit.name });
  });
  const leftOut: UnitGap[] = [];
  for (const u of units) if (u.gap !== null) leftOut.push({ unit: u.name, gap: u.gap });
  const summed = summarize(inputs, options);
  // The note names every list left out, the unreadable ones too, when some lists do have rates.
  const combined: Summary = summed.coverage ? { ...summed, coverageUnitsLeftOut: leftOut } : summed;
  const communesWithout: string[] = [...(combined.coverage?.communesWithout ?? [])];
  for (const u of units) {
    // A commune's own list that names no commune in its rows is that commune.
    const lines = u.summary?.coverage?.byCommune ?? [];
    if (u.title?.level === "commune" && u.rate?.standard === 0 && lines.every((l) => l.name === null))
      communesWithout.push(u.name);
  }
  return { units, combined, leftOut, communesWithout };
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
