/**
 * Vietnamese typed before Unicode: TCVN3 (TCVN 5712:1993 VN3, the ABC fonts ".VnTime", ".VnArial")
 * and VNI (the "VNI-Times" fonts). Excel keeps such text as Latin-1 characters that only the old
 * font draws as Vietnamese: "Trường Tiểu học" is stored as "Tr­êng TiÓu häc" (TCVN3, one byte per
 * letter) or "Tröôøng Tieåu hoïc" (VNI, a base letter followed by a mark character).
 *
 * Pure functions: the mapping tables, a detector for the text values of one column, a converter to
 * NFC Unicode. Which cells to convert, and how to offer it, is decided elsewhere.
 */

export type TextEncoding = "tcvn3" | "vni" | "unicode";

/**
 * TCVN3 (VN3 subset): byte → Unicode letter. The bytes are read as Latin-1 characters (U+00A1 …
 * U+00FE), which is how Excel stores text typed with the ABC fonts. VN3 has no capital letters with
 * tone marks: the ".VnTimeH" fonts draw the lowercase codes as capitals (see `toUnicode`).
 */
export const TCVN3_TABLE: Readonly<Record<number, string>> = {
  0xa1: "Ă", 0xa2: "Â", 0xa3: "Ê", 0xa4: "Ô", 0xa5: "Ơ", 0xa6: "Ư", 0xa7: "Đ",
  0xa8: "ă", 0xa9: "â", 0xaa: "ê", 0xab: "ô", 0xac: "ơ", 0xad: "ư", 0xae: "đ",
  0xb5: "à", 0xb6: "ả", 0xb7: "ã", 0xb8: "á", 0xb9: "ạ",
  0xbb: "ằ", 0xbc: "ẳ", 0xbd: "ẵ", 0xbe: "ắ", 0xc6: "ặ",
  0xc7: "ầ", 0xc8: "ẩ", 0xc9: "ẫ", 0xca: "ấ", 0xcb: "ậ",
  0xcc: "è", 0xce: "ẻ", 0xcf: "ẽ", 0xd0: "é", 0xd1: "ẹ",
  0xd2: "ề", 0xd3: "ể", 0xd4: "ễ", 0xd5: "ế", 0xd6: "ệ",
  0xd7: "ì", 0xd8: "ỉ", 0xdc: "ĩ", 0xdd: "í", 0xde: "ị",
  0xdf: "ò", 0xe1: "ỏ", 0xe2: "õ", 0xe3: "ó", 0xe4: "ọ",
  0xe5: "ồ", 0xe6: "ổ", 0xe7: "ỗ", 0xe8: "ố", 0xe9: "ộ",
  0xea: "ờ", 0xeb: "ở", 0xec: "ỡ", 0xed: "ớ", 0xee: "ợ",
  0xef: "ù", 0xf1: "ủ", 0xf2: "ũ", 0xf3: "ú", 0xf4: "ụ",
  0xf5: "ừ", 0xf6: "ử", 0xf7: "ữ", 0xf8: "ứ", 0xf9: "ự",
  0xfa: "ỳ", 0xfb: "ỷ", 0xfc: "ỹ", 0xfd: "ý", 0xfe: "ỵ",
}; // prettier-ignore

/** VNI letters that stand alone (one character for one letter), read as Latin-1. */
export const VNI_LETTERS: Readonly<Record<number, string>> = {
  0xf6: "ư", 0xd6: "Ư", 0xf4: "ơ", 0xd4: "Ơ", 0xf1: "đ", 0xd1: "Đ",
  0xed: "í", 0xcd: "Í", 0xec: "ì", 0xcc: "Ì", 0xe6: "ỉ", 0xc6: "Ỉ",
  0xf3: "ĩ", 0xd3: "Ĩ", 0xf2: "ị", 0xd2: "Ị", 0xee: "ỵ", 0xce: "Ỵ",
}; // prettier-ignore

const ACUTE = "\u0301";
const GRAVE = "\u0300";
const HOOK = "\u0309";
const TILDE = "\u0303";
const DOT = "\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const HORN = "\u031b";

/**
 * VNI marks: a character after a vowel that adds a shape (circumflex, breve) and/or a tone to it.
 * Lowercase text uses the lowercase mark characters, capitals the uppercase ones.
 */
