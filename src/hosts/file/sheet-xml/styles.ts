/**
 * The cell formats of our sheets, appended to the workbook's own styles.xml. The user's fonts,
 * number formats and cell formats keep their indices (every cell of theirs points at them by
 * index); ours go after them, and a format already there, written exactly as we would write it
 * (an earlier report's), is reused instead of added again.
 *
 * Presentation follows the model's tokens: titles and subtitles bold at the model's sizes, headers
 * and totals bold, notes italic, links blue and underlined; headers centred and wrapped, wrapping
 * columns top-aligned, merged titles centred, other merged lines left-aligned and wrapped.
 */
import type { CellStyle, OutputCell, OutputSheet } from "../../../core/output/model";
import { NUMBER_FORMATS } from "../../../core/output/model";
import { STYLE_FONT_PT } from "../../../core/output/print";
import { cellPosition, parseRangeA1 } from "../../../core/grid";
import { escapeXml, rootPrefix } from "../package/parts";

type Alignment = "header" | "wrap" | "top" | "merge" | "line" | null;

interface Format {
  readonly style: CellStyle | null;
  readonly link: boolean;
  readonly numFmt: string;
  readonly align: Alignment;
}

/*
 * A cell's format as a small number, so that deciding it for every cell of a long findings sheet
 * costs a few integer operations: style × link × number format × alignment.
 */
const STYLES: readonly (CellStyle | null)[] = [null, "title", "subtitle", "header", "total", "note"];
const ALIGNS: readonly Alignment[] = [null, "header", "wrap", "top", "merge", "line"];
const FORMATS: readonly string[] = [
  NUMBER_FORMATS.text,
  NUMBER_FORMATS.count,
  NUMBER_FORMATS.wholeAmount,
  NUMBER_FORMATS.amount,
  NUMBER_FORMATS.percent,
  NUMBER_FORMATS.date,
];
const CODES = STYLES.length * 2 * FORMATS.length * ALIGNS.length;

function formatIndex(cell: OutputCell): number {
  const v = cell.value;
  switch (v.kind) {
    case "text":
      return 0;
    case "count":
      return 1;
    case "amount":
      return Number.isInteger(v.value) ? 2 : 3;
    case "percent":
      return 4;
    case "date":
      return 5;
  }
}

function decode(code: number): Format {
  const align = ALIGNS[code % ALIGNS.length] ?? null;
  const rest = Math.floor(code / ALIGNS.length);
  const numFmt = FORMATS[rest % FORMATS.length] ?? NUMBER_FORMATS.text;
  const styleLink = Math.floor(rest / FORMATS.length);
  return { style: STYLES[styleLink >> 1] ?? null, link: (styleLink & 1) === 1, numFmt, align };
}

/** The format code of a cell, decided as the exceljs writer of the standalone page decides it. */
function codeOf(sheet: OutputSheet, cell: OutputCell, corners: ReadonlySet<number>): number {
  const style = cell.style ?? null;
  let align: number;
  // A merged title is centred; a sentence merged across the width reads from the left, wrapped.
  if (corners.size > 0 && corners.has(cellPosition(cell.row, cell.col))) align = style === "title" ? 4 : 5;
  else if (style === "header") align = 1;
  else if (sheet.columns[cell.col - 1]?.wrap) align = 2;
  else if (style !== "title" && style !== "note" && style !== "subtitle") align = 3;
  else align = 0;
  const styleLink = STYLES.indexOf(style) * 2 + (cell.link !== undefined ? 1 : 0);
  return (styleLink * FORMATS.length + formatIndex(cell)) * ALIGNS.length + align;
}

/** Number formats Excel knows by id, so they need no entry of their own. */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0,
  [NUMBER_FORMATS.count]: 3,
  [NUMBER_FORMATS.percent]: 10,
  [NUMBER_FORMATS.text]: 49,
};

const ALIGNMENT: Readonly<Record<NonNullable<Alignment>, string>> = {
  header: '<alignment horizontal="center" vertical="center" wrapText="1"/>',
  merge: '<alignment horizontal="center" vertical="center" wrapText="1"/>',
  line: '<alignment horizontal="left" vertical="top" wrapText="1"/>',
  wrap: '<alignment vertical="top" wrapText="1"/>',
  top: '<alignment vertical="top"/>',
};

