/**
 * Vietnamese text comparison. Lists mix precomposed (NFC) and combining (NFD) accents, upper and
 * lower case, `Đ` and `D`, and stray spaces; every comparison in the core goes through `fold`.
 */

/**
 * Text NFC leaves as it is whatever follows: printable ASCII, Latin-1, Latin Extended-A and -B and the
 * precomposed Vietnamese letters (U+1E00–U+1EFF), with no combining mark. Checked one character and
 * every pair at a time in the tests.
 */
const NFC_STABLE = /^[\u0020-\u007e\u00a0-\u024f\u1e00-\u1eff]*$/;
/** What `clean` would change in NFC-stable text. */
const UNTIDY = /[\u00a0]| {2}|^ | $/;

/** NFC, non-breaking and repeated spaces collapsed, trimmed. What we keep and display. */
export function clean(text: string): string {
  // Nearly every cell of a list is clean already: say so without normalising it.
  if (isStableAndClean(text)) return text;
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u2007\u202f\t\r\n]+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/**
 * Comparison key: lower case, no diacritics, `đ` → `d`, one space between words.
 * "TRƯỜNG Mầm non" and "truong mam non" fold to the same key.
 */
export function fold(text: string): string {
  // Nearly every cell is clean NFC-stable text: fold it a character at a time from a table.
  if (isStableAndClean(text)) return foldStable(text);
  return foldAny(text);
}

/**
 * Clean text of the NFC-stable ranges: `clean` leaves it as it is, and `fold` turns each of its
 * characters into exactly one (checked over every character in the tests), so a position in the
 * folded text is the same position in the text.
 */
export function isStableAndClean(text: string): boolean {
  return NFC_STABLE.test(text) && !UNTIDY.test(text);
}

/** Text of the NFC-stable ranges (no combining mark, no control character such as a line break). */
export function isNfcStable(text: string): boolean {
  return NFC_STABLE.test(text);
}

function foldAny(text: string): string {
  return clean(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/ {2,}/g, " ");
}

/**
 * `fold` of each character of the NFC-stable ranges, made once when first met. In clean NFC-stable
 * text each character folds on its own (it has no combining mark to reorder against a neighbour), so
 * the table gives what `foldAny` gives; the tests compare them over every character of the ranges.
 */
const FOLDED = new Map<number, string>();

function foldedChar(code: number): string {
  let f = FOLDED.get(code);
  if (f === undefined) {
    f = foldAny(String.fromCharCode(code));
    FOLDED.set(code, f);
  }
  return f;
}

/** `fold` of clean NFC-stable text: only capitals and non-ASCII characters change. */
function foldStable(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || (c > 0x5a && c < 0x80)) continue; // ASCII other than capitals folds to itself
    out += text.slice(from, i) + (c <= 0x5a ? String.fromCharCode(c + 0x20) : foldedChar(c));
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `fold` of one character (a code point), as `fold` folds it inside a text. */
export function foldCharacter(ch: string): string {
  if (ch === " ") return " ";
  const c = ch.charCodeAt(0);
  return ch.length === 1 && NFC_STABLE.test(ch) ? (c < 0x80 ? ch.toLowerCase() : foldedChar(c)) : fold(ch);
}

/** Words of letters, digits, `&` and `%`, one space between them: what `foldWords` leaves as it is. */
const PLAIN_WORDS = /^[a-z0-9&%]+(?: [a-z0-9&%]+)*$/;

/** `fold` with punctuation turned into spaces: for matching header words. */
export function foldWords(text: string): string {
  const folded = fold(text);
  // Most texts (every school name of a list) fold to plain words: tested, not rewritten.
  if (PLAIN_WORDS.test(folded)) return folded;
  return folded.replace(/[^a-z0-9&%]+/g, " ").trim();
}
