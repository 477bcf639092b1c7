/**
 * The one-line notes every output prints beside figures it had to leave incomplete: which cells were
 * left out of a total and why, or why a figure is missing altogether. Shared by the pane, the summary
 * sheet, the plan and the command line so they say the same thing.
 */
import type { Lang } from "../text/format";
import { formatDay, formatNumber } from "../text/format";
import type { ExcludedCell, RecognitionGap } from "./excluded";
import { byGap, schoolsLeftOut } from "./excluded";
import type { Localized } from "../text/localized";
import type { Summary, UnitGap, UnitGapReason, UnitYear, YearBasis } from "./summary";
import type { RepeatedSchool } from "./repeated";

/** Cells named in a note before "… và N ô khác": enough to find them, short enough to print. */
const NAMED = 8;

function cellList(cells: readonly ExcludedCell[], lang: Lang): string {
  const names = cells
    .slice(0, NAMED)
    .map((c) => (c.unit === undefined ? `${c.sheet}!${c.cell}` : `${c.unit}: ${c.sheet}!${c.cell}`));
  const rest = cells.length - names.length;
  if (rest <= 0) return names.join(", ");
  return lang === "vi"
    ? `${names.join(", ")} và ${formatNumber(rest, "vi")} ô khác`
    : `${names.join(", ")} and ${formatNumber(rest, "en")} more`;
}

