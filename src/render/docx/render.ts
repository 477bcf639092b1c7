/**
 * The plan model → a .docx file, with the `docx` library (runs in Node and in the browser).
 * Headings use Word's built-in Heading 1–3 styles, redefined as an official document sets them, so
 * the navigation pane, outline view and a table of contents work in the user's Word.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { IBorderOptions, IRunOptions, OutputByType } from "docx";
import JSZip from "jszip";
import type {
  Align,
  Block,
  BulletBlock,
  DocumentHeaderBlock,
  HeadingBlock,
  ParagraphBlock,
  PlanDocument,
  Run,
  TableBlock,
} from "../../core/plan/model";
import {
  BODY_SPACING,
  FIRST_LINE,
  FONT,
  HEADER_COLUMNS,
  MARGIN,
  PAGE,
  SIZE,
  TABLE_SPACING,
  TEXT_WIDTH,
} from "./layout";
import { withControls } from "./controls";
import { columnWidths, TABLE_TEXT_STYLE, tableXmlChunks } from "./table-xml";

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

const ALIGN: Readonly<Record<Align, Alignment>> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

const NO_LINE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_CELL_LINES = { top: NO_LINE, bottom: NO_LINE, left: NO_LINE, right: NO_LINE };

function textRun(run: Run, extra: IRunOptions = {}): TextRun {
  return new TextRun({
    text: run.text,
    ...(run.lineBreak ? { break: 1 } : {}),
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italics: true } : {}),
    ...extra,
  });
}

/** Space above a paragraph that follows a table: tables take no spacing of their own. */
const AFTER_TABLE = { before: 240 } as const;

function headingParagraph(block: HeadingBlock, afterTable: boolean): Paragraph {
  return new Paragraph({
    heading: HEADING[block.level],
    ...(afterTable ? { spacing: AFTER_TABLE } : {}),
    children: [new TextRun(block.text)],
    ...(block.align ? { alignment: ALIGN[block.align] } : {}),
    ...(block.level > 1 && block.align === undefined ? { indent: { firstLine: FIRST_LINE } } : {}),
    ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

function bodyParagraph(block: ParagraphBlock, afterTable: boolean, beforeTable: boolean): Paragraph {
  return new Paragraph({
    alignment: ALIGN[block.align],
    ...(afterTable || beforeTable
      ? { spacing: { ...(afterTable ? AFTER_TABLE : {}), ...(beforeTable ? { after: 120 } : {}) } }
      : {}),
    ...(block.indent ? { indent: { firstLine: FIRST_LINE } } : {}),
    children: block.runs.map((r) => textRun(r)),
  });
}

/** The documents type their dashes: "- " at the first-line indent, the text running back to the margin. */
function bulletParagraph(block: BulletBlock, afterTable: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    ...(afterTable ? { spacing: AFTER_TABLE } : {}),
    indent: { firstLine: FIRST_LINE },
    children: [new TextRun("- "), ...block.runs.map((r) => textRun(r))],
  });
}

/**
 * Where a data table goes: an empty paragraph whose style id no text can produce, replaced by the
 * table's XML (table-xml.ts) once `docx` has written the rest of the document.
 */
const slotStyle = (index: number): string => `kdclTableSlot${index}`;
const SLOT = /<w:p><w:pPr><w:pStyle w:val="kdclTableSlot(\d+)"\/><\/w:pPr><\/w:p>/g;

/** A short centred rule under a header line, as long as `length` twips. */
function rule(cellWidth: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    // The line is the paragraph's top border; the space before keeps it clear of the descenders above.
    spacing: { before: 40, after: 0, line: 40, lineRule: "exact" },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 0 } },
    children: [new TextRun({ text: "", size: 2 })],
  });
}

