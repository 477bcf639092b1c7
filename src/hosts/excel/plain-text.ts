/**
 * Text Excel keeps as text when written through `values` into a cell not formatted as text, without
 * the "@" guard edits.ts normally sets first. Needed only where that guard cannot be set: a sheet
 * whose protection does not allow formatting cells (official templates: input cells unlocked, nothing
 * else allowed). Deliberately narrow: it starts with a letter, holds only letters, digits and single
 * spaces, and is nothing Excel's input parsing turns into a boolean or a date — "TRUE", "ĐÚNG",
 * "SAI", "Jan 5", "tháng 5", "5-Jan" and anything with punctuation are refused. "CĐ2", "cấp độ 2",
 * "Mầm non" pass.
 */
const MONTHS = new Set([
  "jan",
  "january",
  "feb",
  "february",
  "mar",
  "march",
  "apr",
  "april",
  "may",
  "jun",
  "june",
  "jul",
  "july",
  "aug",
  "august",
  "sep",
  "sept",
  "september",
  "oct",
  "october",
  "nov",
  "november",
  "dec",
  "december",
  "tháng",
  "thg",
]);
const BOOLEANS = new Set(["true", "false", "đúng", "sai"]);

export function staysText(text: string): boolean {
  const s = text.normalize("NFC");
  if (!/^\p{L}[\p{L}\p{M}\p{Nd}]*(?: [\p{L}\p{M}\p{Nd}]+)*$/u.test(s)) return false;
  const lower = s.toLocaleLowerCase("vi");
  if (BOOLEANS.has(lower)) return false;
  if (!/\p{Nd}/u.test(s)) return true;
  // With a digit, a month's name anywhere could make it a date.
  return !lower.split(" ").some((w) => MONTHS.has(w.replace(/\p{Nd}+/gu, "")));
}