/** "A, B và C": names joined as prose. */
function prose(names: readonly string[], lang: Lang): string {
  if (names.length < 2) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${lang === "vi" ? "và" : "and"} ${names[names.length - 1] ?? ""}`;
}

const SCHOOLS: Localized = { vi: "trường", en: "schools" };

/** Names before "… và N danh sách khác". */
function named(names: readonly string[], lang: Lang, what: Localized, separator = ", "): string {
  const rest = names.length - Math.min(names.length, NAMED);
  const shown = names.slice(0, NAMED).join(separator);
  if (rest === 0) return shown;
  return lang === "vi"
    ? `${shown} và ${formatNumber(rest, lang)} ${what.vi} khác`
    : `${shown} and ${formatNumber(rest, lang)} more ${what.en}`;
}

const LISTS: Localized = { vi: "danh sách", en: "lists" };

/** "Xã An Phú (năm 2025)": the lists of another plan year. */
function unitYears(units: readonly UnitYear[], lang: Lang): string {
  return named(
    units.map((u) => (lang === "vi" ? `${u.unit} (năm ${u.planYear})` : `${u.unit} (${u.planYear})`)),
    lang,
    LISTS,
  );
}

const YEAR_BASIS: Readonly<Record<YearBasis, (year: number) => Localized>> = {
  user: (y) => ({
    vi: `Số liệu chung tính theo năm kế hoạch ${y} đã chọn`,
    en: `The combined figures are for the chosen plan year ${y}`,
  }),
  shared: (y) => ({
    vi: `Số liệu chung tính theo năm kế hoạch ${y}`,
    en: `The combined figures are for plan year ${y}`,
  }),
  only: (y) => ({
    vi: `Số liệu chung tính theo năm kế hoạch ${y}, năm các danh sách ghi`,
    en: `The combined figures are for plan year ${y}, the year the lists state`,
  }),
  most: (y) => ({
    vi: `Các danh sách không cùng năm kế hoạch; số liệu chung tính theo năm ${y}, năm nhiều danh sách ghi nhất`,
    en: `The lists are not of one plan year; the combined figures are for ${y}, the year most lists state`,
  }),
  latest: (y) => ({
    vi: `Các danh sách không cùng năm kế hoạch; số liệu chung tính theo năm ${y}, năm sau trong các năm có số danh sách ghi bằng nhau`,
    en: `The lists are not of one plan year; the combined figures are for ${y}, the later of the years stated equally often`,
  }),
};

/**
 * Lists of a roll-up whose plan year is not the roll-up's, left out of every combined figure: how the
 * year was chosen, and which lists and years; null when there are none.
 */
export function otherYearsNote(s: Summary, lang: Lang): string | null {
  const o = s.otherYears;
  if (o === null || o.units.length === 0) return null;
  const lead = YEAR_BASIS[o.basis](s.planYear)[lang];
  const n = formatNumber(o.units.length, lang);
  return lang === "vi"
    ? `${lead}; không gồm tỉ lệ, chỉ tiêu, kinh phí và hạn công nhận lại của ${n} danh sách năm kế hoạch khác: ${unitYears(o.units, lang)}. Chọn năm kế hoạch để tổng hợp theo năm khác.`
    : `${lead}; they leave out the rates, targets, budget and renewals of ${n} lists of another plan year: ${unitYears(o.units, lang)}. Choose the plan year to sum another year.`;
}

/** The same sentence for the targets or the budget: "Không gồm chỉ tiêu của …". */
function otherYearsLine(s: Summary, lang: Lang, what: Localized): string | null {
  const o = s.otherYears;
  if (o === null || o.units.length === 0) return null;
  const n = formatNumber(o.units.length, lang);
  return lang === "vi"
    ? `Không gồm ${what.vi} của ${n} danh sách năm kế hoạch khác năm ${s.planYear}: ${unitYears(o.units, lang)}.`
    : `The ${what.en} of ${n} lists of a plan year other than ${s.planYear} are not included: ${unitYears(o.units, lang)}.`;
}

/** Why the targets leave some lists out; null when they do not. */
export function targetsNote(s: Summary, lang: Lang): string | null {
  const lines = [
    otherYearsLine(s, lang, { vi: "chỉ tiêu", en: "targets" }),
    historiesNote(s, lang),
    planYearNote(s, lang),
  ];
  const said = lines.filter((l): l is string => l !== null);
  return said.length === 0 ? null : said.join(" ");
}

/**
 * Actions whose plan year cannot be read, left out of the targets and the budget, by cell (or, for a
 * document, by school); null when none.
 */
export function planYearNote(s: Summary, lang: Lang, bySchool = false): string | null {
  const cells = s.targetsExcluded;
  if (cells.length === 0) return null;
  const schools = bySchool ? schoolsLeftOut(cells) : null;
  const names = schools ? named(schools, lang, SCHOOLS) : cellList(cells, lang);
  const n = formatNumber(schools ? schools.length : cells.length, lang);
  const one = n === "1";
  const see = bySchool ? "" : lang === "vi" ? " (xem trang kết quả kiểm tra)" : " (see the check results)";
  return lang === "vi"
    ? `Chưa tính vào chỉ tiêu và kinh phí ${n} trường có năm kế hoạch không đọc được${see}: ${names}.`
    : `${n} ${one ? "school" : "schools"} whose plan year cannot be read ${one ? "is" : "are"} left out of the targets and the budget${see}: ${names}.`;
}

/**
 * Lists that record the recognitions given, one row each, rather than a plan: their action column is
 * in no target, and the user is told why; null when there are none.
 */
export function historiesNote(s: Summary, lang: Lang): string | null {
  const h = s.histories;
  if (h.length === 0) return null;
  const names = named(
    h.map((x) => `"${x}"`),
    lang,
    LISTS,
  );
  return lang === "vi"
    ? `${h.length === 1 ? "Danh sách" : "Các danh sách"} ${names} ghi các lần công nhận đã có (mỗi lần một dòng, theo ngày quyết định), không phải kế hoạch: hình thức công nhận ghi trong đó không được tính vào chỉ tiêu.`
    : `${h.length === 1 ? "The list" : "The lists"} ${names} ${h.length === 1 ? "records" : "record"} the recognitions already given (one row each, by decision date), not a plan: the actions written there are in no target.`;
}

/**
 * "Xã An Phú (an-phu.xlsx)": a unit with the file or sheet it was read from, unless its name already
 * says it (two sheets of one commune are named "Phường Hồng Hà (Hiện trạng)" to tell them apart).
 */
export function unitWithSource(unit: string, source: string | null): string {
  return source === null || source === unit || unit.endsWith(`(${source})`) ? unit : `${unit} (${source})`;
}

function repeatedItem(r: RepeatedSchool, lang: Lang): string {
  const where = r.units.map((u) => unitWithSource(u.unit, u.source));
  const counted = r.units[0]?.unit ?? "";
  return lang === "vi"
    ? `${r.name} (${r.commune}): có trong danh sách ${prose(where, lang)}, tính ở ${counted}`
    : `${r.name} (${r.commune}): in the lists of ${prose(where, lang)}, counted in ${counted}`;
}

/** Schools several units list, counted once in the combined figures; null when there are none. */
export function repeatedSchoolsNote(s: Summary, lang: Lang): string | null {
  const list = s.repeatedSchools;
  if (list.length === 0) return null;
  const n = formatNumber(list.length, lang);
  const items = named(
    list.map((r) => repeatedItem(r, lang)),
    lang,
    SCHOOLS,
    "; ",
  );
  return lang === "vi"
    ? `Tính một lần trong số liệu chung ${n} trường có trong danh sách của nhiều đơn vị (cùng tên, cùng xã, phường): ${items}.`
    : `${n} schools listed by several units (same name, same commune) are counted once in the combined figures: ${items}.`;
}

/** Units whose own rate is at the date their list gives, not the combined figures' date. */
function unitDatesNote(s: Summary, lang: Lang): string | null {
  if (s.unitDates.length === 0) return null;
  const units = named(
    s.unitDates.map((u) => `${u.unit} (${formatDay(u.referenceDate)})`),
    lang,
    LISTS,
  );
  const ref = formatDay(s.referenceDate);
  return lang === "vi"
    ? `Tỉ lệ riêng của ${units} tính đến ngày danh sách ghi; số liệu chung tính đến ngày ${ref}.`
    : `The own rates of ${units} are at the date their lists give; the combined figures are at ${ref}.`;
}

/** Why the budget figures are missing or incomplete; null when they are whole. */
export function budgetNote(s: Summary, lang: Lang): string | null {
  const b = s.budget;
  const otherYears = otherYearsLine(s, lang, { vi: "kinh phí", en: "budgets" });
  if (b === null) {
    // A roll-up names its lists: none of those summed has a budget column.
    const units = [...new Set(s.schools.flatMap((x) => (x.unit === null ? [] : [x.unit])))];
    const none =
      units.length === 0
        ? lang === "vi"
          ? "Danh sách không có cột kinh phí nên không có số liệu kinh phí."
          : "The list has no budget column, so there are no budget figures."
        : lang === "vi"
          ? `Danh sách của ${named(units, lang, LISTS)} không có cột kinh phí nên không có số liệu kinh phí.`
          : `The lists of ${named(units, lang, LISTS)} have no budget column, so there are no budget figures.`;
    return otherYears === null ? none : `${none} ${otherYears}`;
  }
  const wrong = b.excluded.filter((c) => c.reason !== "duplicate" && c.reason !== "split-mismatch");
  const contradicted = b.excluded.filter((c) => c.reason === "split-mismatch");
  const repeated = b.excluded.filter((c) => c.reason === "duplicate" && c.countedIn === undefined);
  const elsewhere = b.excluded.filter((c) => c.reason === "duplicate" && c.countedIn !== undefined);
  const lines: string[] = [];
  if (wrong.length > 0) {
    const n = formatNumber(wrong.length, lang);
    lines.push(
      lang === "vi"
        ? `Không cộng vào kinh phí ${n} ô không phải số, âm, có thể sai đơn vị hoặc lỗi Excel (xem trang kết quả kiểm tra): ${cellList(wrong, lang)}.`
        : `${n} budget cells that are not numbers, negative, probably in the wrong unit or Excel errors are left out of the totals (see the check results): ${cellList(wrong, lang)}.`,
    );
  }
  if (contradicted.length > 0) {
    const n = formatNumber(contradicted.length, lang);
    lines.push(
      lang === "vi"
        ? `Không cộng vào kinh phí ${n} trường có cột tổng khác tổng các cột kinh phí thành phần (xem trang kết quả kiểm tra): ${cellList(contradicted, lang)}.`
        : `The budget of ${n} schools whose total column differs from the sum of their part columns is left out of the totals (see the check results): ${cellList(contradicted, lang)}.`,
    );
  }
  if (repeated.length > 0) {
    const n = formatNumber(repeated.length, lang);
    lines.push(
      lang === "vi"
        ? `Không cộng thêm ${n} ô kinh phí ở dòng ghi trùng một trường đã có (xem trang kết quả kiểm tra): ${cellList(repeated, lang)}.`
        : `${n} budget cells on rows repeating a school already listed are not added again (see the check results): ${cellList(repeated, lang)}.`,
    );
  }
  if (elsewhere.length > 0) {
    const n = formatNumber(elsewhere.length, lang);
    const cells = named(
      elsewhere.map((c) =>
        lang === "vi"
          ? `${c.unit ?? ""}: ${c.sheet}!${c.cell} (${c.school ?? ""}, đã tính ở ${c.countedIn ?? ""})`
          : `${c.unit ?? ""}: ${c.sheet}!${c.cell} (${c.school ?? ""}, counted in ${c.countedIn ?? ""})`,
      ),
      lang,
      { vi: "ô", en: "cells" },
    );
    lines.push(
      lang === "vi"
        ? `Không cộng thêm ${n} ô kinh phí của trường đã tính trong danh sách của đơn vị khác: ${cells}.`
        : `${n} budget cells of schools already counted in another unit's list are not added again: ${cells}.`,
    );
  }
  if (b.unitsWithoutColumn.length > 0) {
    const n = formatNumber(b.unitsWithoutColumn.length, lang);
    const units = named(b.unitsWithoutColumn, lang, LISTS);
    lines.push(
      lang === "vi"
        ? `Không có số liệu kinh phí của ${n} danh sách không có cột kinh phí (không coi là đã có kinh phí): ${units}; kinh phí trên chỉ gồm các danh sách có cột kinh phí.`
        : `There are no budget figures for ${n} lists with no budget column (they are not taken as funded): ${units}; the budget above covers only the lists with a budget column.`,
    );
  }
  if (b.withoutColumn.length > 0) {
    const n = formatNumber(b.withoutColumn.length, lang);
    const schools = named(b.withoutColumn, lang, SCHOOLS);
    lines.push(
      lang === "vi"
        ? `Không có số liệu kinh phí của ${n} trường trong kế hoạch ở bảng không có cột kinh phí (không coi là đã có kinh phí): ${schools}.`
        : `There are no budget figures for ${n} planned schools in a table with no budget column (they are not taken as funded): ${schools}.`,
    );
  }
  const unwritten = b.unwritten ?? [];
  if (unwritten.length > 0) {
    const n = formatNumber(unwritten.length, lang);
    const schools = named(unwritten, lang, SCHOOLS);
    lines.push(
      lang === "vi"
        ? `Không có số liệu kinh phí của ${n} trường trong kế hoạch để trống mọi cột kinh phí (không coi là đã có kinh phí): ${schools}.`
        : `There are no budget figures for ${n} planned schools whose budget columns are all empty (they are not taken as funded): ${schools}.`,
    );
  }
  if (otherYears !== null) lines.push(otherYears);
  return lines.length === 0 ? null : lines.join(" ");
}

