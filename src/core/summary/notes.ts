/**
 * The one-line notes every output prints beside figures it had to leave incomplete: which cells were
 * left out of a total and why, or why a figure is missing altogether. Shared by the pane, the summary
 * sheet, the plan and the command line so they say the same thing.
 */
import type { Lang } from "../text/format";
import { formatDay, formatNumber } from "../text/format";
import type { ExcludedCell, RecognitionGap } from "./excluded";
import { byGap } from "./excluded";
import type { Localized } from "../text/localized";
import type { Summary, UnitGap, UnitGapReason } from "./summary";

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

/** Why the budget figures are missing or incomplete; null when they are whole. */
export function budgetNote(s: Summary, lang: Lang): string | null {
  const b = s.budget;
  if (b === null)
    return lang === "vi"
      ? "Danh sách không có cột kinh phí nên không có số liệu kinh phí."
      : "The list has no budget column, so there are no budget figures.";
  const wrong = b.excluded.filter((c) => c.reason !== "duplicate");
  const repeated = b.excluded.filter((c) => c.reason === "duplicate");
  const lines: string[] = [];
  if (wrong.length > 0) {
    const n = formatNumber(wrong.length, lang);
    lines.push(
      lang === "vi"
        ? `Không cộng vào kinh phí ${n} ô không phải số, âm, có thể sai đơn vị hoặc lỗi Excel (xem trang kết quả kiểm tra): ${cellList(wrong, lang)}.`
        : `${n} budget cells that are not numbers, negative, probably in the wrong unit or Excel errors are left out of the totals (see the check results): ${cellList(wrong, lang)}.`,
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
  return lines.length === 0 ? null : lines.join(" ");
}

const GAP_REASON: Readonly<Record<UnitGapReason, Localized>> = {
  "no-recognition-column": { vi: "không có cột mức công nhận", en: "no recognition level column" },
  "plan-list": { vi: "chỉ gồm trường trong kế hoạch", en: "only the planned schools" },
  unreadable: { vi: "không đọc được tệp", en: "the file cannot be read" },
  "no-list": { vi: "không thấy danh sách trường", en: "no list of schools found" },
};

/** Why a list of a roll-up has no rate, in a few words. */
export function unitGapReason(reason: UnitGapReason, lang: Lang): string {
  return GAP_REASON[reason][lang];
}

/** The lists left out of combined rates, with why: "Xã A (không có cột …), Xã B (…)". */
export function unitsLeftOutNote(units: readonly UnitGap[], lang: Lang): string | null {
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

const SCHOOLS: Localized = { vi: "trường", en: "schools" };

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
      vi: "là nhóm trẻ, lớp mẫu giáo độc lập hoặc trung tâm, không phải trường",
      en: "that are childcare groups, independent kindergarten classes or centres, not schools,",
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
      vi: `chỉ ghi năm hoặc tháng công nhận, có thể đã hết hạn trước ngày ${ref}`,
      en: `whose recognition, given only to the year or month, may have lapsed by ${ref}`,
    }),
    finding: false,
    // By the end of the plan year such a term has surely run out: the target counts them.
    projected: true,
  },
};

/** Why coverage is missing, or which schools or lists it leaves out; null when it is whole. */
export function coverageNote(s: Summary, lang: Lang): string | null {
  if (s.coverageNote) return s.coverageNote[lang];
  const lines: string[] = [];
  const units = unitsLeftOutNote(s.coverageUnitsLeftOut, lang);
  if (units !== null) lines.push(units);
  const ref = formatDay(s.referenceDate);
  for (const { gap, cells } of byGap(s.coverageExcluded)) {
    const { unit, why, finding, projected } = LEFT_OUT[gap];
    const n = `${formatNumber(cells.length, lang)} ${unit[lang]}`;
    const see = !finding ? "" : lang === "vi" ? " (xem trang kết quả kiểm tra)" : " (see the check results)";
    const year = s.planYear;
    lines.push(
      lang === "vi"
        ? `Không tính vào tỉ lệ ${projected ? `tại ngày ${ref} ` : ""}${n} ${why(projected ? "đó" : ref).vi}${see}: ${cellList(cells, lang)}.` +
            (projected ? ` Tỉ lệ dự kiến đến hết năm ${year} có tính các trường này.` : "")
        : `${n} ${why(ref).en} are left out of the rate${projected ? " on that day" : "s"}${see}: ${cellList(cells, lang)}.` +
            (projected ? ` The target for the end of ${year} counts them.` : ""),
    );
  }
  return lines.length === 0 ? null : lines.join(" ");
}
