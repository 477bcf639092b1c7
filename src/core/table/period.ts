/**
 * What a workbook says about itself above and beside its tables (SPEC §7): the plan year ("KẾ HOẠCH
 * … NĂM 2024", "năm học 2023-2024", an action column headed "Kế hoạch năm 2023", a plan-year column,
 * the file name), the date its figures stand at ("(Tính đến tháng 01/2023)") and the body that issued
 * it ("UBND HUYỆN SƠN HÀ"). The product uses these when the user says nothing, and shows where they
 * came from.
 */
import type { Grid } from "../grid";
import type { DayDate } from "../text/dates";
import { addDays, addMonths, isValidDay, parseDate } from "../text/dates";
import { clean, fold } from "../text/normalize";
import type { SchoolTable } from "./model";
import { bodyOfTitles } from "./title-body";

/**
 * A year read from a list's title: the title line; the school year it names, as "2026-2027", when the
 * year was read from one; the other years the workbook's other lists' titles state as strongly, when
 * they differ (a workbook with one sheet per year), latest first.
 */
interface TitleSource {
  readonly text: string;
  readonly schoolYear?: string;
  readonly otherYears?: readonly number[];
}

/** Where a plan year was read, strongest first. */
export type PlanYearSource =
  | ({ readonly kind: "title" } & TitleSource)
  | { readonly kind: "actionHeader"; readonly text: string }
  | { readonly kind: "planYearColumn"; readonly text: string }
  | ({ readonly kind: "titleYear" } & TitleSource)
  | { readonly kind: "referenceDate"; readonly text: string }
  | { readonly kind: "fileName"; readonly text: string };

export interface PlanYearHint {
  readonly year: number;
  readonly source: PlanYearSource;
}

export interface ReferenceHint {
  readonly date: DayDate;
  /** The title line it was read from. */
  readonly text: string;
}

export interface WorkbookFacts {
  readonly planYear: PlanYearHint | null;
  readonly referenceDate: ReferenceHint | null;
  /**
   * The issuing body named at the top of the first list, as written ("UBND HUYỆN SƠN HÀ"), its
   * heading's lines joined by "\n" ("UBND TỈNH THÁI NGUYÊN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO"); else the
   * committee of the one commune the title names ("UBND xã Hòa An").
   */
  readonly issuingBody: string | null;
  /** The year each list's own title states, by the tables' order; null where it states none. */
  readonly listYears: readonly (number | null)[];
}

/** Title lines are the rows above the first header; a long sheet's title is never far down. */
const MAX_TITLE_ROWS = 15;
/** Longer texts are paragraphs, not titles. */
const MAX_TITLE_LENGTH = 300;

const YEARS = { min: 2000, max: 2100 } as const;

const isYear = (y: number): boolean => Number.isInteger(y) && y >= YEARS.min && y <= YEARS.max;

/** The text lines above the first table of the first grid that has one. */
export function titleLines(grids: readonly Grid[], tables: readonly SchoolTable[]): string[] {
  const first = tables[0];
  return first ? titleLinesOf(grids, tables, first) : [];
}

/**
 * The text lines above one table, never reaching up into the schools of the table before it on its
 * sheet: that table's trailing heading rows ("II. DANH SÁCH … NĂM 2027") are this table's title.
 */
function titleLinesOf(grids: readonly Grid[], tables: readonly SchoolTable[], table: SchoolTable): string[] {
  const grid = grids.find((g) => g.sheet === table.sheet);
  if (!grid) return [];
  let from = Math.max(grid.top, table.headerTop - MAX_TITLE_ROWS);
  for (const t of tables) {
    if (t === table || t.sheet !== table.sheet || t.headerTop >= table.headerTop) continue;
    from = Math.max(from, t.headerRow + 1);
    for (const row of t.rows)
      if (row.kind !== "group" && row.kind !== "blank" && row.row < table.headerTop)
        from = Math.max(from, row.row + 1);
  }
  const lines: string[] = [];
  for (let r = from; r < table.headerTop; r++) {
    const row = grid.cells[r - grid.top] ?? [];
    const texts = row.filter((v): v is string => typeof v === "string" && v.trim() !== "");
    for (const t of texts) if (t.length <= MAX_TITLE_LENGTH) lines.push(clean(t));
  }
  return lines;
}

/** "Năm 2021-2025", "giai đoạn 2021 – 2025": a period of years names no single plan year. */
const PERIOD = /(?:giai doan|nam|tu nam)? ?(\d{4}) ?[-–—] ?(\d{4})/g;
/**
 * A school year as titles write it: "NĂM HỌC 2026-2027", "năm học 2026 - 2027", "NH 2026-2027",
 * "NH: 2026-2027", "năm học 2026-27". The years themselves are read as a cell's are (`parseDate`).
 */