function headerLine(
  text: string,
  size: number,
  style: { bold?: boolean; italic?: boolean; before?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: style.before ?? 0, after: 0, line: 240 },
    children: [
      new TextRun({
        text,
        size,
        ...(style.bold ? { bold: true } : {}),
        ...(style.italic ? { italics: true } : {}),
      }),
    ],
  });
}

function headerCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: NO_CELL_LINES,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children,
  });
}

/**
 * Issuing body | national motto, then number | place and date: a borderless table, as official
 * documents lay them out; the title follows, centred.
 */
function documentHeader(block: DocumentHeaderBlock): (Table | Paragraph)[] {
  const [left, right] = columnWidths(HEADER_COLUMNS, TEXT_WIDTH) as [number, number];
  const body = block.issuingBody.map((line) =>
    headerLine(line.text, SIZE.headerSmall, { bold: line.bold === true }),
  );
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          headerCell([...body, rule(left, Math.round(left * 0.35))], left),
          headerCell(
            [
              headerLine(block.nation, SIZE.nation, { bold: true }),
              headerLine(block.motto, SIZE.headerLarge, { bold: true }),
              rule(right, Math.round(right * 0.6)),
            ],
            right,
          ),
        ],
      }),
      new TableRow({
        children: [
          headerCell([headerLine(block.number, SIZE.headerSmall, { before: 160 })], left),
          headerCell([headerLine(block.dateLine, SIZE.headerLarge, { italic: true, before: 160 })], right),
        ],
      }),
    ],
  });
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 480, after: 0 },
    keepNext: true,
    children: [new TextRun({ text: block.title, bold: true, size: SIZE.headerLarge })],
  });
  const subtitle = block.subtitle.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: i === block.subtitle.length - 1 ? 240 : 0 },
        keepNext: true,
        children: [new TextRun({ text: line, bold: true, size: SIZE.headerLarge })],
      }),
  );
  return [table, title, ...subtitle];
}

function renderBlock(
  block: Block,
  previous: Block | undefined,
  next: Block | undefined,
  tables: TableBlock[],
): (Table | Paragraph)[] {
  const afterTable = previous?.kind === "table";
  switch (block.kind) {
    case "documentHeader":
      return documentHeader(block);
    case "heading":
      return [headingParagraph(block, afterTable)];
    case "paragraph":
      return [bodyParagraph(block, afterTable, next?.kind === "table")];
    case "bullet":
      return [bulletParagraph(block, afterTable)];
    case "table": {
      // Word joins two tables with nothing between them, and wants a paragraph after the last one.
      const slot = new Paragraph({ style: slotStyle(tables.length) });
      tables.push(block);
      return next === undefined || next.kind === "table" ? [slot, new Paragraph({ children: [] })] : [slot];
    }
  }
}

/** Heading n of an official document: the body's font and size, bold, black; its outline level kept. */
const headingStyle = (level: 1 | 2 | 3) => ({
  run: { font: FONT, size: SIZE.body, bold: true, italics: level === 3, color: "000000" },
  paragraph: {
    spacing: { before: 160, after: 40, line: 276 },
    keepNext: true,
    keepLines: true,
    outlineLevel: level - 1,
  },
});

/** A custom document property (File › Info › Properties › Custom); kdcl marks its outputs with one. */
export interface DocxProperty {
  readonly name: string;
  readonly value: string;
}