export const VNI_MARKS: Readonly<Record<number, string>> = {
  0xf9: ACUTE, 0xd9: ACUTE, 0xf8: GRAVE, 0xd8: GRAVE, 0xfb: HOOK, 0xdb: HOOK,
  0xf5: TILDE, 0xd5: TILDE, 0xef: DOT, 0xcf: DOT,
  0xe2: CIRCUMFLEX, 0xc2: CIRCUMFLEX,
  0xe1: CIRCUMFLEX + ACUTE, 0xc1: CIRCUMFLEX + ACUTE, 0xe0: CIRCUMFLEX + GRAVE, 0xc0: CIRCUMFLEX + GRAVE,
  0xe5: CIRCUMFLEX + HOOK, 0xc5: CIRCUMFLEX + HOOK, 0xe3: CIRCUMFLEX + TILDE, 0xc3: CIRCUMFLEX + TILDE,
  0xe4: CIRCUMFLEX + DOT, 0xc4: CIRCUMFLEX + DOT,
  0xea: BREVE, 0xca: BREVE,
  0xe9: BREVE + ACUTE, 0xc9: BREVE + ACUTE, 0xe8: BREVE + GRAVE, 0xc8: BREVE + GRAVE,
  0xfa: BREVE + HOOK, 0xda: BREVE + HOOK, 0xfc: BREVE + TILDE, 0xdc: BREVE + TILDE,
  0xeb: BREVE + DOT, 0xcb: BREVE + DOT,
}; // prettier-ignore

const TONES = new Set([ACUTE, GRAVE, HOOK, TILDE, DOT]);

/** Base vowels (after NFD, marks removed) a VNI mark may follow; shapes only where Vietnamese has them. */
function takesMark(base: string, mark: string): boolean {
  const b = base.toLowerCase();
  const shape = mark[0] === CIRCUMFLEX || mark[0] === BREVE ? mark[0] : null;
  if (shape === CIRCUMFLEX) return b === "a" || b === "e" || b === "o";
  if (shape === BREVE) return b === "a";
  return "aeiouy".includes(b);
}

/** A word written in capitals (".VnTimeH" text): its letters are brought back to capitals. */
function isCapitalWord(word: string): boolean {
  let upper = 0;
  for (const ch of word) {
    if (ch >= "a" && ch <= "z") return false;
    if (ch >= "A" && ch <= "Z") upper++;
  }
  return upper >= 2;
}

function tcvn3Word(word: string): string {
  let out = "";
  for (const ch of word) out += TCVN3_TABLE[ch.charCodeAt(0)] ?? ch;
  return isCapitalWord(word) ? out.toUpperCase() : out;
}

function vniWord(word: string): string {
  let out = "";
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    const mark = VNI_MARKS[code];
    if (mark !== undefined && out.length > 0) {
      // The letter the mark lands on, decomposed: its base and the marks it already has.
      const last = out.slice(-1).normalize("NFD");
      const base = last[0] ?? "";
      const has = last.slice(1);
      const toneAlready = [...has].some((m) => TONES.has(m));
      const addsTone = [...mark].some((m) => TONES.has(m));
      const addsShape = mark[0] === CIRCUMFLEX || mark[0] === BREVE;
      const shaped = has.includes(CIRCUMFLEX) || has.includes(BREVE) || has.includes(HORN);
      if (takesMark(base, mark) && !(addsTone && toneAlready) && !(addsShape && shaped)) {
        out = out.slice(0, -1) + (last + mark).normalize("NFC");
        continue;
      }
    }
    out += VNI_LETTERS[code] ?? ch;
  }
  return out;
}