const SCHOOL_YEAR = /(?:\bnam hoc|\bnh)\b\.? ?:? ?(\d{4} ?[-\u2012-\u2015/] ?(?:\d{4}|\d{2}))(?!\d)/g;
/** "KẾ HOẠCH … NĂM 2027", "Danh sách trường đề nghị công nhận năm 2027": the year a plan is for. */
const PLAN_YEAR = /(?:ke hoach|de nghi|dang ky)\b.*?\bnam (\d{4})\b/;
/** Words that make a title the plan's: "KẾ HOẠCH …", "… ĐỀ NGHỊ …", "… ĐĂNG KÝ …". */
const PLAN_WORDS = /(?:ke hoach|de nghi|dang ky)\b/;
const PLAIN_YEAR = /\bnam (\d{4})\b/;

/**
 * The first school year a folded title line names: its first calendar year, where the line names it,
 * and the school year as "2026-2027".
 *
 * A school year stands for the plan year it starts in, as a list's plan-year cell "2026-2027" does
 * (`parseDate` reads it from 01/09/2026), so a title and its rows never disagree. It is also where
 * its work falls: a school year runs from September to May, and a recognition expiring in it needs
 * its self-assessment and registration for external assessment five months before (SPEC §6), by
 * December of the first year at the latest; the due list of plan year Y covers expiries in Y and Y+1,
 * the whole school year. Reading the second year instead put the reference date at 31/12 of it, seven
 * months after the school year ended, counted as lapsed the recognitions still valid during it, and
 * dropped from the due list those expiring in its autumn. The seeds' plans are calendar years drawn up
 * at their start ("năm 2024", dated 04/01/2024): a school year's plan is drawn up at its start too.
 */
function schoolYearOf(folded: string): { first: number; at: number; label: string } | null {
  for (const m of folded.matchAll(SCHOOL_YEAR)) {
    const years = (m[1] ?? "").replace(/\s/g, "");
    const d = parseDate(years);
    if (d.kind === "ok" && d.value.precision === "schoolYear" && isYear(d.value.date.y)) {
      const first = d.value.date.y;
      return { first, at: m.index, label: `${first}-${first + 1}` };
    }
  }
  return null;
}

/**
 * The plan year one list's title states: a plan's title ("KẾ HOẠCH … NĂM 2027", "DANH SÁCH ĐỀ NGHỊ
 * NH 2026-2027") on any line, else the first year a line names ("DANH SÁCH TRƯỜNG NĂM 2026").
 */
function yearOfTitles(lines: readonly string[]): PlanYearHint | null {
  let plain: PlanYearHint | null = null;
  for (const text of lines) {
    const f = fold(text);
    // "(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2024)" names another document's date.
    if (/^\(?kem theo\b/.test(f)) continue;
    const calendar = f.replace(SCHOOL_YEAR, " ").replace(PERIOD, " ");
    const plan = PLAN_YEAR.exec(calendar);
    if (plan && isYear(Number(plan[1]))) return { year: Number(plan[1]), source: { kind: "title", text } };
    const school = schoolYearOf(f);
    if (school && PLAN_WORDS.test(f.slice(0, school.at)))
      return { year: school.first, source: { kind: "title", text, schoolYear: school.label } };
    if (plain) continue;
    // A calendar year the line states outright beats the school year it also names.
    const year = PLAIN_YEAR.exec(calendar);
    if (year && isYear(Number(year[1])))
      plain = { year: Number(year[1]), source: { kind: "titleYear", text } };
    else if (school)
      plain = { year: school.first, source: { kind: "titleYear", text, schoolYear: school.label } };
  }
  return plain;
}

/**
 * Words, folded, after which a title gives the date its figures stand at: "tính đến (hết) ngày",
 * "Số liệu (báo cáo) đến ngày", "Thời điểm (báo cáo):", "(Đến ngày …)". A date with no such words
 * ("Quyết định số 12/QĐ-UBND ngày 05/3/2026", "Hòa An, ngày 15 tháng 3 năm 2026") is another
 * document's or the signature's, not the figures'.
 */
const AS_OF =
  /(?:\btinh den|\bso lieu(?: bao cao| thong ke| tong hop)? den|\bthoi diem(?: bao cao| so lieu| thong ke| tong hop)?\s*:?|(?:^|\()\s*den)\s*(?:het\s*)?/g;
/** "30/6/2026", "30-06-2026", "30.6.2026", "30 tháng 6 năm 2026", after an optional "ngày". */
const AS_OF_DAY =
  /^(?:ngay\s*)?(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]|\s+thang\s+(\d{1,2})\s+nam)\s*(\d{4})(?!\d)/;
/** "tháng 01/2023", "tháng 6 năm 2024". */
const AS_OF_MONTH = /^thang\s*(\d{1,2})\s*(?:[/.-]|nam)\s*(\d{4})(?!\d)/;

/** The date the figures stand at, from the words after one of `AS_OF`; null when none follows. */
function asOf(rest: string): DayDate | null {
  const day = AS_OF_DAY.exec(rest);
  if (day) {
    const [d, m, y] = [Number(day[1]), Number(day[2] ?? day[3]), Number(day[4])];
    return isValidDay(y, m, d) && isYear(y) ? { y, m, d } : null;
  }
  const month = AS_OF_MONTH.exec(rest);
  if (!month) return null;
  const [m, y] = [Number(month[1]), Number(month[2])];
  // "As of January 2023": the figures stand at the end of that month.
  return m >= 1 && m <= 12 && isYear(y) ? addDays(addMonths({ y, m, d: 1 }, 1), -1) : null;
}

/** "(Số liệu tính đến ngày 31/12/2022)", "(Tính đến tháng 01/2023)", "Thời điểm báo cáo: 30/6/2026". */
function referenceOfTitles(lines: readonly string[]): ReferenceHint | null {
  for (const text of lines) {
    const f = fold(text);
    for (const words of f.matchAll(AS_OF)) {
      const date = asOf(f.slice(words.index + words[0].length));
      if (date) return { date, text };
    }
  }
  return null;
}

/** The years a plan-year column holds, read from its cells. */
function planYearsOf(tables: readonly SchoolTable[]): number[] {
  const years: number[] = [];
  for (const t of tables) {
    const col = t.columns.planYear;
    if (!col) continue;
    for (const row of t.rows) {
      if (row.kind !== "school") continue;
      const d = parseDate(row.values[col.col - t.left] ?? null);
      if (d.kind === "ok") years.push(d.value.date.y);
    }
  }
  return years;
}

/** The plan-year column's single year, when every row that gives one agrees. */
function yearOfColumn(tables: readonly SchoolTable[]): PlanYearHint | null {
  const header = tables.find((t) => t.columns.planYear)?.columns.planYear?.header;
  if (!header) return null;
  const years = new Set(planYearsOf(tables));
  const [only] = years;
  return years.size === 1 && only !== undefined && isYear(only)
    ? { year: only, source: { kind: "planYearColumn", text: header } }
    : null;
}

function yearOfFileName(fileName: string | undefined): PlanYearHint | null {
  if (!fileName) return null;
  const base = fileName.replace(/^.*[\\/]/, "");
  const years = new Set([...base.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1])));
  const [only] = years;
  return years.size === 1 && only !== undefined && isYear(only)
    ? { year: only, source: { kind: "fileName", text: base } }
    : null;
}

