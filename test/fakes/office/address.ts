/** A1 addresses as office-js takes them: `A1`, `A1:B2`, `A:C`, `2:5`, `Sheet!A1`, `'My sheet'!A1:B2`. */
import type { CellRange } from "../../../src/core/grid";
import { MAX_COLS, MAX_ROWS } from "./model";

export interface ParsedAddress {
  readonly sheet: string | null;
  readonly rect: CellRange;
}

function colNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

function parseRect(ref: string): CellRange | null {
  const r = ref.replace(/\$/g, "").trim();
  let m = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/.exec(r);
  if (m && m[1] && m[2]) {
    const a = { row: Number(m[2]), col: colNumber(m[1]) };
    const b = m[3] && m[4] ? { row: Number(m[4]), col: colNumber(m[3]) } : a;
    return {
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    };
  }
  m = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(r);
  if (m && m[1] && m[2]) {
    const a = colNumber(m[1]);
    const b = colNumber(m[2]);
    return { top: 1, bottom: MAX_ROWS, left: Math.min(a, b), right: Math.max(a, b) };
  }
  m = /^(\d{1,7}):(\d{1,7})$/.exec(r);
  if (m && m[1] && m[2]) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 1, right: MAX_COLS };
  }
  return null;
}

/** One area, optionally qualified by a sheet name. Null when it is not an address. */
export function parseAddress(address: string): ParsedAddress | null {
  let s = address.trim().replace(/^=/, "");
  let sheet: string | null = null;
  const quoted = /^'((?:[^']|'')+)'!/.exec(s);
  if (quoted?.[1]) {
    sheet = quoted[1].replace(/''/g, "'");
    s = s.slice(quoted[0].length);
  } else {
    const bang = s.lastIndexOf("!");
    if (bang >= 0) {
      sheet = s.slice(0, bang);
      s = s.slice(bang + 1);
    }
  }
  const rect = parseRect(s);
  if (!rect) return null;
  if (rect.bottom > MAX_ROWS || rect.right > MAX_COLS || rect.top < 1 || rect.left < 1) return null;
  return { sheet, rect };
}

/** Splits a multi-area address on the commas outside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inQuote = false;
  for (const ch of address) {
    if (ch === "'") inQuote = !inQuote;
    if (ch === "," && !inQuote) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((a) => a.trim()).filter((a) => a !== "");
}
