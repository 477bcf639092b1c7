import type { Localized } from "../text/localized";

export type RegimeId = "legacy" | "tt2018" | "tt2018a" | "tt2026";
import type { DateValue, DayDate } from "../text/dates";
import { compareDays, lastDayOf } from "../text/dates";

/**
 * Legal regimes as data (SPEC §5). Rules read parameters from here instead of hard-coding a circular,
 * so a new circular is a new row, not a code change.
 */
export interface Regime {
  readonly id: RegimeId;
  /** First day in force (inclusive); null for the open past. */
  readonly from: DayDate | null;
  /** False for a regime reported but not confirmed from an official text: its findings are warnings. */
  readonly confirmed: boolean;
  readonly label: Localized;
  /** The texts in force, for the legal basis of a finding. */
  readonly texts: Localized;
  /** Whether one assessment yields both the KĐCLGD cấp độ and the CQG mức độ (from TT 17/18/19-2018). */
  readonly linkedLevels: boolean;
  readonly accreditationMax: number;
  readonly standardMax: number;
  /** Lowest cấp độ an assessment must reach for each CQG mức độ. */
  readonly standardRequires: Readonly<Record<1 | 2, number>>;
  readonly validityYears: number;
  /** Dossier (self-assessment + registration) due this many months before expiry. */
  readonly renewalLeadMonths: number;
  readonly upgradeMinYears: number;
  /**
   * A shorter wait for an upgrade that news reports give but no official text read here confirms:
   * between it and `upgradeMinYears` an upgrade is only a warning.
   */
  readonly upgradeMinYearsReported: number | null;
  /** Renewal earlier than this many years after the last recognition is unusual. */
  readonly renewalMinYears: number;
}

const CYCLE = {
  validityYears: 5,
  renewalLeadMonths: 5,
  upgradeMinYears: 2,
  upgradeMinYearsReported: null,
  renewalMinYears: 4,
  standardMax: 2,
} as const;

const TT2018_TEXTS: Localized = {
  vi: "Thông tư 17/2018/TT-BGDĐT, 18/2018/TT-BGDĐT, 19/2018/TT-BGDĐT",
  en: "Circulars 17/2018, 18/2018 and 19/2018 of the Ministry of Education and Training",
};

export const REGIMES: readonly Regime[] = [
  {
    id: "legacy",
    from: null,
    confirmed: true,
    label: { vi: "Quy định trước 10/10/2018", en: "Rules before 10/10/2018" },
    texts: {
      vi: "Thông tư 42/2012/TT-BGDĐT, 25/2014/TT-BGDĐT (KĐCLGD); 59/2012/TT-BGDĐT, 47/2012/TT-BGDĐT, 02/2014/TT-BGDĐT (CQG)",
      en: "Circulars 42/2012 and 25/2014 (accreditation); 59/2012, 47/2012 and 02/2014 (national standard)",
    },
    linkedLevels: false,
    accreditationMax: 4,
    standardRequires: { 1: 1, 2: 1 },
    ...CYCLE,
  },
  {
    id: "tt2018",
    from: { y: 2018, m: 10, d: 10 },
    confirmed: true,
    label: { vi: "TT 17, 18, 19/2018", en: "Circulars 17, 18, 19/2018" },
    texts: TT2018_TEXTS,
    linkedLevels: true,
    accreditationMax: 4,
    standardRequires: { 1: 2, 2: 3 },
    ...CYCLE,
  },
  {
    id: "tt2018a",
    from: { y: 2025, m: 1, d: 25 },
    confirmed: true,
    label: {
      vi: "TT 17, 18, 19/2018 sửa đổi bởi TT 22/2024",
      en: "Circulars 17, 18, 19/2018 as amended by 22/2024",
    },
    texts: {
      vi: "Thông tư 17/2018, 18/2018, 19/2018 được sửa đổi, bổ sung bởi Thông tư 22/2024/TT-BGDĐT",
      en: "Circulars 17/2018, 18/2018 and 19/2018 as amended by Circular 22/2024",
    },
    linkedLevels: true,
    accreditationMax: 4,
    standardRequires: { 1: 2, 2: 3 },
    ...CYCLE,
    // TT 22/2024 as reported by the press (Điều 5 sửa đổi): a higher level after 1 year instead of 2.
    upgradeMinYearsReported: 1,
  },
  {
    id: "tt2026",
    from: { y: 2026, m: 7, d: 7 },
    confirmed: false,
    label: { vi: "TT 57/2026 (chưa xác nhận)", en: "Circular 57/2026 (unconfirmed)" },
    texts: {
      vi: "Thông tư 57/2026/TT-BGDĐT (theo thông tin báo chí, chưa đối chiếu văn bản chính thức)",
      en: "Circular 57/2026 (as reported; not confirmed from the official text)",
    },
    linkedLevels: true,
    accreditationMax: 2,
    standardRequires: { 1: 1, 2: 2 },
    ...CYCLE,
  },
];

export const REGIME_IDS: readonly RegimeId[] = REGIMES.map((r) => r.id);

/** The regime used for codes whose date is unknown: the latest confirmed one. */
export const DEFAULT_REGIME: RegimeId = "tt2018a";

export function regimeById(id: RegimeId): Regime {
  const found = REGIMES.find((r) => r.id === id);
  if (!found) throw new RangeError(`unknown regime ${id}`);
  return found;
}

export function isRegimeId(text: string): text is RegimeId {
  return (REGIME_IDS as readonly string[]).includes(text);
}

export interface RegimeChoice {
  readonly regime: Regime;
  /** True when the date is too coarse to tell which regime applied (e.g. year 2018 only). */
  readonly uncertain: boolean;
  /** True when the user chose the regime. */
  readonly chosen: boolean;
}

/** Whether two regimes apply the same parameters, so a date between them needs no doubt. */
function sameRules(a: Regime, b: Regime): boolean {
  return (
    a.confirmed === b.confirmed &&
    a.linkedLevels === b.linkedLevels &&
    a.accreditationMax === b.accreditationMax &&
    a.standardMax === b.standardMax &&
    a.standardRequires[1] === b.standardRequires[1] &&
    a.standardRequires[2] === b.standardRequires[2] &&
    a.validityYears === b.validityYears &&
    a.renewalLeadMonths === b.renewalLeadMonths &&
    a.upgradeMinYears === b.upgradeMinYears &&
    a.renewalMinYears === b.renewalMinYears
  );
}

function regimeOnDay(day: DayDate): Regime {
  let found = REGIMES[0] as Regime;
  for (const r of REGIMES) if (r.from === null || compareDays(r.from, day) <= 0) found = r;
  return found;
}

/** The regime in force on a decision date; coarse dates that straddle a change are uncertain. */
export function regimeFor(date: DateValue | null, override?: RegimeId | null): RegimeChoice {
  if (override) return { regime: regimeById(override), uncertain: false, chosen: true };
  if (!date) return { regime: regimeById(DEFAULT_REGIME), uncertain: true, chosen: false };
  const first = date.date;
  const last = lastDayOf(date);
  const atStart = regimeOnDay(first);
  const atEnd = regimeOnDay(last);
  // A coarse date spanning two regimes that judge alike (2025: tt2018 or tt2018a) is not in doubt.
  if (atStart.id === atEnd.id || sameRules(atStart, atEnd))
    return { regime: atEnd, uncertain: false, chosen: false };
  // A year such as 2018 spans two regimes: judge by the later one and say the result is uncertain,
  // but never apply an unconfirmed regime to a date that may fall before it.
  return { regime: atEnd.confirmed ? atEnd : atStart, uncertain: true, chosen: false };
}