/** The parts of the workbook's default font that ours inherit. */
interface BaseFont {
  readonly size: string;
  readonly name: string;
  readonly family: string | null;
  readonly scheme: string | null;
  readonly color: string | null;
}

const DEFAULT_FONT: BaseFont = { size: "11", name: "Calibri", family: "2", scheme: null, color: null };

function baseFontOf(fontXml: string | null): BaseFont {
  if (fontXml === null) return DEFAULT_FONT;
  const val = (tag: string): string | null => {
    const m = new RegExp(`<(?:[\\w.-]+:)?${tag}\\b[^>]*\\sval="([^"]*)"`).exec(fontXml);
    return m?.[1] ?? null;
  };
  return {
    size: val("sz") ?? DEFAULT_FONT.size,
    name: val("name") ?? DEFAULT_FONT.name,
    family: val("family"),
    scheme: val("scheme"),
    color: /<(?:[\w.-]+:)?color\b[^>]*\/>/.exec(fontXml)?.[0].replace(/^<[\w.-]+:/, "<") ?? null,
  };
}

function fontXml(f: Format, base: BaseFont, p: string): string | null {
  if (f.style === null && !f.link) return null;
  const bold = f.style === "title" || f.style === "subtitle" || f.style === "header" || f.style === "total";
  const size = f.style === "title" || f.style === "subtitle" ? String(STYLE_FONT_PT[f.style]) : base.size;
  const color = f.link ? '<color rgb="FF0563C1"/>' : base.color;
  return (
    `<${p}font>` +
    (bold ? `<${p}b/>` : "") +
    (f.style === "note" ? `<${p}i/>` : "") +
    (f.link ? `<${p}u/>` : "") +
    `<${p}sz val="${size}"/>` +
    (color ? color.replace(/^<color/, `<${p}color`) : "") +
    `<${p}name val="${base.name}"/>` +
    (base.family ? `<${p}family val="${base.family}"/>` : "") +
    (base.scheme ? `<${p}scheme val="${base.scheme}"/>` : "") +
    `</${p}font>`
  );
}

/** One section of styles.xml: the element as written, its start tag, and its children. */
interface Section {
  readonly element: string;
  readonly startTag: string;
  readonly items: string[];
}

function sectionOf(xml: string, p: string, name: string, item: string): Section | null {
  const m = new RegExp(`(<${p}${name}\\b[^>]*?)(?:/>|>([\\s\\S]*?)</${p}${name}\\s*>)`).exec(xml);
  if (!m) return null;
  const body = m[2] ?? "";
  // Children written as <item …/> or <item …>…</item>; nested elements are kept with their parent.
  const items = [
    ...body.matchAll(new RegExp(`<${p}${item}\\b(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${p}${item}\\s*>)`, "g")),
  ].map((x) => x[0]);
  return { element: m[0], startTag: m[1] ?? `<${p}${name}`, items };
}

/**
 * The section with `items` as its children: the start tag keeps every attribute it had, its count
 * updated; a missing section is inserted before the first section that follows it (CT_Stylesheet).
 */
