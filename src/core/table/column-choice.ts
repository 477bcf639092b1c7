/**
 * Which column a field is read from when the header vocabulary offers several, or a header joins a
 * group to its own sub-header: the rules that pick the current, the precise and the national
 * standard's column.
 */
import { fold, foldWords } from "../text/normalize";
import type { Field } from "./fields";
import { matchHeaderDetail, type HeaderMatch } from "./headers";

export interface Candidate {
  readonly col: number;
  readonly header: string;
  readonly match: HeaderMatch;
}

/**
 * Budget: the "Tổng"/"Tổng cộng" sub-column if there is one, else the first. A field of the
 * recognition (its codes, date, decision, expiry): the column of the recognition in force (see
 * `inForce`). Then the best match of the header; the first column of equals.
 */
export function pick(field: Field, candidates: readonly Candidate[]): Candidate | undefined {
  if (field === "budget") {
    return candidates.find((c) => foldWords(c.header).split(" ").includes("tong")) ?? candidates[0];
  }
  const pool = RECOGNITION_FIELDS.has(field) ? inForce(field, candidates) : candidates;
  let best: Candidate | undefined;
  for (const c of pool) {
    if (
      !best ||
      c.match.position < best.match.position ||
      (c.match.position === best.match.position && c.match.words > best.match.words)
    ) {
      best = c;
    }
  }
  return best;
}

const CODE_FIELDS: ReadonlySet<Field> = new Set(["combinedCode", "accreditation", "standard"]);

/** Fields that describe the school's latest recognition, the one in force (SPEC §7). */
const RECOGNITION_FIELDS: ReadonlySet<Field> = new Set([
  ...CODE_FIELDS,
  "decisionDate",
  "decisionNumber",
  "previousDate",
  "expiry",
]);

const DATE_WORD = /^(?:nam|ngay|thang|thoi gian|thoi diem)(?: |$)/;
/** A code column headed as former ("Cấp độ KĐCLGD cũ", "… lần trước"). */
const FORMER = /(?:^| )(?:cu|truoc|lan truoc)(?: |$)/;
/** A header that names a plan: its year is the plan's, and its levels are aims, not recognitions. */
export const PLAN = /(?:^| )(?:ke hoach|de nghi|dang ky|lo trinh|du kien|phan dau|muc tieu|chi tieu)(?: |$)/;

/**
 * Of several columns for one field of the recognition, those of the recognition in force (SPEC §7).
 * A list may keep the results of several years side by side: "CQG 2022 | CQG 2023 | CQG 2024", or
 * "Kết quả công nhận năm 2019" | "… năm 2024" each over "Mã công nhận | Năm". Each year's column says
 * where the schools stood that year, so the latest year named, in the column's own header or its
 * group's, is the one in force; and every field of the recognition is read from that year, so the
 * 2024 code goes with the 2024 group's date, never with 2019's.
 *
 * The older years are not read at all, not even where the latest is blank for a school whose earlier
 * year has a level ("CQG 2023: MĐ2 | CQG 2024: (trống)"). That blank may mean "not written yet" or
 * "no longer held" (a recognition withdrawn, a school merged or split); the list does not say which.
 * A rate an office signs rests on what the list states for the latest year it records, never on a
 * level carried forward from a year the list itself has moved past: such a school is counted as the
 * latest column says, like every other, and the column read is named to the user ("Cột đã nhận: CQG
 * 2024 → …"), who can name another with `--column` or in the pane.
 *
 * Rounds ("Lần 1 | Lần 2", "Công nhận lần đầu | Công nhận lại") are not ranked here: a later round is
 * blank for every school not yet renewed, whose first recognition is the one in force, so no single
 * round's column is right for every school, and reading the last would drop every school
 * recognised once.
 *
 * Of code columns, one headed with no year nor as former is the current one beside those that are
 * ("Cấp độ KĐCLGD" beside "Cấp độ KĐCLGD (năm 2020)", which keeps an older result), and one headed
 * with a year beats one headed as former ("Cấp độ cũ"). A plan's column ("Kế hoạch năm 2026 / Mức
 * độ") holds no recognition, and its year is the plan's: it comes last.
 */
