/**
 * The plan's appendix list as a workbook of its own, `<ke-hoach>-phu-luc.xlsx`, for lists too long
 * to read as a table in the document: title and "(Kèm theo Kế hoạch …)" lines, the table with its
 * header repeated on each printed page, the closing count; A4, fitted to the page width; marked as
 * kdcl's like the .docx. The parts are plain text, the worksheet in chunks: kdcl streams them into
 * its zip writer (50,000 schools cost a second), the browser zips them with JSZip.
 */
import JSZip from "jszip";
import type { AppendixList } from "../../../core/plan/model";
import type { Lang } from "../../../core/text/format";
import {
  CUSTOM_CONTENT_TYPE,
  CUSTOM_PART,
  CUSTOM_REL_TYPE,
  customPropertiesXml,
} from "../package/custom-properties";
import { markerText, OUTPUT_PROPERTY } from "../package/marker";
import { CONTENT, escapeXml, REL, XML_HEAD } from "../package/parts";
import { cellString, needsPreserve } from "../sheet-xml/text";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export { appendixPath, XLSX_MIME } from "./name";

const SHEET_NAME: Readonly<Record<Lang, string>> = { vi: "Phụ lục", en: "Appendix" };

/** Column widths in characters: number, name, level, action or note (the document's proportions). */
const WIDTHS = [7, 42, 20, 30];

/** Cell formats (cellXfs indexes) of the styles part below. */
const XF = { title: 1, attached: 2, header: 3, center: 4, left: 5, footer: 6 } as const;

const STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${MAIN}">` +
  '<fonts count="3">' +
  '<font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>' +
  '<font><b/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>' +
  '<font><i/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>' +
  "</fonts>" +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>' +
  '<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>' +
  "</borders>" +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="7">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  "</cellXfs>" +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const COLUMNS = ["A", "B", "C", "D"];
const LAST = COLUMNS[COLUMNS.length - 1] as string;

function cell(column: number, row: number, text: string, style: number): string {
  const ref = `${COLUMNS[column] ?? "A"}${row}`;
  if (text === "") return `<c r="${ref}" s="${style}"/>`;
  const space = needsPreserve(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${cellString(text)}</t></is></c>`;
}

/** Rows per chunk of the streamed worksheet. */
const ROWS_PER_CHUNK = 1000;

/** Where the table's header row is: after the title, the attached lines and a blank row. */
const headerRowOf = (list: AppendixList): number => list.attached.length + 3;

function* worksheetChunks(list: AppendixList): Generator<string> {
  const { table } = list;
  const headerRow = headerRowOf(list);
  const alignOf = (i: number): number => (table.columns[i]?.align === "left" ? XF.left : XF.center);
  let chunk =
    XML_HEAD +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL_NS}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    "<cols>" +
    WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("") +
    "</cols><sheetData>" +
    `<row r="1" ht="48" customHeight="1">${cell(0, 1, list.title, XF.title)}</row>`;
  list.attached.forEach((line, i) => {
    chunk += `<row r="${i + 2}">${cell(0, i + 2, line, XF.attached)}</row>`;
  });
  let r = headerRow;
  for (const header of table.header) {
    chunk += `<row r="${r}">${header.map((text, i) => cell(i, r, text, XF.header)).join("")}</row>`;
    r += 1;
  }
  for (const cells of table.body) {
    let row = `<row r="${r}">`;
    for (let i = 0; i < COLUMNS.length; i++) row += cell(i, r, cells[i] ?? "", alignOf(i));
    chunk += `${row}</row>`;
    r += 1;
    if (r % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = "";
    }
  }
  const footerRow = r + 1;
  chunk += `<row r="${footerRow}">${cell(0, footerRow, list.footer, XF.footer)}</row></sheetData>`;
  const merges = [1, ...list.attached.map((_, i) => i + 2)].map(
    (n) => `<mergeCell ref="A${n}:${LAST}${n}"/>`,
  );
  chunk +=
    `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` +
    '<pageMargins left="0.7" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>' +
    "</worksheet>";
  yield chunk;
}

/** One part of the package: its text whole, or the worksheet in chunks. */
export interface WorkbookPart {
  readonly name: string;
  readonly content: string | Iterable<string>;
}

/** The workbook's parts, in package order. */
export function appendixWorkbookParts(list: AppendixList, lang: Lang): WorkbookPart[] {
  const sheet = SHEET_NAME[lang];
  const headerRow = headerRowOf(list);
  const custom = customPropertiesXml(null, () => false, [
    { name: OUTPUT_PROPERTY, text: markerText({ kind: "plan" }) },
  ]);
  const parts: WorkbookPart[] = [];
  parts.push({
    name: "[Content_Types].xml",
    content:
      XML_HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT.workbook}"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT.worksheet}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT.styles}"/>` +
      `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_CONTENT_TYPE}"/>` +
      "</Types>",
  });
  parts.push({
    name: "_rels/.rels",
    content:
      XML_HEAD +
      `<Relationships xmlns="${RELS}">` +
      `<Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${CUSTOM_REL_TYPE}" Target="${CUSTOM_PART}"/>` +
      "</Relationships>",
  });
  parts.push({
    name: "xl/workbook.xml",
    content:
      XML_HEAD +
      `<workbook xmlns="${MAIN}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews>` +
      `<sheets><sheet name="${escapeXml(sheet)}" sheetId="1" r:id="rId1"/></sheets>` +
      // The header row is printed again at the top of every page.
      `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'${escapeXml(sheet)}'!$${headerRow}:$${headerRow}</definedName></definedNames>` +
      "</workbook>",
  });
  parts.push({
    name: "xl/_rels/workbook.xml.rels",
    content:
      XML_HEAD +
      `<Relationships xmlns="${RELS}">` +
      `<Relationship Id="rId1" Type="${REL.worksheet}" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL.styles}" Target="styles.xml"/>` +
      "</Relationships>",
  });
  parts.push({ name: "xl/styles.xml", content: STYLES });
  parts.push({ name: "xl/worksheets/sheet1.xml", content: worksheetChunks(list) });
  if (custom !== null) parts.push({ name: CUSTOM_PART, content: custom });
  return parts;
}

/** The workbook as bytes, for a browser download (a list of 50,000 schools is about 2 MB). */
export async function appendixWorkbookBytes(list: AppendixList, lang: Lang): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const part of appendixWorkbookParts(list, lang)) {
    const text = typeof part.content === "string" ? part.content : Array.from(part.content).join("");
    zip.file(part.name, text, { date: new Date() });
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
