/**
 * Addresses as Excel returns them (`Sheet1!A1:B2`, `'Tổng hợp'!C7`, areas joined by commas) and as
 * we send them.
 */
import type { CellRange } from "../../core/grid";
import { parseRangeA1, rangeA1 } from "../../core/grid";

export interface SheetRange {
  readonly sheet: string | null;
  readonly range: CellRange;
}

/** One area, with its sheet when the address names one. Null for anything else. */
export function parseSheetRange(address: string): SheetRange | null {
  const s = address.trim().replace(/^=/, "");
  let sheet: string | null = null;
  let ref = s;
  const quoted = /^'((?:[^']|'')+)'!/.exec(s);
  if (quoted?.[1]) {
    sheet = quoted[1].replace(/''/g, "'");
    ref = s.slice(quoted[0].length);
  } else {
    const bang = s.lastIndexOf("!");
    if (bang >= 0) {
      sheet = s.slice(0, bang);
      ref = s.slice(bang + 1);
    }
  }
  const range = parseRangeA1(ref.replace(/\$/g, ""));
  return range ? { sheet, range } : null;
}

/** "B3" for one cell, "B3:D9" for more. */
export function rangeRef(r: CellRange): string {
  return r.top === r.bottom && r.left === r.right ? (rangeA1(r).split(":")[0] ?? "") : rangeA1(r);
}

/**
 * Packs addresses into comma-joined lists no longer than `maxChars`, for `getRanges`.
 * Each list keeps its items' order.
 */
export function packAddresses<T>(items: readonly T[], ref: (item: T) => string, maxChars: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let len = 0;
  for (const item of items) {
    const n = ref(item).length + 1;
    if (cur.length > 0 && len + n > maxChars) {
      out.push(cur);
      cur = [];
      len = 0;
    }
    cur.push(item);
    len += n;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}
