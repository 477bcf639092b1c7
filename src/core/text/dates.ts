/**
 * Calendar days as lists write them. Lists are Vietnamese, so text is always read day first:
 * `04/01/2024` is 4 January 2024, never April 1st. Days are plain {y, m, d} records so no time
 * zone can shift them.
 */

import type { CellValue } from "../grid";
import { displayValue } from "./format";
import { clean, fold } from "./normalize";

export interface DayDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/**
 * How much of a date is known: a day; a month; a quarter ("Quý II/2021"); a twelve-month span (a calendar year from 01/01, or
 * any span derived from one, such as the five months before a year-only expiry); a school year
 * (01/09 to 31/08 of the next year), as lists write "2019-2020".
 */
export type DatePrecision = "day" | "month" | "quarter" | "year" | "schoolYear";

/** `date` is the first day of the span the value stands for: d = 1 below day precision. */
export interface DateValue {
  readonly date: DayDate;
  readonly precision: DatePrecision;
}

/** The first day of a school year. */
export const SCHOOL_YEAR_START_MONTH = 9;

export type DateParse =
  { kind: "empty" } | { kind: "ok"; value: DateValue } | { kind: "invalid"; text: string };

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 system once past its fictitious 29/02/1900. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Excel shows serial 60 as 29/02/1900, a day that never existed (kept from Lotus 1-2-3). */
const LOTUS_LEAP_DAY = 60;
/** 31/12/9999, Excel's last day. */
const MAX_SERIAL = 2_958_465;
/** Longer texts are not dates a person typed; refusing them bounds the work. */
const MAX_TEXT = 64;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Years are limited to 1..9999, the range Excel and `Date` both handle. */
export function isValidDay(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

export function compareDays(a: DayDate, b: DayDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** 29/02 becomes 28/02 in a non-leap year: a recognition granted on a leap day still lasts whole years. */
export function addYears(d: DayDate, years: number): DayDate {
  const y = d.y + years;
  return { y, m: d.m, d: Math.min(d.d, daysInMonth(y, d.m)) };
}

/** Clamps to the end of the target month: 31/07 − 5 months is the last day of February. */
export function addMonths(d: DayDate, months: number): DayDate {
  const index = d.y * 12 + (d.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(d.d, daysInMonth(y, m)) };
}

export function endOfYear(y: number): DayDate {
  return { y, m: 12, d: 31 };
}

export function addDays(d: DayDate, days: number): DayDate {
  return dayAtUtc(utcMs(d) + days * MS_PER_DAY);
}

/** Months a value spans: 0 for a day. */
function spanMonths(precision: DatePrecision): number {
  return precision === "day" ? 0 : precision === "month" ? 1 : precision === "quarter" ? 3 : 12;
}

/** The last day of the period a value stands for (the day itself at day precision). */
export function lastDayOf(value: DateValue): DayDate {
  const months = spanMonths(value.precision);
  return months === 0 ? value.date : dayBefore(addMonths(value.date, months));
}

/** `addDays(d, -1)` without a `Date`: asked for every dated school of a list. */
function dayBefore(d: DayDate): DayDate {
  if (d.d > 1) return { y: d.y, m: d.m, d: d.d - 1 };
  if (d.m > 1) return { y: d.y, m: d.m - 1, d: daysInMonth(d.y, d.m - 1) };
  return { y: d.y - 1, m: 12, d: 31 };
}

/** Whether the period a value stands for overlaps the calendar year. */
export function overlapsYear(value: DateValue, year: number): boolean {
  return value.date.y <= year && lastDayOf(value).y >= year;
}

function dayAtUtc(ms: number): DayDate {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function utcMs(d: DayDate): number {
  // setUTCFullYear, unlike Date.UTC, does not move years 0..99 into the 1900s.
  const t = new Date(0);
  t.setUTCFullYear(d.y, d.m - 1, d.d);
  return t.getTime();
}

/** Serial 60 (the Lotus leap day) has no real day, so it gives null like any serial out of range. */
export function fromExcelSerial(serial: number): DayDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL || whole === LOTUS_LEAP_DAY) return null;
  // Before the fictitious leap day, Excel's count runs one ahead of the real calendar.
  const days = whole < LOTUS_LEAP_DAY ? whole + 1 : whole;
  return dayAtUtc(EXCEL_EPOCH + days * MS_PER_DAY);
}

/** Inverse of fromExcelSerial for 01/01/1900..31/12/9999; earlier days give serials ≤ 0. */
export function toExcelSerial(d: DayDate): number {
  const days = Math.round((utcMs(d) - EXCEL_EPOCH) / MS_PER_DAY);
  return days <= LOTUS_LEAP_DAY ? days - 1 : days;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

export function isoDay(d: DayDate): string {
  return `${String(d.y).padStart(4, "0")}-${pad2(d.m)}-${pad2(d.d)}`;
}

/**
 * Rounds to the nearest midnight UTC: exceljs gives dates at UTC midnight, sometimes a few
 * milliseconds early, and a local-midnight Date from any time zone within ±12 h lands on its own day.
 */
export function dayFromJsDate(date: Date): DayDate {
  return dayAtUtc(Math.round(date.getTime() / MS_PER_DAY) * MS_PER_DAY);
}

function day(y: number, m: number, d: number): DateValue | null {
  return isValidDay(y, m, d) ? { date: { y, m, d }, precision: "day" } : null;
}

function month(y: number, m: number): DateValue | null {
  return isValidDay(y, m, 1) ? { date: { y, m, d: 1 }, precision: "month" } : null;
}

function year(y: number): DateValue | null {
  return isValidDay(y, 1, 1) ? { date: { y, m: 1, d: 1 }, precision: "year" } : null;
}

/** Two-digit years: 00..49 are 20xx, 50..99 are 19xx. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length !== 2) return y;
  return y < 50 ? 2000 + y : 1900 + y;
}

/**
 * A bare year or an Excel serial. Integers 1800..2200 are years: old schools were founded in the
 * 1800s, and serials in that range (1904–1906) never occur in these lists.
 */
function fromNumber(n: number): DateValue | null {
  if (Number.isInteger(n) && n >= 1800 && n <= 2200) return year(n);
  if (!(n >= 1)) return null;
  const d = fromExcelSerial(n);
  return d ? { date: d, precision: "day" } : null;
}

// Patterns run on fold()ed text: lower case, no diacritics, single spaces.
const TIME = String.raw`(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?`;
/** 04/01/2024, 4-1-2024, 15.3.19, optionally followed by a time as CSV exports write it. */
const DMY = new RegExp(String.raw`^(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})${TIME}$`);
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const MONTH_YEAR = /^(\d{1,2}) ?[/.-] ?(\d{4})$/;
const YEAR = /^\d{4}$/;
const SERIAL = /^\d{1,7}$/;
/** "ngày 15 tháng 3 năm 2019", also "ngày 15/3/2019". */
const DAY_WORDS = /^ngay (\d{1,2}) ?(?:[/.-]|thang) ?(\d{1,2}) ?(?:[/.-]|nam) ?(\d{4}|\d{2})$/;
/** "tháng 3/2019", "tháng 3 năm 2019". */
const MONTH_WORDS = /^thang (\d{1,2}) ?(?:[/.-]|nam) ?(\d{4})$/;
const YEAR_WORDS = /^nam (\d{4})$/;
/**
 * A decision cited with its date, as a "QĐ số/ngày" column writes it: "123/QĐ-UBND ngày 15/3/2022",
 * "Quyết định số 56/QĐ-UBND, ngày 04 tháng 01 năm 2024", "789/QĐ-SGDĐT, 20/10/2021". The date is
 * the decision's.
 */
const DECISION_DAY =
  /^(?:(?:quyet dinh|qd) )?(?:so )?\d+ ?\/ ?qd[-a-z0-9 &]*?(?:,? ngay |, ?)(\d{1,2}) ?(?:[/.-]|thang) ?(\d{1,2}) ?(?:[/.-]|nam) ?(\d{4})$/;
/** The same with the month only: "88/QĐ-UBND, 03/2021", "Quyết định số 12/QĐ-UBND tháng 3/2021". */
const DECISION_MONTH =
  /^(?:(?:quyet dinh|qd) )?(?:so )?\d+ ?\/ ?qd[-a-z0-9 &]*?(?:,? (?:ngay|thang) |, ?)(\d{1,2}) ?(?:[/.-]|nam) ?(\d{4})$/;
/** "2019-2020", "2019 – 2020", "2019/2020", "năm học 2019-2020", "NH 2019-2020": a school year. */
const SCHOOL_YEAR = /^(?:(?:nam hoc|nh)\.? ?)?(\d{4}) ?[-\u2012-\u2015/] ?(\d{4}|\d{2})$/;
/** "Quý II/2021", "quý 2 năm 2021", "Q2/2021": a quarter. */
const QUARTER = /^(?:quy|q)\.? ?(iv|iii|ii|i|[1-4]) ?(?:[/.-]|nam) ?(\d{4})$/;
/** "HK1 2021-2022", "học kỳ II năm học 2021-2022": a term, read as its school year. */
const TERM =
  /^(?:hk|hoc ky)\.? ?(?:iii|ii|i|[1-3]),? ?(?:(?:nam hoc|nh)\.? ?)?(\d{4}) ?[-\u2012-\u2015/] ?(\d{4}|\d{2})$/;
/** "T5/2019", "th5/2019": a month as some lists abbreviate it. */
const MONTH_SHORT = /^th?\.? ?(\d{1,2}) ?[/.-] ?(\d{4})$/;

function fromText(text: string): DateValue | null {
  const f = fold(text);
  let m: RegExpExecArray | null;
  if (YEAR.test(f)) return year(Number(f));
  if (SERIAL.test(f)) return fromNumber(Number(f));
  if ((m = DMY.exec(f))) return day(fullYear(m[4] ?? ""), Number(m[3]), Number(m[1]));
  if ((m = ISO.exec(f))) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = MONTH_YEAR.exec(f))) return month(Number(m[2]), Number(m[1]));
  if ((m = DAY_WORDS.exec(f))) return day(fullYear(m[3] ?? ""), Number(m[2]), Number(m[1]));
  if ((m = MONTH_WORDS.exec(f))) return month(Number(m[2]), Number(m[1]));
  if ((m = YEAR_WORDS.exec(f))) return year(Number(m[1]));
  if ((m = SCHOOL_YEAR.exec(f))) return schoolYear(Number(m[1]), m[2] ?? "");
  if ((m = MONTH_SHORT.exec(f))) return month(Number(m[2]), Number(m[1]));
  if ((m = QUARTER.exec(f))) return quarter(Number(m[2]), m[1] ?? "");
  if ((m = TERM.exec(f))) return schoolYear(Number(m[1]), m[2] ?? "");
  if ((m = DECISION_DAY.exec(f))) return day(Number(m[3]), Number(m[2]), Number(m[1]));
  if ((m = DECISION_MONTH.exec(f))) return month(Number(m[2]), Number(m[1]));
  return null;
}

const QUARTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

function quarter(y: number, which: string): DateValue | null {
  const q = QUARTERS[which] ?? Number(which);
  const m = 3 * (q - 1) + 1;
  return isValidDay(y, m, 1) ? { date: { y, m, d: 1 }, precision: "quarter" } : null;
}

/** "2019-2020" or "2019-20": the second year must follow the first. */
function schoolYear(first: number, second: string): DateValue | null {
  const next = second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second);
  const end = second.length === 2 && next < first ? next + 100 : next;
  if (end !== first + 1 || !isValidDay(first, SCHOOL_YEAR_START_MONTH, 1)) return null;
  return { date: { y: first, m: SCHOOL_YEAR_START_MONTH, d: 1 }, precision: "schoolYear" };
}

/** Numbers, Dates, booleans and Excel errors; text goes through fromText. */
function fromCell(value: Exclude<CellValue, string | null>): DateValue | null {
  if (typeof value === "number") return Number.isFinite(value) ? fromNumber(value) : null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const d = dayFromJsDate(value);
    return day(d.y, d.m, d.d);
  }
  return null;
}

/** Reads a cell as a day, a month or a year. Never throws. */
export function parseDate(value: CellValue): DateParse {
  if (value === null) return { kind: "empty" };
  let v: DateValue | null;
  if (typeof value === "string") {
    const text = clean(value);
    if (text === "") return { kind: "empty" };
    v = text.length <= MAX_TEXT ? fromText(text) : null;
  } else {
    v = fromCell(value);
  }
  return v ? { kind: "ok", value: v } : { kind: "invalid", text: displayValue(value) ?? "" };
}
