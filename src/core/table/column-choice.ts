/**
 * Which column a field is read from when the header vocabulary offers several, or a header joins a
 * group to its own sub-header: the rules that pick the current, the precise and the national
 * standard's column.
 */
import { foldWords } from "../text/normalize";
import type { Field } from "./fields";
import { matchHeaderDetail, type HeaderMatch } from "./headers";

export interface Candidate {
  readonly col: number;
  readonly header: string;
  readonly match: HeaderMatch;
}

/** Budget: the "Tổng"/"Tổng cộng" sub-column if there is one, else the first. Others: best match. */
export function pick(field: Field, candidates: readonly Candidate[]): Candidate | undefined {
  if (field === "budget") {
    return candidates.find((c) => foldWords(c.header).split(" ").includes("tong")) ?? candidates[0];
  }
  // Of two code columns, one headed with a past year or as former ("Cấp độ KĐCLGD (năm 2020)",
  // "… cũ") keeps an older result: the current one is the other.
  const older = (c: Candidate): boolean => CODE_FIELDS.has(field) && OLDER.test(foldWords(c.header));
  let best: Candidate | undefined;
  for (const c of candidates) {
    if (
      !best ||
      (older(best) && !older(c)) ||
      (older(best) === older(c) &&
        (c.match.position < best.match.position ||
          (c.match.position === best.match.position && c.match.words > best.match.words)))
    ) {
      best = c;
    }
  }
  return best;
}

const CODE_FIELDS: ReadonlySet<Field> = new Set(["combinedCode", "accreditation", "standard"]);
const DATE_WORD = /^(?:nam|ngay|thang|thoi gian|thoi diem)(?: |$)/;
const OLDER = /(?:^| )(?:nam (?:19|20)\d\d|(?:19|20)\d\d|cu|truoc|lan truoc)(?: |$)/;

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
  // "Chuẩn quốc gia / Năm" holds the standard's years, not its levels: its values will say.
  if (sub === null)
    return group !== null && CODE_FIELDS.has(group.field) && DATE_WORD.test(foldWords(own)) ? null : group;
  if (group === null) return sub;
  return DATE_FIELDS.has(group.field) && !DATE_FIELDS.has(sub.field) ? group : sub;
}

const STANDARD_WORDS = /(?:^| )(?:chuan quoc gia|chuan qg|cqg|dat chuan|muc do)(?= |$)/g;
const ACCREDITATION_WORDS = /(?:^| )(?:kdclgd|kdcl|kd|kiem dinh|cap do)(?= |$)/g;

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
