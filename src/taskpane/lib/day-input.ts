import type { DayDate } from "../../core/text/dates";
import { isValidDay } from "../../app/format";

/** A date typed by the user: dd/mm/yyyy (one-digit day or month allowed), day first. Null if not a day. */
export function parseDayInput(text: string): DayDate | null {
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = Number(m[3]);
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}
