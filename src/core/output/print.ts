/**
 * How our sheets print: offices print "Tổng hợp" and "Kết quả kiểm tra" and attach them to reports.
 * A4, landscape when the columns are wider than a portrait page, one page wide, the table header
 * repeated on every page, and rows tall enough for their wrapped text. Row heights are estimated here
 * from text length and column width, so every host sets the same heights (Excel does not grow a row
 * for wrapped text written by a program, and LibreOffice prints what the file says).
 *
 * Widths are in Excel's character units (the width of "0" in the 11 pt body font, 7 px at 96 dpi),
 * heights and sizes in points.
 */
import { memoByText } from "../text/memo";
import { isNfcStable } from "../text/normalize";
import type { CellStyle, OutputCell, OutputColumn } from "./model";

export interface OutputPrint {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Fit every column on one page wide (Excel: fitToWidth 1); as many pages tall as needed. */
  readonly fitToPagesWide: 1;
  /** Rows repeated at the top of every printed page (1-based, inclusive); null for none. */
  readonly titleRows: { readonly first: number; readonly last: number } | null;
  /** The printed area, A1 from the first to the last used column and row. */
  readonly area: string;
  /** Page margins in inches, as Excel's page setup takes them. */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  readonly centerHorizontally: boolean;
  /** The scale fitting to one page wide gives (≤ 1): the body font prints at 11 pt × scale. */
  readonly scale: number;
}

export interface OutputRowHeight {
  readonly row: number;
  /** Points; only rows taller than Excel's default (15 pt) are listed. */
  readonly height: number;
}

/** The body font's size and the sizes of styled cells, the same in both hosts. */
export const BODY_FONT_PT = 11;
export const STYLE_FONT_PT: Readonly<Record<CellStyle, number>> = {
  title: 14,
  subtitle: 12,
  header: 11,
  total: 11,
  note: 11,
};
/** Below this, a printed page is hard to read: the scale must keep the body font at ≥ 8 pt. */
export const MIN_PRINTED_FONT_PT = 8;
export const DEFAULT_ROW_PT = 15;
/** Excel's width of a column it was given no width for. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

const A4 = { width: 595.3, height: 841.9 };
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/** A column's printed width in points: Excel's pixels (7 per character plus 5 of padding) at 96 dpi. */
export function columnPoints(width: number): number {
  return (Math.round(width * 7) + 5) * 0.75;
}

/**
 * The width of a character in widths of "0" of the body font: capitals are wider than a digit, lower
 * case and spaces narrower (Calibri's proportions, diacritics aside, which do not widen a letter).
 */
