/**
 * Node only: the package a report starts from. For a workbook, the user's own zip: a few small
 * parts are read (content types, relationships, workbook.xml, styles, custom properties, tables),
 * every other part is handed to the writer compressed, as it is. For a CSV, a minimal package made
 * here, its one sheet holding the file's fields as text.
 */
import type { Grid } from "../../../core/grid";
import { a1 } from "../../../core/grid";
import { readEntryText } from "../package/inflate";
import { CONTENT, escapeXml, PKG_RELS_NS, REL, REL_NS, XML_HEAD } from "../package/parts";
import type { ZipEntry } from "../package/zip";
import { compressedBytes, readZipEntries } from "../package/zip";
import type { ZipWriter } from "../package/zip-writer";
import { MINIMAL_STYLES } from "../sheet-xml/styles";
import { cellString, needsPreserve } from "../sheet-xml/text";

export interface PackageSource {
  /** Part names, in the order they are written. */
  readonly names: readonly string[];
  /** A structural part as text; null when the package has no such part. */
  text(name: string): Promise<string | null>;
  /** Writes the part into the copy unchanged. */
  emit(name: string, zip: ZipWriter): Promise<void>;
}

/** The user's workbook: its parts copied compressed, as they are. */
export class ZipSource implements PackageSource {
  readonly names: readonly string[];
  private readonly byName: ReadonlyMap<string, ZipEntry>;
  private readonly texts = new Map<string, Promise<string>>();

  /** Throws LimitError or DamagedPackage (see package/zip.ts); inflates nothing. */
  constructor(private readonly bytes: Uint8Array) {
    const entries = readZipEntries(bytes);
    this.names = entries.map((e) => e.name);
    this.byName = new Map(entries.map((e) => [e.name, e]));
  }

  text(name: string): Promise<string | null> {
    const entry = this.byName.get(name);
    if (!entry) return Promise.resolve(null);
    let text = this.texts.get(name);
    if (!text) {
      text = readEntryText(this.bytes, entry);
      this.texts.set(name, text);
    }
    return text;
  }

  async emit(name: string, zip: ZipWriter): Promise<void> {
    const entry = this.byName.get(name);
    if (!entry) throw new Error(`no part ${name}`);
    await zip.copy(entry, compressedBytes(this.bytes, entry));
  }
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const SHEET_PART = "xl/worksheets/sheet1.xml";

/** The CSV's fields as the worksheet of the new package: every value text, shown as written. */
function* csvSheetXml(grid: Grid): Generator<string> {
  let buf: string[] = [`${XML_HEAD}<worksheet xmlns="${MAIN}"><sheetData>`];
  let size = 0;
  for (let i = 0; i < grid.cells.length; i++) {
    const row = grid.cells[i] as Grid["cells"][number];
    const r = grid.top + i;
    let xml = "";
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (v === null || v === undefined || typeof v === "object") continue;
      const text = String(v);
      const space = needsPreserve(text) ? ' xml:space="preserve"' : "";
      // Style 1 is "@": the cell stays text ("44.497", "=A1") exactly as the file wrote it.
      xml += `<c r="${a1(r, grid.left + j)}" s="1" t="inlineStr"><is><t${space}>${cellString(text)}</t></is></c>`;
    }
    if (xml === "") continue;
    buf.push(`<row r="${r}">${xml}</row>`);
    size += xml.length;
    if (size > 256 * 1024) {
      yield buf.join("");
      buf = [];
      size = 0;
    }
  }
  buf.push("</sheetData></worksheet>");
  yield buf.join("");
}

/** A new package holding the CSV as one sheet named `sheetName` (already a valid sheet name). */
export function csvSource(grid: Grid, sheetName: string): PackageSource {
  const texts = new Map<string, string>([
    [
      "[Content_Types].xml",
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT.workbook}"/>` +
        `<Override PartName="/${SHEET_PART}" ContentType="${CONTENT.worksheet}"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${CONTENT.styles}"/>` +
        `</Types>`,
    ],
    [
      "_rels/.rels",
      `${XML_HEAD}<Relationships xmlns="${PKG_RELS_NS}">` +
        `<Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews>` +
        `<sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${XML_HEAD}<Relationships xmlns="${PKG_RELS_NS}">` +
        `<Relationship Id="rId1" Type="${REL.worksheet}" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
    ],
    [
      "xl/styles.xml",
      MINIMAL_STYLES.replace(
        /<cellXfs count="1">(.*?)<\/cellXfs>/,
        '<cellXfs count="2">$1<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
      ),
    ],
  ]);
  return {
    names: [...texts.keys(), SHEET_PART],
    text: async (name) => texts.get(name) ?? null,
    emit: async (name, zip) => {
      if (name === SHEET_PART) await zip.addStream(name, csvSheetXml(grid));
      else await zip.add(name, texts.get(name) ?? "");
    },
  };
}
