/**
 * Numbers typed as text in Vietnamese lists: `44.497` is forty-four thousand, `31.162,5` has a decimal
 * comma. English `44,497.5` is read only where it cannot be mistaken for Vietnamese.
 */

import type { CellValue } from "../grid";
import { displayValue } from "./format";
import { clean, fold } from "./normalize";

export type NumberParse =
  { kind: "empty" } | { kind: "ok"; value: number } | { kind: "invalid"; text: string };

/** Longer texts are not numbers a person typed; refusing them bounds the work. */
const MAX_TEXT = 64;

/** Spaces clean() leaves alone but that still group thousands (thin, figure-like, ideographic). */
const OTHER_SPACES = /[\u2000-\u200a\u205f\u3000]/g;

/** đ, đồng, VNĐ, VND at the end, after folding. */
const CURRENCY = / ?(?:dong|vnd|d)$/;

/** `1.234.567` or `1 234`: a first group of 1–3 digits without a leading zero, then groups of exactly 3. */
function ungroup(intPart: string, group: string): string | null {
  const [first = "", ...rest] = intPart.split(group);
  if (!/^[1-9]\d{0,2}$/.test(first) || !rest.every((g) => /^\d{3}$/.test(g))) return null;
  return first + rest.join("");
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** Decides which of `.` `,` ` ` groups thousands and which marks decimals, then reads the digits. */
function unsigned(body: string): number | null {
  if (!/^\d(?:[\d., ]*\d)?$/.test(body)) return null;
  const dots = count(body, ".");
  const commas = count(body, ",");
  let group: string | null = body.includes(" ") ? " " : null;
  let decimal: string | null = null;

  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal mark and may occur once.
    decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    if (group || count(body, decimal) !== 1) return null;
    group = decimal === "." ? "," : ".";
  } else if (commas === 1) {
    decimal = ","; // Vietnamese first: "1,234" is 1.234
  } else if (commas > 1) {
    if (group) return null;
    group = ",";
  } else if (dots === 1) {
    const [int = "", frac = ""] = body.split(".");
    if (/^\d{1,2}$/.test(frac) || (frac.length === 3 && int === "0")) decimal = ".";
    else if (frac.length === 3 && !group) group = ".";
    else return null; // "1.2345", or a dot mixed with space grouping
  } else if (dots > 1) {
    if (group) return null;
    group = ".";
  }

  const cut = decimal === null ? -1 : body.indexOf(decimal);
  const intPart = cut < 0 ? body : body.slice(0, cut);
  const fracPart = cut < 0 ? "" : body.slice(cut + 1);
  if (!/^\d*$/.test(fracPart)) return null;
  const intDigits = group ? ungroup(intPart, group) : intPart;
  if (intDigits === null || !/^\d+$/.test(intDigits)) return null;
  return Number(fracPart ? `${intDigits}.${fracPart}` : intDigits);
}

function fromText(text: string): number | null {
  let s = fold(text).replace(CURRENCY, "");
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true; // accounting style (1.200)
    s = (paren[1] ?? "").trim().replace(CURRENCY, "");
  }
  const sign = /^([-−+]) ?(.*)$/.exec(s);
  if (sign) {
    if (paren) return null; // "(-1.200)" has no clear meaning
    negative = sign[1] !== "+";
    s = sign[2] ?? "";
  }
  const n = unsigned(s);
  if (n === null || !Number.isFinite(n)) return null;
  return negative && n !== 0 ? -n : n;
}

/** Reads a cell as a number. Never throws. */
export function parseNumber(value: CellValue): NumberParse {
  if (value === null) return { kind: "empty" };
  let n: number | null = null;
  if (typeof value === "number") {
    n = Number.isFinite(value) ? value + 0 : null; // + 0 turns -0 into 0
  } else if (typeof value === "string") {
    const text = clean(value.replace(OTHER_SPACES, " "));
    // A dash in a figure column means "nothing here", as lists write it.
    if (text === "" || /^[-\u2012-\u2015\u2212]+$/.test(text)) return { kind: "empty" };
    n = text.length <= MAX_TEXT ? fromText(text) : null;
  }
  return n === null ? { kind: "invalid", text: displayValue(value) ?? "" } : { kind: "ok", value: n };
}
