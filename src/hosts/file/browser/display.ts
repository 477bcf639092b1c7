/**
 * How a cell of the in-browser workbook looks in the grid view: its text as Excel would show it
 * (number formats, dates dd/mm/yyyy, errors), and the few parts of its style that matter for
 * reading a list (bold, italic, colours, alignment). Numbers and dates go through core/text/format.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../../../core/grid";
import { isCellError } from "../../../core/grid";
import { dayFromJsDate, fromExcelSerial } from "../../../core/text/dates";
import { formatDay, formatFixed, type Lang } from "../../../core/text/format";
import { toCellValue } from "../workbook";

export type Align = "left" | "center" | "right";

export interface CellLook {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** CSS colours; null: automatic. */
  readonly color: string | null;
  readonly fill: string | null;
  readonly align: Align;
  readonly wrap: boolean;
}

/** The default Office theme (Office 2013–2022): lt1, dk1, lt2, dk2, accent1–6, hyperlink, followed. */
const THEME = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

/** The first colours of the legacy indexed palette (the ones lists actually use). */
const INDEXED = [
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "800000",
  "008000",
  "000080",
  "808000",
  "800080",
  "008080",
  "C0C0C0",
  "808080",
];

function tinted(hex: string, tint: number): string {
  if (!tint) return hex;
  const channel = (i: number): string => {
    const c = parseInt(hex.slice(i, i + 2), 16);
    const v = tint < 0 ? c * (1 + tint) : c + (255 - c) * tint;
    return Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, "0");
  };
  return `${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}

/** "#RRGGBB" of an exceljs colour, or null when automatic or unknown. */
export function colorOf(color: Partial<ExcelJS.Color> | undefined): string | null {
  if (!color) return null;
  const c = color as { argb?: string; theme?: number; tint?: number; indexed?: number };
  let hex: string | undefined;
  if (typeof c.argb === "string" && /^[0-9a-f]{6,8}$/i.test(c.argb)) hex = c.argb.slice(-6).toUpperCase();
  else if (typeof c.theme === "number") hex = THEME[c.theme];
  else if (typeof c.indexed === "number") hex = INDEXED[c.indexed];
  if (hex === undefined) return null;
  return `#${tinted(hex, typeof c.tint === "number" ? c.tint : 0)}`;
}

export function fillColorOf(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill) return null;
  if (fill.type === "pattern") return fill.pattern === "none" ? null : colorOf(fill.fgColor ?? fill.bgColor);
  return colorOf(fill.stops[0]?.color);
}

/** The sections of a number format, with quoted text and escapes removed. */
function bareFormat(numFmt: string): string {
  return (numFmt.split(";")[0] ?? "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

function isDateFormat(numFmt: string): boolean {
  const f = bareFormat(numFmt);
  return /[dmy]/i.test(f) && !/[0#?]/.test(f);
}

function plainNumber(n: number, lang: Lang): string {
  // Excel's "General": up to 11 significant digits, no grouping.
  const text = Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(11)));
  return lang === "vi" ? text.replace(".", ",") : text;
}

/** A number as its format shows it, in the language's separators. */
export function formatNumberAs(n: number, numFmt: string | undefined, lang: Lang): string {
  if (!numFmt || numFmt === "General" || numFmt === "@") return plainNumber(n, lang);
  if (isDateFormat(numFmt)) {
    const d = fromExcelSerial(n);
    return d ? formatDay(d) : plainNumber(n, lang);
  }
  const f = bareFormat(numFmt);
  const decimals = /\.([0#?]+)/.exec(f)?.[1]?.length ?? 0;
  if (f.includes("%")) return `${formatFixed(n * 100, decimals, lang)}%`;
  const text = formatFixed(n, decimals, lang);
  if (/[#0],[#0]/.test(f)) return text;
  const group = lang === "vi" ? "." : ",";
  const [int = "", frac] = text.split(lang === "vi" ? "," : ".");
  const bare = int.split(group).join("");
  return frac === undefined ? bare : `${bare}${lang === "vi" ? "," : "."}${frac}`;
}

export function displayText(value: CellValue, numFmt: string | undefined, lang: Lang): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumberAs(value, numFmt, lang);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return formatDay(dayFromJsDate(value));
  return isCellError(value) ? value.error : "";
}

const ALIGN: Readonly<Record<string, Align>> = {
  left: "left",
  center: "center",
  centerContinuous: "center",
  right: "right",
};

/** The look of a cell in the grid view. */
export function lookOf(cell: ExcelJS.Cell, lang: Lang): CellLook {
  const value = toCellValue(cell.value);
  const font = cell.font as Partial<ExcelJS.Font> | undefined;
  const alignment = cell.alignment as Partial<ExcelJS.Alignment> | undefined;
  const horizontal = alignment?.horizontal;
  const numeric = typeof value === "number" || value instanceof Date;
  return {
    text: displayText(value, cell.numFmt, lang),
    bold: font?.bold === true,
    italic: font?.italic === true,
    color: colorOf(font?.color),
    fill: fillColorOf(cell.fill as ExcelJS.Fill | undefined),
    align: (horizontal && ALIGN[horizontal]) ?? (numeric || isCellError(value) ? "right" : "left"),
    wrap: alignment?.wrapText === true,
  };
}

/** What the formula bar shows: the formula of a formula cell, else the value as typed. */
export function contentOf(cell: ExcelJS.Cell | undefined, lang: Lang): string {
  if (!cell) return "";
  const raw = cell.value as unknown;
  if (raw && typeof raw === "object" && "formula" in raw && typeof raw.formula === "string") {
    return `=${raw.formula}`;
  }
  if (raw && typeof raw === "object" && "sharedFormula" in raw) {
    const f = (cell as unknown as { formula?: unknown }).formula;
    if (typeof f === "string") return `=${f}`;
  }
  const value = toCellValue(cell.value as ExcelJS.CellValue);
  if (typeof value === "number") return plainNumber(value, lang);
  return displayText(value, cell.numFmt, lang);
}