/** The recognitions left out of the renewals due, and why; null when none is. */
export function dueNote(s: Summary, lang: Lang): string | null {
  if (s.dueUndated)
    return lang === "vi"
      ? "Danh sách không ghi ngày (năm) công nhận của trường nào nên không xác định được trường đến hạn công nhận lại."
      : "The list dates no school's recognition, so the renewals due cannot be told.";
  const cells = s.dueExcluded;
  if (cells.length === 0) return null;
  const n = formatNumber(cells.length, lang);
  return lang === "vi"
    ? `Chưa đưa vào danh sách đến hạn ${n} trường có ngày công nhận hoặc ngày hết hạn không đọc được, không hợp lý hoặc không khớp nhau nên chưa xác định được thời hạn (xem trang kết quả kiểm tra): ${cellList(cells, lang)}.`
    : `${n} ${cells.length === 1 ? "school" : "schools"} whose recognition or expiry date cannot be read, is implausible or contradicts the other ${cells.length === 1 ? "is" : "are"} not in the renewals due, the term being unknown (see the check results): ${cellList(cells, lang)}.`;
}

const GAP_REASON: Readonly<Record<UnitGapReason, Localized>> = {
  "no-recognition-column": { vi: "không có cột mức công nhận", en: "no recognition level column" },
  "plan-list": { vi: "chỉ gồm trường trong kế hoạch", en: "only the planned schools" },
  unreadable: { vi: "không đọc được tệp", en: "the file cannot be read" },
  "no-list": { vi: "không thấy danh sách trường", en: "no list of schools found" },
  "no-schools": { vi: "không đọc được trường nào", en: "no school could be read" },
  "other-year": { vi: "năm kế hoạch khác năm tổng hợp", en: "another plan year than the roll-up's" },
};