/** Words and the separators between them; separators (spaces, ASCII punctuation) pass through. */
const SPLIT = /([\s!-/:-@[-`{-~\u00a0]+)/;

/** Text in the given encoding → NFC Unicode. Unicode text comes back as NFC, otherwise unchanged. */
export function toUnicode(text: string, encoding: TextEncoding): string {
  if (encoding === "unicode") return text.normalize("NFC");
  const word = encoding === "tcvn3" ? tcvn3Word : vniWord;
  return text
    .split(SPLIT)
    .map((part, i) => (i % 2 === 1 ? part : word(part)))
    .join("")
    .normalize("NFC");
}

// ---------------------------------------------------------------------------------------------
// Detection: a column is TCVN3 or VNI when its words with Latin-1 letters are not Vietnamese as
// they stand but become Vietnamese syllables once converted.

const ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?";
const NUCLEUS =
  "(?:uyê|uya|uyu|iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|[aăâeêioôơuưy])";
const CODA = "(?:ch|ng|nh|[ckmnpt])?"; // k: Đắk, Lắk in place names
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`);

/** Letters of Vietnamese Unicode text; anything else in U+0080–U+00FF is a sign of a legacy font. */
const VIETNAMESE_LATIN1 = new Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ");

function isVietnameseSyllable(run: string): boolean {
  const parts = run.toLowerCase().normalize("NFD");
  let tones = 0;
  let bare = "";
  for (const ch of parts) {
    if (TONES.has(ch)) tones++;
    else bare += ch;
  }
  return tones <= 1 && SYLLABLE.test(bare.normalize("NFC"));
}

/** Capitals without tone marks (CĐ, MĐ, THCS, UBND): codes and abbreviations, not syllables. */
function isAbbreviation(run: string): boolean {
  return run.length <= 6 && /^[A-ZĐĂÂÊÔƠƯ]+$/.test(run);
}

/** A word reads as Vietnamese: every run of letters is a syllable or an abbreviation. */
function readsVietnamese(word: string): boolean {
  const runs = word.normalize("NFC").split(/[0-9]+/);
  let letters = 0;
  for (const run of runs) {
    if (run === "") continue;
    for (const ch of run) {
      const code = ch.charCodeAt(0);
      if (code >= 0x80 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch)) return false;
    }
    if (!/^\p{L}+$/u.test(run)) return false;
    if (!isVietnameseSyllable(run) && !isAbbreviation(run)) return false;
    letters++;
  }
  return letters > 0;
}

const hasLatin1 = (word: string): boolean => /[\u00a1-\u00ff]/.test(word);
/** Vietnamese letters beyond Latin-1 (ư, ơ, đ, ạ, ả…): legacy fonts cannot produce them. */
const hasUnicodeVietnamese = (word: string): boolean => /[\u0102-\u01b0\u1ea0-\u1ef9]/.test(word);

export interface EncodingGuess {
  readonly encoding: TextEncoding;
  /** 0…1: how sure the guess is. Grows with the number of words that support it. */
  readonly confidence: number;
  /** Words that read as Vietnamese only in this encoding (for a legacy guess), or 0. */
  readonly evidence: number;
}

/** How many words this encoding turns from gibberish into Vietnamese, and how many it cannot. */
function score(words: readonly string[], encoding: "tcvn3" | "vni"): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  for (const w of words) {
    const converted = toUnicode(w, encoding);
    if (converted === w.normalize("NFC")) continue;
    if (readsVietnamese(converted)) good++;
    else bad++;
  }
  return { good, bad };
}

/**
 * The encoding of one column's text values. Legacy only with real evidence: at least two words
 * that are not Vietnamese as they stand, read as Vietnamese once converted, and few that do not;
 * clean Unicode, ASCII and English stay "unicode".
 */
export function detectEncoding(values: readonly string[]): EncodingGuess {
  const suspects: string[] = [];
  let unicodeWords = 0;
  for (const value of values) {
    for (const part of value.split(SPLIT)) {
      if (part === "" || SPLIT.test(part)) continue;
      if (hasUnicodeVietnamese(part)) unicodeWords++;
      else if (hasLatin1(part) && !readsVietnamese(part)) suspects.push(part);
    }
  }
  if (suspects.length === 0) return { encoding: "unicode", confidence: 1, evidence: 0 };
  const tcvn3 = score(suspects, "tcvn3");
  const vni = score(suspects, "vni");
  const [encoding, best] = tcvn3.good >= vni.good ? (["tcvn3", tcvn3] as const) : (["vni", vni] as const);
  const judged = best.good + best.bad + unicodeWords;
  if (best.good < 2 || best.good < 2 * best.bad || best.good <= unicodeWords) {
    const doubt = judged === 0 ? 0 : best.good / judged;
    return { encoding: "unicode", confidence: Math.max(0, 1 - doubt), evidence: 0 };
  }
  const confidence = (best.good / judged) * (1 - 0.5 ** best.good);
  return { encoding, confidence, evidence: best.good };
}
