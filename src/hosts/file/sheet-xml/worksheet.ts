/**
 * One of our sheets (the OutputSheet model) as worksheet XML, produced in chunks so a findings sheet
 * of any length streams into the zip without ever being one string: column widths, cells (text as
 * inline strings, so the user's shared-string table is left as it was; numbers; dates as serials),
 * row heights for wrapped text, merged titles, internal links, the model's page setup (A4, its
 * orientation, one page wide, centred), the drawing of the chart and the tables.
 */
import { a1, cellPosition, parseRangeA1, rangeA1 } from "../../../core/grid";
import type { OutputCell, OutputSheet } from "../../../core/output/model";
import { inReadingOrder, linkReference, primitiveOf } from "../../../core/output/model";
import { REL_NS, XML_HEAD } from "../package/parts";
import { cellString, needsPreserve, xmlString } from "./text";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Excel keeps at most this many hyperlinks on a sheet; later rows keep their text, unlinked. */
export const MAX_LINKS = 65_530;

/** Text is gathered into chunks of about this many characters before it is handed on. */
const CHUNK = 256 * 1024;

export interface WorksheetInput {
  readonly sheet: OutputSheet;
  /** The cell-format index of each cell. */
  readonly styleOf: (cell: OutputCell) => number;
  /** Header cells of tables, by `cellPosition`, written with the table's column names. */
  readonly headerNames: ReadonlyMap<number, string>;
  readonly drawingRelId: string | null;
  readonly tableRelIds: readonly string[];
}

function bounds(sheet: OutputSheet): string {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const grow = (r: number, c: number): void => {
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  for (const c of sheet.cells) grow(c.row, c.col);
  for (const ref of [...sheet.merges, ...sheet.tables.map((t) => t.range)]) {
    const r = parseRangeA1(ref);
    if (r) {
      grow(r.top, r.left);
      grow(r.bottom, r.right);
    }
  }
  return bottom === 0 ? "A1" : rangeA1({ top, left, bottom, right });
}

/** Column letters, computed once per column. */
const LETTERS: string[] = [];
function ref(row: number, col: number): string {
  let letters = LETTERS[col];
  if (letters === undefined) {
    letters = a1(1, col).slice(0, -1);
    LETTERS[col] = letters;
  }
  return letters + row;
}

function cellXml(cell: OutputCell, style: number, header: string | undefined): string {
  const at = ref(cell.row, cell.col);
  const s = style > 0 ? ` s="${style}"` : "";
  if (header !== undefined || cell.value.kind === "text") {
    const text = header ?? (cell.value.kind === "text" ? cell.value.text : "");
    const space = needsPreserve(text) ? ' xml:space="preserve"' : "";
    return `<c r="${at}"${s} t="inlineStr"><is><t${space}>${cellString(text)}</t></is></c>`;
  }
  const n = primitiveOf(cell.value);
  if (typeof n !== "number" || !Number.isFinite(n)) return s ? `<c r="${at}"${s}/>` : "";
  return `<c r="${at}"${s}><v>${n}</v></c>`;
}

export function* worksheetXml(input: WorksheetInput): Generator<string> {
  const { sheet, styleOf, headerNames } = input;
  let buf: string[] = [];
  let size = 0;
  const put = (s: string): void => {
    buf.push(s);
    size += s.length;
  };

  put(
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL_NS}">` +
      `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
      `<dimension ref="${bounds(sheet)}"/>` +
      `<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>`,
  );
  if (sheet.columns.length > 0) {
    put("<cols>");
    sheet.columns.forEach((c, i) =>
      put(`<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`),
    );
    put("</cols>");
  }
  put("<sheetData>");
  const heights = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));
  const openRow = (r: number): void => {
    const h = heights.get(r);
    put(h === undefined ? `<row r="${r}">` : `<row r="${r}" ht="${h}" customHeight="1">`);
    heights.delete(r);
  };
  let row = 0;
  for (const cell of inReadingOrder(sheet.cells)) {
    if (cell.row !== row) {
      if (row !== 0) put("</row>");
      row = cell.row;
      openRow(row);
    }
    put(
      cellXml(
        cell,
        styleOf(cell),
        headerNames.size > 0 ? headerNames.get(cellPosition(cell.row, cell.col)) : undefined,
      ),
    );
    if (size >= CHUNK) {
      yield buf.join("");
      buf = [];
      size = 0;
    }
  }
  if (row !== 0) put("</row>");
  // A height for a row without cells: an empty row of that height, in order after the last row.
  for (const [r, h] of [...heights].sort((a, b) => a[0] - b[0]))
    if (r > row) put(`<row r="${r}" ht="${h}" customHeight="1"/>`);
  put("</sheetData>");

  if (sheet.merges.length > 0) {
    put(`<mergeCells count="${sheet.merges.length}">`);
    for (const m of sheet.merges) put(`<mergeCell ref="${m}"/>`);
    put("</mergeCells>");
  }
  let links = 0;
  for (const cell of sheet.cells) {
    if (!cell.link || links >= MAX_LINKS) continue;
    if (links === 0) put("<hyperlinks>");
    links += 1;
    // An internal link is a location alone, no relationship: Excel's own form.
    put(
      `<hyperlink ref="${a1(cell.row, cell.col)}" location="${xmlString(linkReference(cell.link)).replace(/'/g, "&apos;")}"/>`,
    );
    if (size >= CHUNK) {
      yield buf.join("");
      buf = [];
      size = 0;
    }
  }
  if (links > 0) put("</hyperlinks>");
  // Offices print these sheets and attach them to reports: as the model's page setup says.
  const p = sheet.print;
  const m = p.margins;
  put(
    (p.centerHorizontally ? `<printOptions horizontalCentered="1"/>` : "") +
      `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
      `<pageSetup paperSize="9" orientation="${p.orientation}" fitToWidth="${p.fitToPagesWide}" fitToHeight="0"/>`,
  );
  if (input.drawingRelId !== null) put(`<drawing r:id="${input.drawingRelId}"/>`);
  if (input.tableRelIds.length > 0) {
    put(`<tableParts count="${input.tableRelIds.length}">`);
    for (const id of input.tableRelIds) put(`<tablePart r:id="${id}"/>`);
    put("</tableParts>");
  }
  put("</worksheet>");
  yield buf.join("");
}
