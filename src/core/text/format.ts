/**
 * The one place numbers and dates become text. Vietnamese documents write `44.497` and `31.162,5`
 * (dot thousands, comma decimals), `61,40%` and `dd/mm/yyyy`; English swaps the separators but keeps
 * the official day-first date.
 */

import type { CellValue } from "../grid";
import { dayFromJsDate, lastDayOf, SCHOOL_YEAR_START_MONTH, type DateValue, type DayDate } from "./dates";
import { clean } from "./normalize";

export type Lang = "vi" | "en";

const SEPARATORS = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
} as const;

/** A cell shown in a report is cut here so one huge cell cannot flood it. */
const MAX_DISPLAY = 200;
const MAX_DECIMALS = 20;

interface Digits {
  readonly negative: boolean;
  readonly int: string;
  readonly frac: string;
}

/**
 * |n| × 10^shift rounded half away from zero to `decimals` places, done on the digits of n's shortest
 * decimal form so 1.005 rounds to 1.01 and 0.00145 to 0.15%, as a person reading the number expects.
 */
function roundedDigits(n: number, decimals: number, shift: number): Digits {
  const parts = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(n)));
  const whole = parts?.[1] ?? "0";
  const fraction = parts?.[2] ?? "";
  const all = whole + fraction;
  // Digits of `all` kept once the point moves by the exponent, the shift and the decimals.
  const keep = whole.length + Number(parts?.[3] ?? 0) + shift + decimals;
  let digits: string;
  if (keep <= 0) {
    digits = keep === 0 && Number(all[0]) >= 5 ? "1" : "0";
  } else if (keep >= all.length) {
    digits = all + "0".repeat(keep - all.length);
  } else {
    const up = Number(all[keep]) >= 5;
    digits = (BigInt(all.slice(0, keep)) + (up ? 1n : 0n)).toString();
  }
  digits = digits.replace(/^0+(?=\d)/, "");
  const padded = digits.padStart(decimals + 1, "0");
  const cut = padded.length - decimals;
  return { negative: n < 0 && /[1-9]/.test(digits), int: padded.slice(0, cut), frac: padded.slice(cut) };
}

function join({ negative, int, frac }: Digits, lang: Lang): string {
  const { group, decimal } = SEPARATORS[lang];
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, group);
  return `${negative ? "-" : ""}${grouped}${frac ? decimal + frac : ""}`;
}

function decimalsIn(requested: number): number {
  return Number.isFinite(requested) ? Math.min(MAX_DECIMALS, Math.max(0, Math.floor(requested))) : 2;
}

/** Trailing zeros dropped: 44497 → "44.497", 31162.5 → "31.162,5". Non-finite numbers as JS writes them. */
export function formatNumber(n: number, lang: Lang = "vi", maxDecimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const digits = roundedDigits(n, decimalsIn(maxDecimals), 0);
  const frac = digits.frac.replace(/0+$/, "");
  return join({ negative: digits.negative, int: digits.int, frac }, lang);
}

/** Keeps trailing zeros: 61.4 → "61,40". */
export function formatFixed(n: number, decimals: number, lang: Lang = "vi"): string {
  if (!Number.isFinite(n)) return String(n);
  return join(roundedDigits(n, decimalsIn(decimals), 0), lang);
}

/** 0.6140350877 → "61,40%" (vi), "61.40%" (en). */
export function formatPercent(fraction: number, lang: Lang = "vi"): string {
  if (!Number.isFinite(fraction)) return `${String(fraction)}%`;
  return `${join(roundedDigits(fraction, 2, 2), lang)}%`;
}

/**
 * School counts as the documents write them: "03 trường", "1.250 trường" (two digits at least, whole
 * numbers, thousands grouped as the language groups them).
 */
export function formatCount2(n: number, lang: Lang = "vi"): string {
  if (!Number.isFinite(n)) return String(n);
  const { negative, int } = roundedDigits(n, 0, 0);
  if (int.length <= 2) return `${negative ? "-" : ""}${int.padStart(2, "0")}`;
  return formatNumber(Math.round(n), lang, 0);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** dd/mm/yyyy in both languages: the official Vietnamese form. */
export function formatDay(d: DayDate): string {
  return `${pad2(d.d)}/${pad2(d.m)}/${String(d.y).padStart(4, "0")}`;
}

const monthYear = (d: DayDate): string => `${pad2(d.m)}/${String(d.y).padStart(4, "0")}`;

/**
 * A date at its own precision: "15/03/2019", "03/2019", a quarter "04/2019–06/2019", "2019", the school year "2019–2020", or a
 * twelve-month span that is not a calendar year ("08/2023–07/2024", the possible dossier deadlines
 * of a year-only expiry).
 */
export function formatDateValue(v: DateValue): string {
  const { y, m } = v.date;
  switch (v.precision) {
    case "day":
      return formatDay(v.date);
    case "month":
      return monthYear(v.date);
    case "quarter":
      return `${monthYear(v.date)}–${monthYear(lastDayOf(v))}`;
    case "schoolYear":
      return m === SCHOOL_YEAR_START_MONTH
        ? `${y}–${y + 1}`
        : `${monthYear(v.date)}–${monthYear(lastDayOf(v))}`;
    case "year":
      return m === 1 ? String(y).padStart(4, "0") : `${monthYear(v.date)}–${monthYear(lastDayOf(v))}`;
  }
}

function capped(text: string): string {
  if (text.length <= MAX_DISPLAY) return text;
  let cut = text.slice(0, MAX_DISPLAY - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1); // never split a surrogate pair
  return `${cut}…`;
}

/** The value a finding shows as read from the cell; null for an empty cell. */
export function displayValue(value: CellValue): string | null {
  if (value === null) return null;
  if (typeof value === "string") {
    const text = clean(value);
    return text === "" ? null : capped(text);
  }
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "Invalid Date" : formatDay(dayFromJsDate(value));
  }
  return capped(value.error);
}
