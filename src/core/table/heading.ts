/**
 * The heading of a Vietnamese administrative document names the body that issues it under the body
 * it belongs to (Nghị định 30/2020/NĐ-CP, Phụ lục I): "UBND TỈNH THÁI NGUYÊN" above "SỞ GIÁO DỤC VÀ
 * ĐÀO TẠO", "UBND XÃ ĐÔNG CỨU" above "PHÒNG VĂN HÓA - XÃ HỘI". The lower line issues; the upper one
 * is its parent. Lists copy that heading into their title rows, on two rows or in one cell whose line
 * break becomes a space once the title is read.
 */
import { clean, fold } from "../text/normalize";

/** A People's Committee, written out or abbreviated, folded. */
const COMMITTEE = /^(?:ubnd|uy ban nhan dan)\b/;

/** The words of a committee's own name before its unit: "UBND", "ỦY BAN NHÂN DÂN", folded. */
const COMMITTEE_WORDS: readonly (readonly string[])[] = [["uy", "ban", "nhan", "dan"], ["ubnd"]];

/** Words naming an administrative unit, folded, two-word ones first. */
const UNIT_WORDS: readonly (readonly string[])[] = [
  ["thanh", "pho"],
  ["thi", "xa"],
  ["thi", "tran"],
  ["dac", "khu"],
  ["tinh"],
  ["huyen"],
  ["quan"],
  ["xa"],
  ["phuong"],
  ["tp"],
  ["tp."],
  ["tx"],
  ["tx."],
];

/**
 * First words (folded) of the offices a Phòng is named after: Giáo dục và Đào tạo, GD&ĐT, Văn hóa -
 * Xã hội, Kinh tế, Nội vụ, Tài chính… "HẢI PHÒNG" is a city, never an office.
 */
const OFFICE_WORDS = new Set(["giao", "van", "kinh", "noi", "tai", "lao", "y", "tu", "nong"]);
const isOfficeAbbreviation = (folded: string): boolean => /^gd/.test(folded);

const lower = (word: string): string => word.toLocaleLowerCase("vi");

/** How many of `words` (folded) the first of `options` matching at `at` covers; 0 when none. */
function matchAt(words: readonly string[], at: number, options: readonly (readonly string[])[]): number {
  const hit = options.find((o) => o.every((part, j) => words[at + j] === part));
  return hit?.length ?? 0;
}

/**
 * Whether the words from `at` (as written) begin a department: "Sở …" (any Sở) or "Phòng" followed
 * by the office it is named after. Compared with their diacritics: "Số" and "Phong" are not bodies.
 */
function departmentAt(words: readonly string[], at: number): boolean {
  const word = lower(words[at] ?? "");
  const next = words[at + 1];
  if (next === undefined) return false;
  if (word === "sở") return true;
  const folded = fold(next);
  return word === "phòng" && (OFFICE_WORDS.has(folded) || isOfficeAbbreviation(folded));
}

/** A heading line that begins with a department ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Phòng GD&ĐT"). */
export function isDepartment(line: string): boolean {
  return departmentAt(clean(line).split(" "), 0);
}

/**
 * How many words a complete committee name takes at the start of `folded` ("UBND TỈNH THÁI
 * NGUYÊN": the committee, its unit and at least one word of the unit's name), or 0.
 */
function committeeLength(folded: readonly string[]): number {
  const committee = matchAt(folded, 0, COMMITTEE_WORDS);
  if (committee === 0) return 0;
  const unit = matchAt(folded, committee, UNIT_WORDS);
  if (unit === 0) return 0;
  const named = committee + unit;
  return folded.length > named ? named + 1 : 0;
}

/** A complete committee on its own line: "UBND TỈNH THÁI NGUYÊN", not "ỦY BAN NHÂN DÂN". */
export function isCommittee(line: string): boolean {
  return committeeLength(clean(line).split(" ").map(fold)) > 0;
}

/** A line that only begins a committee's name, which the next line completes ("ỦY BAN NHÂN DÂN"). */
export function isCommitteeOnly(line: string): boolean {
  const folded = clean(line).split(" ").map(fold);
  const n = matchAt(folded, 0, COMMITTEE_WORDS);
  return n > 0 && n === folded.length;
}

/** A line that begins with an administrative unit ("THÀNH PHỐ KON TUM", "XÃ HÒA AN"). */
export function isUnitLine(line: string): boolean {
  const folded = clean(line).split(" ").map(fold);
  const n = matchAt(folded, 0, UNIT_WORDS);
  return n > 0 && folded.length > n;
}

/**
 * One line holding both the parent committee and the department under it, as a heading typed on
 * one line or a cell whose line break was read as a space: "UBND TỈNH THÁI NGUYÊN SỞ GIÁO DỤC VÀ ĐÀO
 * TẠO" → ["UBND TỈNH THÁI NGUYÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]; null for any other line.
 */
export function splitHeading(line: string): readonly [string, string] | null {
  const text = clean(line);
  if (!COMMITTEE.test(fold(text))) return null;
  const words = text.split(" ");
  const first = committeeLength(words.map(fold));
  if (first === 0) return null;
  for (let at = first; at < words.length; at++) {
    if (departmentAt(words, at)) return [words.slice(0, at).join(" "), words.slice(at).join(" ")];
  }
  return null;
}

/** Lines of the motto and rules that sit beside or under a heading, never part of a body's name. */
export function isHeadingFiller(line: string): boolean {
  const f = fold(line);
  return (
    f.startsWith("cong hoa xa hoi chu nghia viet nam") || f.startsWith("doc lap") || /^[-_–—=.*\s]*$/.test(f)
  );
}

/** Cities directly under the central government, folded: a "thành phố" that is a province. */
export const CENTRAL_CITIES: readonly string[] = [
  "ha noi",
  "ho chi minh",
  "hai phong",
  "da nang",
  "can tho",
  "hue",
];
