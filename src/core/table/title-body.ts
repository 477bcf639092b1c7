/**
 * The body a list's title rows name as the one that issues its plan (SPEC §10: the plan's header is
 * prefilled from the list's title rows). A heading names it, often under its parent ("UBND TỈNH THÁI
 * NGUYÊN" above "SỞ GIÁO DỤC VÀ ĐÀO TẠO": the Sở issues); failing a heading, a title that names one
 * commune and nothing else is that commune's list, issued by "UBND xã Hòa An".
 */
import { fold } from "../text/normalize";
import {
  isCommittee,
  isCommitteeOnly,
  isDepartment,
  isHeadingFiller,
  isUnitLine,
  splitHeading,
} from "./heading";
import { communeBodyOfTitles } from "./title-commune";

/** "UBND HUYỆN SƠN HÀ", "ỦY BAN NHÂN DÂN XÃ ĐÔNG CỨU", "SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC NINH". */
const BODY = /^(?:ubnd|uy ban nhan dan|so giao duc|so gd|phong giao duc|phong gd)\b/;

/** The index of the line after `index` that is not the motto or a rule beside the heading, or -1. */
function nextLine(lines: readonly string[], index: number): number {
  for (let i = index + 1; i < lines.length; i++) if (!isHeadingFiller(lines[i] ?? "")) return i;
  return -1;
}

/**
 * The heading's body from line `index` on, its lines as written: a parent committee and the
 * department under it on two lines ("UBND TỈNH THÁI NGUYÊN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO"), a committee
 * whose name runs onto a second line ("ỦY BAN NHÂN DÂN\nXÃ HÒA AN"), or the one line.
 */
function headingAt(lines: readonly string[], index: number): string {
  const text = lines[index] ?? "";
  const split = splitHeading(text);
  if (split) return split.join("\n");
  const second = nextLine(lines, index);
  const next = lines[second];
  if (next === undefined) return text;
  if (isCommittee(text) && isDepartment(next)) return `${text}\n${next}`;
  if (isCommitteeOnly(text) && isUnitLine(next)) {
    // "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NGÃI" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO": the committee on one line.
    const third = lines[nextLine(lines, second)];
    return third !== undefined && isDepartment(third) ? `${text} ${next}\n${third}` : `${text}\n${next}`;
  }
  return text;
}

/** The issuing body the title lines name, its lines joined by "\n"; null when they name none. */
export function bodyOfTitles(lines: readonly string[]): string | null {
  const index = lines.findIndex((text) => BODY.test(fold(text)));
  return index >= 0 ? headingAt(lines, index) : communeBodyOfTitles(lines);
}