function inForce(field: Field, candidates: readonly Candidate[]): readonly Candidate[] {
  const years = latest(
    lowestRank(candidates, (c) => rank(field, c)),
    (c) => yearNamed(c.header),
  );
  let pool = years.pool;
  // Of dates of the same year, "Năm 2024 / KĐCLGD / Năm" beside "Năm 2024 / CQG / Năm": the
  // standard's, on which the coverage rests (as when the values place them, see read.ts). So too of
  // the two recognitions' own dates side by side ("Năm đạt KĐCLGD | Năm đạt CQG"), in either order.
  if (DATED_FIELDS.has(field) && (years.chose || pool.some((c) => namesAccreditation(c.header)))) {
    const standard = pool.filter((c) => namesStandard(c.header));
    if (standard.length > 0) pool = standard;
  }
  return pool;
}

function rank(field: Field, c: Candidate): number {
  const key = foldWords(c.header);
  if (PLAN.test(key)) return 3;
  if (!CODE_FIELDS.has(field)) return 0;
  if (FORMER.test(key)) return 2;
  return yearNamed(c.header) !== null ? 1 : 0;
}

function lowestRank(candidates: readonly Candidate[], of: (c: Candidate) => number): readonly Candidate[] {
  let low = Infinity;
  for (const c of candidates) low = Math.min(low, of(c));
  return candidates.filter((c) => of(c) === low);
}

/**
 * The candidates less those naming an earlier time than another names; `chose` when two or more
 * named one. Those naming none stay: whether they are older or newer, the header does not say.
 */
function latest(
  candidates: readonly Candidate[],
  of: (c: Candidate) => number | null,
): { pool: readonly Candidate[]; chose: boolean } {
  let named = 0;
  let max = -Infinity;
  for (const c of candidates) {
    const t = of(c);
    if (t === null) continue;
    named++;
    max = Math.max(max, t);
  }
  if (named < 2) return { pool: candidates, chose: false };
  return {
    pool: candidates.filter((c) => {
      const t = of(c);
      return t === null || t === max;
    }),
    chose: true,
  };
}

/** A number of four digits that can be a year (checked against 1980–2100 where read). */
const YEAR = /(?:^|[^0-9])((?:19|20|21)\d\d)(?![0-9])/g;
/**
 * The number of a legal document: "TT 17/2018", "Thông tư số 19/2018/TT-BGDĐT", "QĐ 45/2020".
 * Its year is the document's, not a recognition's.
 */
const DOCUMENT =
  /(?:\d+\s*\/\s*(?:19|20)\d\d\s*\/)|(?:(?:^|[^a-z])(?:tt|qd|nd|cv|thong tu|quyet dinh|nghi dinh|cong van)\s*(?:so\s*)?[:.]?\s*\d+\s*\/\s*(?:19|20)\d\d)/g;

/**
 * The latest year a header names ("CQG 2024", "Kết quả công nhận năm 2019", "Năm học 2023-2024"),
 * or null; the year of a legal document it cites does not count.
 */
export function yearNamed(header: string): number | null {
  const text = fold(header).replace(DOCUMENT, " ");
  let max: number | null = null;
  for (const m of text.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (y >= 1980 && y <= 2100 && (max === null || y > max)) max = y;
  }
  return max;
}

const DATE_FIELDS: ReadonlySet<Field> = new Set([
  "decisionDate",
  "previousDate",
  "expiry",
  "founded",
  "planYear",
]);

/**
 * A column's field from its own sub-header, read within the group above it; from the whole joined
 * header when the sub-header names no field ("Kinh phí / Tổng"). The sub-header is the more precise
 * ("Kết quả kiểm định … đạt chuẩn quốc gia / CQG / Mức độ" holds levels of the standard), except under
 * a group that names a date: "Năm công nhận / KĐCLGD" holds years, not levels.
 */