/** The plan as a Word document object, its data tables left as slots; and those tables, in order. */
function planDocument(
  plan: PlanDocument,
  properties: readonly DocxProperty[],
): { document: Document; tables: TableBlock[] } {
  const language = plan.lang === "vi" ? "vi-VN" : "en-US";
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber })],
      }),
    ],
  });
  const tables: TableBlock[] = [];
  // Each part with figures sits in a tagged content control, so Word can refresh it later.
  const children = withControls(plan, (block, i) =>
    renderBlock(block, plan.blocks[i - 1], plan.blocks[i + 1], tables),
  );
  const document = new Document({
    creator: "kdcl",
    title: plan.title,
    ...(properties.length > 0 ? { customProperties: properties.map((p) => ({ ...p })) } : {}),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, color: "000000", language: { value: language } },
          paragraph: { spacing: BODY_SPACING },
        },
        heading1: headingStyle(1),
        heading2: headingStyle(2),
        heading3: headingStyle(3),
      },
      paragraphStyles: [
        {
          id: TABLE_TEXT_STYLE,
          name: plan.lang === "vi" ? "Chữ trong bảng" : "Table Text",
          basedOn: "Normal",
          run: { size: SIZE.table },
          paragraph: { spacing: TABLE_SPACING },
        },
      ],
    },
    sections: [
      {
        properties: {
          // Nghị định 30/2020: page numbers centred at the top, none on the first page.
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: MARGIN,
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children,
      },
    ],
  });
  return { document, tables };
}

const DOCUMENT_PART = "word/document.xml";

/** A part of the .docx package: bytes, or text produced in chunks (the document of a long list). */
export interface DocxPart {
  readonly name: string;
  readonly content: Uint8Array | Iterable<string>;
}

/** The document.xml of the draft, cut at its table slots: text, table, text, table, … text. */
function* documentChunks(draftXml: string, tables: readonly TableBlock[]): Generator<string> {
  let at = 0;
  let filled = 0;
  for (const slot of draftXml.matchAll(SLOT)) {
    const table = tables[Number(slot[1])];
    if (table === undefined) throw new Error(`no table for slot ${slot[1]}`);
    yield draftXml.slice(at, slot.index);
    yield* tableXmlChunks(table);
    at = slot.index + slot[0].length;
    filled += 1;
  }
  if (filled !== tables.length) throw new Error(`${tables.length - filled} table(s) without a slot`);
  yield draftXml.slice(at);
}

/**
 * The plan's .docx package as parts, in package order, for a writer that zips as it goes (kdcl writes
 * a long plan this way, never holding the whole document in memory). `docx` writes the document with
 * its table slots, small whatever the list's length; the slots are filled as document.xml is read.
 */
export async function planParts(
  plan: PlanDocument,
  properties: readonly DocxProperty[] = [],
): Promise<DocxPart[]> {
  const { document, tables } = planDocument(plan, properties);
  const draft = await JSZip.loadAsync(await Packer.pack(document, "uint8array"));
  const parts: DocxPart[] = [];
  for (const entry of Object.values(draft.files)) {
    if (entry.dir) continue;
    if (entry.name === DOCUMENT_PART) {
      parts.push({ name: entry.name, content: documentChunks(await entry.async("string"), tables) });
    } else {
      parts.push({ name: entry.name, content: await entry.async("uint8array") });
    }
  }
  return parts;
}

/** The package zipped by `docx`, its document.xml whole: for the browser and Word. */
async function pack<T extends "uint8array" | "base64">(
  plan: PlanDocument,
  properties: readonly DocxProperty[],
  type: T,
): Promise<OutputByType[T]> {
  const { document, tables } = planDocument(plan, properties);
  if (tables.length === 0) return Packer.pack(document, type);
  const draft = await JSZip.loadAsync(await Packer.pack(document, "uint8array"));
  const xml = (await draft.file(DOCUMENT_PART)?.async("string")) ?? "";
  const chunks: string[] = [];
  for (const chunk of documentChunks(xml, tables)) chunks.push(chunk);
  return Packer.pack(document, type, undefined, [{ path: DOCUMENT_PART, data: chunks.join("") }]);
}

/** The .docx file's bytes. */
export function renderPlanDocx(
  plan: PlanDocument,
  properties: readonly DocxProperty[] = [],
): Promise<Uint8Array> {
  return pack(plan, properties, "uint8array");
}

/** The .docx as base64, for Word's `insertFileFromBase64`. */
export function renderPlanBase64(plan: PlanDocument): Promise<string> {
  return pack(plan, [], "base64");
}
