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
  if (NFC_STABLE.test(text) && !UNTIDY.test(text)) return text;
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
  return clean(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/ {2,}/g, " ");
}

/** `fold` with punctuation turned into spaces: for matching header words. */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9&%]+/g, " ")
    .trim();
}