export function headerMatch(joined: string, own: string): HeaderMatch | null {
  const group = matchHeaderDetail(joined);
  if (own === joined) return group;
  const sub = matchHeaderDetail(own);
  if (sub === null) {
    if (!DATE_WORD.test(foldWords(own)) || (group !== null && !CODE_FIELDS.has(group.field))) return group;
    // "Kết quả công nhận năm 2024 / Năm" is the date of that year's recognition: the date column
    // of its group, chosen with the group's code column by the year (see `inForce`).
    if (datesYearsRecognition(joined, own))
      return { field: "decisionDate", conditional: null, position: 0, words: 1 };
    // "Chuẩn quốc gia / Năm" holds the standard's years, not its levels: its values will say.
    return null;
  }
  if (group === null) return sub;
  return DATE_FIELDS.has(group.field) && !DATE_FIELDS.has(sub.field) ? group : sub;
}

/**
 * Whether a date sub-header ("Năm", "Ngày") stands under a group that names a recognition of a year
 * ("Kết quả công nhận năm 2024", "CQG 2024"), not a plan ("Kế hoạch công nhận năm 2026").
 */
function datesYearsRecognition(joined: string, own: string): boolean {
  if (yearNamed(own) !== null || !joined.endsWith(own)) return false;
  const groupText = joined.slice(0, joined.length - own.length);
  return yearNamed(groupText) !== null && namesRecognition(groupText) && !PLAN.test(foldWords(groupText));
}

const STANDARD_WORDS = /(?:^| )(?:chuan quoc gia|chuan qg|cqg|dat chuan|muc do)(?= |$)/g;
const ACCREDITATION_WORDS = /(?:^| )(?:kdclgd|kdcl|kd|kiem dinh|cap do)(?= |$)/g;

/** Fields of a recognition's date and term, which the standard's column gives where both are dated. */
const DATED_FIELDS: ReadonlySet<Field> = new Set([
  "decisionDate",
  "previousDate",
  "expiry",
  "decisionNumber",
]);

/** Whether a header, read from its outer group in, ends under the accreditation ("Năm đạt KĐCLGD"). */
function namesAccreditation(header: string): boolean {
  const key = foldWords(header);
  return lastAt(key, ACCREDITATION_WORDS) > lastAt(key, STANDARD_WORDS);
}

/**
 * Whether the table dates the accreditation in a column of its own that was not read, the standard's
 * date being the one read ("Năm đạt KĐCLGD" beside "Năm đạt CQG"): the cấp độ's term is then not the
 * one the records hold, and the summaries cannot state it.
 */
export function accreditationDatedApart(table: {
  readonly otherColumns: readonly { readonly header: string }[];
  readonly columns: Partial<Record<Field, { readonly header: string }>>;
}): boolean {
  const read = table.columns.decisionDate ?? table.columns.expiry;
  if (!read || !namesStandard(read.header)) return false;
  return table.otherColumns.some((c) => {
    const field = matchHeaderDetail(c.header)?.field;
    return (field === "decisionDate" || field === "expiry") && namesAccreditation(c.header);
  });
}

/**
 * Whether a column's header, read from its outer group in, ends under the national standard: in
 * "Kết quả kiểm định … và đạt chuẩn quốc gia / CQG / Năm" the last recognition named is the CQG.
 */
export function namesStandard(header: string): boolean {
  const key = foldWords(header);
  return lastAt(key, STANDARD_WORDS) > lastAt(key, ACCREDITATION_WORDS);
}

/** Whether a header names a recognition ("KĐCLGD / Năm", "Năm công nhận"): its years are no plans. */
export function namesRecognition(header: string): boolean {
  const key = foldWords(header);
  return (
    lastAt(key, STANDARD_WORDS) >= 0 ||
    lastAt(key, ACCREDITATION_WORDS) >= 0 ||
    /(?:^| )cong nhan(?: |$)/.test(key)
  );
}

/** Where `re` (global) last matches in `key`, or -1. */
function lastAt(key: string, re: RegExp): number {
  let at = -1;
  for (const m of key.matchAll(re)) at = m.index;
  return at;
}