function withSection(
  xml: string,
  p: string,
  name: string,
  items: readonly string[],
  old: Section | null,
  before: readonly string[],
): string {
  const start = old
    ? /\scount="[^"]*"/.test(old.startTag)
      ? old.startTag.replace(/\scount="[^"]*"/, ` count="${items.length}"`)
      : `${old.startTag} count="${items.length}"`
    : `<${p}${name} count="${items.length}"`;
  const element = `${start}>${items.join("")}</${p}${name}>`;
  if (old) return xml.replace(old.element, () => element);
  for (const next of before) {
    const at = xml.search(new RegExp(`<${p}${next}\\b`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  return xml.replace(new RegExp(`</${p}styleSheet\\s*>`), (close) => element + close);
}

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** The styles.xml with our formats added, and the cell-format index of each of our cells. */
export interface StyledSheets {
  readonly stylesXml: string;
  /** The xf index of a cell of a sheet (by the sheet's position in the list given). */
  styleOf(sheetIndex: number, cell: OutputCell): number;
}

/** Adds the formats our sheets use to `stylesXml` (the workbook's, or MINIMAL_STYLES). */
export function addOurStyles(stylesXml: string, sheets: readonly OutputSheet[]): StyledSheets {
  const p = rootPrefix(stylesXml);
  let xml = stylesXml;
  const fonts = sectionOf(xml, p, "fonts", "font");
  const fontItems = [...(fonts?.items ?? [])];
  const base = baseFontOf(fontItems[0] ?? null);
  const numFmts = sectionOf(xml, p, "numFmts", "numFmt");
  const numFmtItems = [...(numFmts?.items ?? [])];
  const xfs = sectionOf(xml, p, "cellXfs", "xf");
  const xfItems = [...(xfs?.items ?? [])];
  if (xfItems.length === 0) xfItems.push(`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
  if (fontItems.length === 0)
    fontItems.push(`<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`);
  const hasStyleXfs = /<(?:[\w.-]+:)?cellStyleXfs\b[^>]*>\s*<(?:[\w.-]+:)?xf\b/.test(xml);

  const codeIds = new Map<string, number>();
  let nextNumFmt = 164;
  for (const item of numFmtItems) {
    const id = Number(/\snumFmtId="(\d+)"/.exec(item)?.[1]);
    const code = /\sformatCode="([^"]*)"/.exec(item)?.[1];
    if (Number.isFinite(id)) nextNumFmt = Math.max(nextNumFmt, id + 1);
    if (code !== undefined && !codeIds.has(code)) codeIds.set(code, id);
  }
  const numFmtId = (code: string): number => {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    const escaped = escapeXml(code);
    const known = codeIds.get(escaped);
    if (known !== undefined) return known;
    const id = nextNumFmt++;
    numFmtItems.push(`<${p}numFmt numFmtId="${id}" formatCode="${escaped}"/>`);
    codeIds.set(escaped, id);
    return id;
  };
  const indexIn = (items: string[], item: string): number => {
    const at = items.indexOf(item);
    if (at >= 0) return at;
    items.push(item);
    return items.length - 1;
  };

  const byCode = new Int32Array(CODES).fill(-1);
  const xfOf = (code: number): number => {
    const known = byCode[code] as number;
    if (known >= 0) return known;
    const f = decode(code);
    const font = fontXml(f, base, p);
    const fontId = font === null ? 0 : indexIn(fontItems, font);
    const fmt = numFmtId(f.numFmt);
    const align = f.align ? ALIGNMENT[f.align].replace("<alignment", `<${p}alignment`) : "";
    const xf =
      `<${p}xf numFmtId="${fmt}" fontId="${fontId}" fillId="0" borderId="0"${hasStyleXfs ? ' xfId="0"' : ""}` +
      ` applyNumberFormat="1"${fontId !== 0 ? ' applyFont="1"' : ""}${align ? ' applyAlignment="1"' : ""}` +
      (align ? `>${align}</${p}xf>` : "/>");
    const index = indexIn(xfItems, xf);
    byCode[code] = index;
    return index;
  };

  // Every format is decided now, so styles.xml is whole before the first sheet is written.
  const corners = sheets.map((s) => {
    const set = new Set<number>();
    for (const m of s.merges) {
      const r = parseRangeA1(m);
      if (r) set.add(cellPosition(r.top, r.left));
    }
    return set;
  });
  sheets.forEach((sheet, i) => {
    const c = corners[i] as Set<number>;
    for (const cell of sheet.cells) xfOf(codeOf(sheet, cell, c));
  });

  // A section is rewritten only when something of ours was added to it.
  if (numFmtItems.length > (numFmts?.items.length ?? 0))
    xml = withSection(xml, p, "numFmts", numFmtItems, numFmts, [
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
    ]);
  if (fontItems.length > (fonts?.items.length ?? 0))
    xml = withSection(xml, p, "fonts", fontItems, sectionOf(xml, p, "fonts", "font"), [
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
    ]);
  if (xfItems.length > (xfs?.items.length ?? 0))
    xml = withSection(xml, p, "cellXfs", xfItems, sectionOf(xml, p, "cellXfs", "xf"), [
      "cellStyles",
      "dxfs",
      "tableStyles",
      "colors",
      "extLst",
    ]);
  return {
    stylesXml: xml,
    styleOf: (sheetIndex, cell) => {
      const sheet = sheets[sheetIndex];
      return sheet ? xfOf(codeOf(sheet, cell, corners[sheetIndex] as Set<number>)) : 0;
    },
  };
}