/**
 * Why a list of a roll-up has no rate, in a few words; with the list's own plan year when it is
 * another year's ("năm kế hoạch 2025, khác năm tổng hợp").
 */
export function unitGapReason(reason: UnitGapReason, lang: Lang, planYear?: number): string {
  if (reason === "other-year" && planYear !== undefined)
    return lang === "vi"
      ? `năm kế hoạch ${planYear}, khác năm tổng hợp`
      : `plan year ${planYear}, not the roll-up's`;
  return GAP_REASON[reason][lang];
}

/** The lists left out of combined rates, with why: "Xã A (không có cột …), Xã B (…)". */
export function unitsLeftOutNote(given: readonly UnitGap[], lang: Lang): string | null {
  // Lists of another plan year have a sentence of their own (otherYearsNote).
  const units = given.filter((u) => u.gap !== "other-year");
  if (units.length === 0) return null;
  const n = formatNumber(units.length, lang);
  const named = units
    .slice(0, NAMED)
    .map((u) => `${u.unit} (${GAP_REASON[u.gap][lang]})`)
    .join(", ");
  const rest = units.length - Math.min(units.length, NAMED);
  const more =
    rest === 0
      ? ""
      : lang === "vi"
        ? ` và ${formatNumber(rest, lang)} danh sách khác`
        : ` and ${formatNumber(rest, lang)} more`;
  return lang === "vi"
    ? `Không tính vào tỉ lệ chung ${n} danh sách không có số liệu công nhận đáng tin (không coi là 0%): ${named}${more}.`
    : `${n} lists with no recognition figures to stand behind are left out of the combined rates (not counted as 0%): ${named}${more}.`;
}

