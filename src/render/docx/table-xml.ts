/**
 * A data table of the plan as WordprocessingML, written as text. A list of 50,000 schools is 200,000
 * cells: built as `docx` objects they cost minutes and gigabytes, written here they cost a second.
 * Borders and cell margins are set once on the table, size and spacing once in the TableText
 * paragraph style, so each cell carries only its width, alignment and text.
 */
import type { Align, TableBlock } from "../../core/plan/model";
import { TEXT_WIDTH } from "./layout";

/** The paragraph style of table text (13 pt, tight spacing); defined with the document's styles. */
export const TABLE_TEXT_STYLE = "TableText";

const JC: Readonly<Record<Align, string>> = {
  left: "left",
  center: "center",
  right: "right",
  // Justified text in a narrow cell spreads its words apart: cells are left-aligned instead.
  justify: "left",
};

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} ${LINE}/>`)
  .join("");
const CELL_MARGINS =
  '<w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="80"/>' +
  '<w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="80"/>';

/** What XML text cannot hold is dropped, as `docx` drops it from the rest of the document. */
// eslint-disable-next-line no-control-regex -- the characters XML cannot hold are the point
const SPECIAL = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
// eslint-disable-next-line no-control-regex -- as above
const MAYBE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

export function escapeText(text: string): string {
  return MAYBE.test(text) ? text.replace(SPECIAL, (c) => ESCAPES[c] ?? "") : text;
}

/** Widths in twips that add up exactly to the text width. */
export function columnWidths(fractions: readonly number[], width: number = TEXT_WIDTH): number[] {
  const total = fractions.reduce((a, b) => a + b, 0);
  const widths = fractions.map((f) => Math.round((f / total) * width));
  const drift = width - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + drift;
  return widths;
}

type RowKind = "header" | "body" | "total";

/** Everything of a cell before its text, per column: computed once per table, not per cell. */
function cellOpenings(block: TableBlock, widths: readonly number[], kind: RowKind): string[] {
  const run = kind === "body" ? "<w:r>" : "<w:r><w:rPr><w:b/><w:bCs/></w:rPr>";
  return widths.map((width, i) => {
    const align = kind === "header" ? "center" : JC[block.columns[i]?.align ?? "left"];
    return (
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/><w:vAlign w:val="center"/></w:tcPr>` +
      `<w:p><w:pPr><w:pStyle w:val="${TABLE_TEXT_STYLE}"/><w:jc w:val="${align}"/></w:pPr>` +
      `${run}<w:t xml:space="preserve">`
    );
  });
}

const CELL_CLOSE = "</w:t></w:r></w:p></w:tc>";
const ROW_OPEN: Readonly<Record<RowKind, string>> = {
  header: "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
  body: "<w:tr><w:trPr><w:cantSplit/></w:trPr>",
  total: "<w:tr><w:trPr><w:cantSplit/></w:trPr>",
};

/** Rows per chunk: big enough to keep the chunks few, small enough to stream a long table. */
const ROWS_PER_CHUNK = 500;

/**
 * Between two tables of one long list: a paragraph one point high, without which Word and
 * LibreOffice join the tables again.
 */
const TABLE_JOINT =
  '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>' +
  '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>';

/**
 * The table as `w:tbl` XML, in chunks of a few hundred rows: fixed layout on the text width, single
 * black lines around and between the cells, header rows bold, centred and repeated on each page, the
 * total row bold, rows never split over two pages. A table the model gives `rowsPerTable` is cut into
 * tables of that many rows, one after the other, each opening with the header rows.
 */
export function* tableXmlChunks(block: TableBlock): Generator<string> {
  const widths = columnWidths(block.columns.map((c) => c.width));
  const opening =
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/>` +
    `<w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar>${CELL_MARGINS}</w:tblCellMar></w:tblPr><w:tblGrid>` +
    widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("") +
    "</w:tblGrid>";
  const perTable = block.rowsPerTable ?? Infinity;
  let chunk = opening;
  const openings: Record<RowKind, string[]> = {
    header: cellOpenings(block, widths, "header"),
    body: cellOpenings(block, widths, "body"),
    total: cellOpenings(block, widths, "total"),
  };
  const row = (cells: readonly string[], kind: RowKind): string => {
    let xml = ROW_OPEN[kind];
    const open = openings[kind];
    for (let i = 0; i < widths.length; i++) xml += `${open[i]}${escapeText(cells[i] ?? "")}${CELL_CLOSE}`;
    return `${xml}</w:tr>`;
  };
  const header = block.header.map((cells) => row(cells, "header")).join("");
  chunk += header;
  let rows = 0;
  for (const cells of block.body) {
    if (rows > 0 && rows % perTable === 0) chunk += `</w:tbl>${TABLE_JOINT}${opening}${header}`;
    chunk += row(cells, "body");
    if (++rows % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = "";
    }
  }
  if (block.total) chunk += row(block.total, "total");
  yield `${chunk}</w:tbl>`;
}
