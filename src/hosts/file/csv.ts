/**
 * CSV → Grid. A small RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes,
 * CRLF/LF/CR. Values stay text ("44.497" is read by the core, which knows Vietnamese numbers) and a
 * CSV has no error cells: "#N/A" in a CSV is text.
 */
import type { CellValue, Grid } from "../../core/grid";

const DELIMITERS = [",", ";", "\t"] as const;

/** Delimiter count in one physical line, ignoring quoted parts. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) n++;
  }
  return n;
}

/**
 * The delimiter that splits most of the first lines into the same number of fields. Title lines
 * without delimiters and decimal commas ("31.162,5" in a `;` file) do not mislead it.
 */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== "")
    .slice(0, 20);
  let best: string = ",";
  let bestScore = -1;
  let bestWidth = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d)).filter((n) => n > 0);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
    let mode = 0;
    let modeLines = 0;
    for (const [n, k] of freq) if (k > modeLines || (k === modeLines && n > mode)) [mode, modeLines] = [n, k];
    if (modeLines > bestScore || (modeLines === bestScore && mode > bestWidth)) {
      best = d;
      bestScore = modeLines;
      bestWidth = mode;
    }
  }
  return best;
}

/** Parses CSV text into rows of fields (empty fields → null). */
export function parseCsv(text: string, delimiter: string): CellValue[][] {
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const n = text.length;
  const endField = () => {
    row.push(field === "" ? null : field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === "\r") {
      endRow();
      if (text[i + 1] === "\n") i++;
    } else if (ch === "\n") endRow();
    else field += ch; // a quote inside an unquoted field is kept as written
    i++;
  }
  // The last line, unless the text ended with a line break.
  if (field !== "" || row.length > 0 || quoted) endRow();
  return rows;
}

export function gridFromCsv(text: string, sheet: string): Grid {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const cells = parseCsv(body, detectDelimiter(body));
  return { sheet, top: 1, left: 1, cells, merges: [], tables: [] };
}