/**
 * How the note tells each reason for leaving schools out of the rates: what is counted, why, and
 * whether a finding names the cells on the check's sheet (a coarse date or a unit that is no school
 * is no finding).
 */
const LEFT_OUT: Readonly<
  Record<
    RecognitionGap,
    { unit: Localized; why: (ref: string) => Localized; finding: boolean; projected?: boolean }
  >
> = {
  "not-school": {
    unit: { vi: "đơn vị", en: "units" },
    why: () => ({
      vi: "là nhóm trẻ, lớp mẫu giáo độc lập, trung tâm hoặc điểm trường, phân hiệu của một trường, không phải trường",
      en: "(childcare groups, independent kindergarten classes, centres, or sites of a school: no schools)",
    }),
    finding: false,
  },
  closed: {
    unit: SCHOOLS,
    why: () => ({
      vi: "đã sáp nhập hoặc giải thể theo ghi chú của danh sách",
      en: "that the list notes as merged into another school or dissolved",
    }),
    finding: false,
  },
  code: {
    unit: SCHOOLS,
    why: () => ({ vi: "có mức công nhận không đọc được", en: "whose recognition level cannot be read" }),
    finding: true,
  },
  date: {
    unit: SCHOOLS,
    why: () => ({
      vi: "có ngày công nhận hoặc ngày hết hạn không đọc được",
      en: "whose recognition or expiry date cannot be read",
    }),
    finding: true,
  },
  uncertain: {
    unit: SCHOOLS,
    why: (ref) => ({
      // The sentence names the day before it ("tại ngày …"): here it is "that day".
      vi: "chỉ ghi năm hoặc tháng công nhận nên chưa biết công nhận có hiệu lực vào ngày đó hay không",
      en: `whose recognition, given only to the year or month, may or may not be in force on ${ref}`,
    }),
    finding: false,
    // By the end of the plan year such a term has surely run out: the target counts them.
    projected: true,
  },
};

/** Why coverage is missing, or which schools or lists it leaves out; null when it is whole. */
export function coverageNote(s: Summary, lang: Lang): string | null {
  // A roll-up's lists of another year and schools counted once concern every figure: said first.
  const lines: string[] = [];
  for (const note of [otherYearsNote(s, lang), repeatedSchoolsNote(s, lang)])
    if (note !== null) lines.push(note);
  if (s.coverageNote) return [...lines, s.coverageNote[lang]].join(" ");
  const dates = unitDatesNote(s, lang);
  if (dates !== null) lines.push(dates);
  const units = unitsLeftOutNote(s.coverageUnitsLeftOut, lang);
  if (units !== null) lines.push(units);
  const ref = formatDay(s.referenceDate);
  for (const { gap, cells } of byGap(s.coverageExcluded)) {
    const { unit, why, finding, projected } = LEFT_OUT[gap];
    const one = cells.length === 1;
    // "1 school", "2 schools": English counts agree; Vietnamese nouns do not change.
    const n = `${formatNumber(cells.length, lang)} ${lang === "en" && one ? unit.en.replace(/s$/, "") : unit[lang]}`;
    const see = !finding ? "" : lang === "vi" ? " (xem trang kết quả kiểm tra)" : " (see the check results)";
    const year = s.planYear;
    lines.push(
      lang === "vi"
        ? `Không tính vào tỉ lệ ${projected ? `tại ngày ${ref} ` : ""}${n} ${why(ref).vi}${see}: ${cellList(cells, lang)}.` +
            (projected ? ` Tỉ lệ dự kiến đến hết năm ${year} có tính các trường này.` : "")
        : `${n} ${why(ref).en} ${one ? "is" : "are"} left out of the rate${projected ? " on that day" : "s"}${see}: ${cellList(cells, lang)}.` +
            (projected ? ` The target for the end of ${year} counts ${one ? "it" : "them"}.` : ""),
    );
  }
  return lines.length === 0 ? null : lines.join(" ");
}