/**
 * The latest year the lists' titles state with this strength, and the other years they state so: a
 * workbook with one sheet per year ("DS 2023", then "DS 2025") is prepared for its latest, whichever
 * sheet comes first (a hidden one, often).
 */
function latestOf(
  hints: readonly (PlanYearHint | null)[],
  kind: "title" | "titleYear",
): { hint: PlanYearHint; list: number } | null {
  let list = -1;
  let latest = Number.NEGATIVE_INFINITY;
  hints.forEach((h, i) => {
    // The first list that states the latest year: ties keep sheet order.
    if (h?.source.kind === kind && h.year > latest) [list, latest] = [i, h.year];
  });
  const hint = hints[list];
  if (!hint || (hint.source.kind !== "title" && hint.source.kind !== "titleYear")) return null;
  const others = new Set<number>();
  for (const h of hints) if (h?.source.kind === kind && h.year !== hint.year) others.add(h.year);
  if (others.size === 0) return { hint, list };
  const otherYears = [...others].sort((a, b) => b - a);
  return { hint: { year: hint.year, source: { ...hint.source, otherYears } }, list };
}

/** The facts a workbook states about its plan, from its title lines, its tables and its file name. */
export function workbookFacts(
  grids: readonly Grid[],
  tables: readonly SchoolTable[],
  fileName?: string,
): WorkbookFacts {
  const titles = tables.map((t) => titleLinesOf(grids, tables, t));
  const lines = titles[0] ?? [];
  const hints = titles.map(yearOfTitles);
  // A plan's title may head a later list (a "Hiện trạng" sheet, then "Kế hoạch 2027"): a plan year
  // named there beats a year a list merely mentions. Among lists that state years alike, the latest.
  const planned = latestOf(hints, "title");
  const mentioned = latestOf(hints, "titleYear");
  const headerYear = tables.find((t) => t.actionHeaderYear !== null);
  // The date the figures stand at, as the list that gives the year states it, else the first list.
  const stating = planned ?? mentioned;
  const reference =
    (stating ? referenceOfTitles(titles[stating.list] ?? []) : null) ?? referenceOfTitles(lines);
  const planYear =
    planned?.hint ??
    (headerYear && headerYear.actionHeaderYear !== null
      ? {
          year: headerYear.actionHeaderYear,
          source: { kind: "actionHeader" as const, text: headerYear.columns.action?.header ?? "" },
        }
      : null) ??
    yearOfColumn(tables) ??
    mentioned?.hint ??
    (reference
      ? { year: reference.date.y, source: { kind: "referenceDate" as const, text: reference.text } }
      : null) ??
    yearOfFileName(fileName);
  return {
    planYear,
    referenceDate: reference,
    issuingBody: bodyOfTitles(lines),
    listYears: hints.map((h) => h?.year ?? null),
  };
}
