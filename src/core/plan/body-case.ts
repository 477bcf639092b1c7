/**
 * An issuing body taken from a list's title is often written in capitals ("UBND PHƯỜNG TÂN AN"). The
 * document's heading prints it in capitals anyway; in a sentence ("… UBND phường Tân An ban hành Kế
 * hoạch …") it is written as Nghị định 30/2020 writes names: the kind of body as a phrase, the word
 * for the administrative unit in lower case, the unit's own name with each syllable capitalised.
 */

import { splitHeading } from "../table/heading";
import { clean, fold } from "../text/normalize";

/** First lines that only begin the body's own name, which the next line completes. */
const NAME_STARTS: ReadonlySet<string> = new Set([
  "uy ban nhan dan",
  "ubnd",
  "hoi dong nhan dan",
  "hdnd",
  "so giao duc va dao tao",
]);

/**
 * The issuing body's lines as typed, and whether the first names a parent body ("UBND TỈNH QUẢNG
 * NGÃI" above "SỞ GIÁO DỤC VÀ ĐÀO TẠO") rather than beginning the body's own name ("ỦY BAN NHÂN DÂN"
 * above "THÀNH PHỐ KON TUM"). A parent and its department typed on one line ("UBND tỉnh Thái Nguyên
 * Sở GDĐT", as a one-line field or a heading cell read without its line break holds them) are two.
 */
export function bodyLines(text: string): { lines: string[]; parent: boolean } {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const split = lines.length === 1 ? splitHeading(lines[0] ?? "") : null;
  if (split) return { lines: [...split], parent: true };
  return { lines, parent: lines.length > 1 && !NAME_STARTS.has(fold(lines[0] ?? "")) };
}

/** The lines that name the body issuing the plan: all of them but a parent body's. */
export function issuerLines(text: string): string[] {
  const { lines, parent } = bodyLines(text);
  return parent ? lines.slice(1) : lines;
}

/**
 * The body that issues the plan, on one line as a sentence names it: without the parent body the
 * heading puts above it ("Sở Giáo dục và Đào tạo ban hành Kế hoạch…"); empty when none is given.
 */
export function issuerInSentence(text: string): string {
  return bodyInSentence(issuerLines(text).join(" "));
}

/** Bodies written out, in capitals, as a sentence writes them. */
const KINDS: readonly (readonly [string, string])[] = [
  ["ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"],
  ["UỶ BAN NHÂN DÂN", "Ủy ban nhân dân"],
  ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo"],
  ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Phòng Giáo dục và Đào tạo"],
  // A commune's office since 01/07/2025, with either placement of the tone mark and either dash.
  ...["VĂN HÓA", "VĂN HOÁ"].flatMap((culture) =>
    ["-", "–"].map((dash): readonly [string, string] => [
      `PHÒNG ${culture} ${dash} XÃ HỘI`,
      `Phòng Văn hóa ${dash} Xã hội`,
    ]),
  ),
  ["SỞ", "Sở"],
  ["PHÒNG", "Phòng"],
];

/** Words kept in capitals: abbreviations of bodies and of units. */
const ABBREVIATIONS = new Set([
  "UBND",
  "HĐND",
  "GDĐT",
  "GD&ĐT",
  "GD-ĐT",
  "GD",
  "ĐT",
  "TP",
  "TP.",
  "TX",
  "TX.",
]);

/** Words naming a kind of administrative unit, lower case in a sentence (two-word ones first). */
const UNIT_WORDS: readonly string[] = [
  "THỊ TRẤN",
  "THỊ XÃ",
  "THÀNH PHỐ",
  "ĐẶC KHU",
  "XÃ",
  "PHƯỜNG",
  "HUYỆN",
  "QUẬN",
  "TỈNH",
];

/** "Thủ đô Hà Nội" and "Thành phố Hồ Chí Minh" keep their capital (Nghị định 30/2020, Phụ lục II). */
const SPECIAL: readonly (readonly [RegExp, string])[] = [
  [/\bthành phố Hồ Chí Minh\b/u, "Thành phố Hồ Chí Minh"],
];

const hasLetters = (text: string): boolean => /\p{L}/u.test(text);
const isCapitals = (text: string): boolean => hasLetters(text) && text === text.toLocaleUpperCase("vi");

function capitalised(word: string): string {
  const lower = word.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/**
 * The body as a sentence writes it. A name the user wrote in mixed case is theirs and is returned as
 * it is; only one written wholly in capitals is recased.
 */
export function bodyInSentence(body: string): string {
  const text = clean(body);
  if (!isCapitals(text)) return body;
  let rest = text;
  const out: string[] = [];
  const kind = KINDS.find(([upper]) => rest === upper || rest.startsWith(`${upper} `));
  if (kind) {
    out.push(kind[1]);
    rest = rest.slice(kind[0].length).trim();
  }
  let unitSeen = false;
  while (rest !== "") {
    const unit = UNIT_WORDS.find((u) => rest === u || rest.startsWith(`${u} `));
    if (unit && !unitSeen) {
      unitSeen = true;
      out.push(unit.toLocaleLowerCase("vi"));
      rest = rest.slice(unit.length).trim();
      continue;
    }
    const space = rest.indexOf(" ");
    const word = space < 0 ? rest : rest.slice(0, space);
    rest = space < 0 ? "" : rest.slice(space + 1);
    out.push(ABBREVIATIONS.has(word) ? word : capitalised(word));
  }
  let sentence = out.join(" ");
  for (const [pattern, written] of SPECIAL) sentence = sentence.replace(pattern, written);
  return sentence;
}
