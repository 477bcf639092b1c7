/**
 * How the fake turns what office-js assigns to `values` / `formulas` into cell content, as Excel
 * does for typed input (en-US parsing, which is what a fake needs to show data being reinterpreted):
 *
 * - In a cell formatted as text ("@") every string stays text, exactly as given.
 * - Otherwise a leading apostrophe marks text (and is dropped); "=…" is a formula; "+…", "-…" and
 *   "@…" are numbers when the rest is one, else formulas (Lotus compatibility); an error literal
 *   becomes that error; TRUE/FALSE become booleans; numbers, percentages and m/d/yyyy dates become
 *   numbers (a date also gets a date format when the cell had General).
 * - A number in a text-formatted cell becomes its text, as typing it would.
 * - "" empties the cell; null leaves it as it is.
 */
import type { FakeCell } from "./model";
import { EXCEL_ERRORS } from "./model";

const ERRORS = new Set<string>(EXCEL_ERRORS);
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function parseNumber(s: string): number | null {
  const t = s.trim();
  if (t === "" || !/\d/.test(t) || !NUMBER.test(t)) return null;
  const percent = t.endsWith("%");
  const n = Number(t.replace(/,/g, "").replace(/%$/, ""));
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

function serialOf(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function clearContent(cell: FakeCell): void {
  cell.value = null;
  delete cell.formula;
  delete cell.error;
}

function setFormula(cell: FakeCell, formula: string): void {
  clearContent(cell);
  cell.formula = formula;
  // The fake computes nothing: a new formula's cached result is 0, as a blank reference gives.
  cell.value = 0;
}

/** Assigns one element of a `values` or `formulas` array to a cell. */
export function assignInput(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return;
  const textFormat = cell.numberFormat === "@";
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new Error("InvalidArgument: not a finite number");
    clearContent(cell);
    cell.value = textFormat ? String(input) : input;
    return;
  }
  if (typeof input === "boolean") {
    clearContent(cell);
    cell.value = textFormat ? (input ? "TRUE" : "FALSE") : input;
    return;
  }
  if (typeof input !== "string") throw new Error(`InvalidArgument: cannot write ${typeof input}`);
  clearContent(cell);
  if (input === "") return;
  if (textFormat) {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1) === "" ? null : input.slice(1);
    return;
  }
  if (input.startsWith("=") && input.length > 1) {
    setFormula(cell, input);
    return;
  }
  if (input.startsWith("+") || input.startsWith("-")) {
    const n = parseNumber(input);
    if (n !== null) cell.value = n;
    else setFormula(cell, `=${input}`);
    return;
  }
  if (input.startsWith("@") && input.length > 1) {
    setFormula(cell, `=${input.slice(1)}`);
    return;
  }
  if (ERRORS.has(input.toUpperCase())) {
    cell.error = input.toUpperCase();
    return;
  }
  if (/^(true|false)$/i.test(input)) {
    cell.value = input.toLowerCase() === "true";
    return;
  }
  const n = parseNumber(input);
  if (n !== null) {
    cell.value = n;
    return;
  }
  const d = DATE.exec(input.trim());
  if (d) {
    const serial = serialOf(Number(d[3]), Number(d[1]), Number(d[2]));
    if (serial !== null) {
      cell.value = serial;
      if (cell.numberFormat === undefined || cell.numberFormat === "General") cell.numberFormat = "m/d/yyyy";
      return;
    }
  }
  cell.value = input;
}

/** What `values` returns for a cell. */
export function valueOf(cell: FakeCell | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.error !== undefined) return cell.error;
  return cell.value ?? "";
}

/** What `formulas` returns: the formula, else the value (a quote prefix is not shown). */
export function formulaOf(cell: FakeCell | undefined): string | number | boolean {
  if (cell?.formula !== undefined) return cell.formula;
  return valueOf(cell);
}

export function valueTypeOf(cell: FakeCell | undefined): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (!cell) return "Empty";
  if (cell.error !== undefined) return "Error";
  if (cell.value === null) return cell.formula !== undefined ? "Double" : "Empty";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return cell.value === "" ? "Empty" : "String";
}

export function textOf(cell: FakeCell | undefined): string {
  const v = valueOf(cell);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function colNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

/** A formula's R1C1 form as seen from (row, col): A1 references become R[…]C[…] (or R n C n when absolute). */
export function toR1C1(formula: string, row: number, col: number): string {
  // String literals pass through; references elsewhere are rewritten.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g,
            (_m, ac: string, c: string, ar: string, r: string) => {
              const rr = ar ? `R${r}` : Number(r) === row ? "R" : `R[${Number(r) - row}]`;
              const cc = ac ? `C${colNumber(c)}` : colNumber(c) === col ? "C" : `C[${colNumber(c) - col}]`;
              return rr + cc;
            },
          ),
    )
    .join("");
}

/** What `formulasR1C1` returns for a cell at (row, col). */
export function formulaR1C1Of(
  cell: FakeCell | undefined,
  row: number,
  col: number,
): string | number | boolean {
  if (cell?.formula !== undefined) return toR1C1(cell.formula, row, col);
  return valueOf(cell);
}