function charWidth(ch: string): number {
  const base = ch.normalize("NFD")[0] ?? ch;
  if (base === " ") return 0.45;
  if (/[MWmw]/.test(base)) return 1.6;
  if (/[A-Z]/.test(base) || ch === "Đ") return 1.3;
  if (/[ijlrtf.,;:'!|()]/.test(base)) return 0.55;
  if (/[a-z]/.test(base) || ch === "đ") return 0.9;
  return 1;
}

const charWidthOf = memoByText(charWidth);

/** The width of a text: its characters' widths, added in order. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text.normalize("NFC")) w += charWidthOf(ch);
  return w;
}

// A 50,000-row findings sheet repeats the same words (codes, communes, messages) endlessly.
const wordWidth = memoByText(textWidth);

/**
 * A line's room in widths of "0" of the body font; bold is wider. A margin keeps the estimate on the
 * safe side (a row a little too tall is fine, clipped text is not).
 */
function lineRoom(width: number, fontPt: number, bold: boolean): number {
  return Math.max(1, (width * (BODY_FONT_PT / fontPt) - 0.5) * (bold ? 0.9 : 1) * 0.95);
}

/** The widest character's width (M and W). */
const WIDEST = 1.6;

/** A text too short to wrap whatever its letters: most cells of a findings sheet, asked for free. */
function fitsAnyway(text: string, perLine: number): boolean {
  // NFC-stable text is measured as written (no character composes) and holds no line break.
  return text.length * WIDEST <= perLine && isNfcStable(text);
}

/** Lines a text takes in a box `width` characters wide, breaking between words as Excel does. */
export function wrappedLines(text: string, width: number, fontPt: number, bold: boolean): number {
  const perLine = lineRoom(width, fontPt, bold);
  if (fitsAnyway(text, perLine)) return 1;
  const space = wordWidth(" ");
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      let len = wordWidth(word);
      if (used > 0 && used + space + len <= perLine) {
        used += space + len;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than the line is broken across lines.
      while (len > perLine) {
        lines += 1;
        len -= perLine;
      }
      used = len;
    }
  }
  return lines;
}

function lineHeight(fontPt: number): number {
  return Math.ceil(fontPt * 1.32 * 4) / 4;
}

export interface PrintInput {
  readonly cells: readonly OutputCell[];
  readonly columns: readonly OutputColumn[];
  /** Merged ranges as rectangles (1-based, inclusive). */
  readonly merges: readonly { top: number; left: number; bottom: number; right: number }[];
  /** The rightmost column anything (a chart, say) reaches, beyond the model's columns. */
  readonly rightmost: number;
  readonly bottom: number;
  readonly titleRows: OutputPrint["titleRows"];
  /** Cells that wrap although their column does not (headers, merged lines). */
  readonly wraps: (cell: OutputCell) => boolean;
}

function widthOf(columns: readonly OutputColumn[], col: number): number {
  return columns[col - 1]?.width ?? DEFAULT_COLUMN_WIDTH;
}

/** Heights for the rows whose wrapped text needs more than one line. */
export function rowHeights(input: PrintInput): OutputRowHeight[] {
  // Merged boxes by their top row, then left column: most rows have none.
  const mergedAt = new Map<number, Map<number, number>>();
  for (const m of input.merges) {
    let width = 0;
    for (let c = m.left; c <= m.right; c++) width += widthOf(input.columns, c);
    let row = mergedAt.get(m.top);
    if (!row) mergedAt.set(m.top, (row = new Map()));
    row.set(m.left, width);
  }
  const tallest = new Map<number, number>();
  // Findings sheets repeat the same messages in the same column on thousands of rows: the lines of
  // a text are counted once per box (width, font, bold), without building a key for every cell.
  const linesByBox = new Map<string, Map<string, number>>();
  for (const cell of input.cells) {
    if (cell.value.kind !== "text" || !input.wraps(cell)) continue;
    const text = cell.value.text;
    const width = mergedAt.get(cell.row)?.get(cell.col) ?? widthOf(input.columns, cell.col);
    const font = cell.style ? STYLE_FONT_PT[cell.style] : BODY_FONT_PT;
    const bold =
      cell.style === "title" ||
      cell.style === "subtitle" ||
      cell.style === "header" ||
      cell.style === "total";
    let lines = 1;
    if (!fitsAnyway(text, lineRoom(width, font, bold))) {
      const box = `${width}|${font}|${bold ? 1 : 0}`;
      let linesOf = linesByBox.get(box);
      if (!linesOf) linesByBox.set(box, (linesOf = new Map()));
      const known = linesOf.get(text);
      lines = known ?? wrappedLines(text, width, font, bold);
      if (known === undefined) linesOf.set(text, lines);
    }
    const height = lines * lineHeight(font) + 2;
    tallest.set(cell.row, Math.max(tallest.get(cell.row) ?? 0, height));
  }
  return [...tallest.entries()]
    .filter(([, h]) => h > DEFAULT_ROW_PT)
    .sort((a, b) => a[0] - b[0])
    .map(([row, height]) => ({ row, height }));
}

/** A4 page setup: the orientation the width needs, one page wide, the scale that gives. */
export function pageSetup(input: PrintInput, areaA1: string): OutputPrint {
  let content = 0;
  for (let c = 1; c <= input.rightmost; c++) content += columnPoints(widthOf(input.columns, c));
  const printable = (page: number) => page - (MARGINS.left + MARGINS.right) * 72;
  const portrait = printable(A4.width);
  const orientation = content > portrait ? "landscape" : "portrait";
  const width = printable(orientation === "landscape" ? A4.height : A4.width);
  return {
    paper: "A4",
    orientation,
    fitToPagesWide: 1,
    titleRows: input.titleRows,
    area: areaA1,
    margins: MARGINS,
    centerHorizontally: true,
    scale: Math.min(1, width / content),
  };
}
