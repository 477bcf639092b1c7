/**
 * Shared by the lean reader's tests: the exceljs path as the reference, the old exceljs-only
 * loader (errors included) as the reference for whole files, and a builder of .xlsx files from
 * hand-written XML parts, to reach what exceljs's writer never writes.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Grid } from "../../../../src/core/grid";
import { loadExcelWorkbook } from "../../../../src/hosts/file/buffer";
import { gridsOfWorkbook } from "../../../../src/hosts/file/workbook";
import { inputError, InputError } from "../../../../src/hosts/file/errors";
import { gridsFromWorkbook } from "../../../../src/hosts/file/workbook";
import { readXlsx } from "../../../../src/hosts/file/xlsx/read";

/** The reference: exceljs's object model, then `gridsFromWorkbook`. */
export async function viaExceljs(bytes: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return gridsFromWorkbook(wb);
}

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The lean reader must read the file itself (no fallback) and give exactly exceljs's Grids. */
export async function expectSame(bytes: Uint8Array): Promise<Grid[]> {
  const expected = await viaExceljs(bytes);
  const actual = await readXlsx(bytes);
  expect(actual).toStrictEqual(expected);
  return actual;
}

/** What a loader made of a file: its Grids or its InputError kind. */
export type Outcome = { grids: Grid[] } | { kind: string };

export async function outcome(load: () => Promise<Grid[]>): Promise<Outcome> {
  try {
    return { grids: await load() };
  } catch (e) {
    if (e instanceof InputError) return { kind: e.kind };
    throw e;
  }
}

/** `readWorkbook` of buffer.ts as it was before the lean reader: exceljs only, errors included. */
export async function oldLoader(bytes: Uint8Array, fileName = "ds.xlsx"): Promise<Grid[]> {
  if (bytes.length === 0) throw inputError("empty", fileName);
  return gridsOfWorkbook(await loadExcelWorkbook(bytes, fileName), fileName);
}

// --- .xlsx from hand-written parts ----------------------------------------------------------------

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface RawSheet {
  /** The name attribute as written (already XML-escaped). */
  readonly name: string;
  /** What goes inside <worksheet>…</worksheet>, or a whole part when it starts with "<?xml". */
  readonly body: string;
  readonly state?: string;
  readonly sheetId?: number;
  /** Relationships of the sheet: [Id, Type suffix, Target]. */
  readonly rels?: readonly (readonly [string, string, string])[];
}

export interface RawBook {
  readonly sheets: readonly RawSheet[];
  /** <si> elements, or null for no sharedStrings part. */
  readonly sst?: readonly string[] | null;
  /** Whole styles part, or null for none; the default has the cellXfs of `STYLES`. */
  readonly styles?: string | null;
  readonly workbookPr?: string;
  /** Extra parts, by name. */
  readonly parts?: Readonly<Record<string, string | Uint8Array>>;
  /** Extra <sheet> elements and workbook relationships (chart sheets and the like). */
  readonly extraSheets?: string;
  readonly extraRels?: string;
}

/**
 * cellXfs of the default styles part: 0 General, 1 built-in 14 (date), 2 "dd/mm/yyyy", 3 `0.00 "ngày"`
 * (not a date), 4 built-in 22, 5 `[$-42A]d\ mmmm\ yyyy`, 6 `#,##0\ "₫"`, 7 built-in 49 (text),
 * 8 `0\d` (a backslash-escaped letter), 9 built-in 45 (mm:ss), 10 `[h]:mm` custom on id 14.
 */
export const STYLES =
  DECL +
  `<styleSheet xmlns="${MAIN}"><numFmts count="6">` +
  '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>' +
  '<numFmt numFmtId="165" formatCode="0.00 &quot;ngày&quot;"/>' +
  '<numFmt numFmtId="166" formatCode="[$-42A]d\\ mmmm\\ yyyy"/>' +
  '<numFmt numFmtId="167" formatCode="#,##0\\ &quot;₫&quot;"/>' +
  '<numFmt numFmtId="168" formatCode="0\\d"/>' +
  '<numFmt numFmtId="169" formatCode="[Red]0.0"/>' +
  "</numFmts>" +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="11">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"><alignment horizontal="center"/></xf>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="45" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="169" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  "</cellXfs>" +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

export async function rawXlsx(book: RawBook): Promise<Uint8Array> {
  const zip = new JSZip();
  const sst = book.sst === undefined ? [] : book.sst;
  const styles = book.styles === undefined ? STYLES : book.styles;
  zip.file(
    "[Content_Types].xml",
    DECL +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    DECL +
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const wbRels: string[] = [];
  const sheetEls: string[] = [];
  book.sheets.forEach((s, i) => {
    const n = i + 1;
    wbRels.push(`<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    sheetEls.push(
      `<sheet name="${s.name}" sheetId="${s.sheetId ?? n}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${n}"/>`,
    );
    const part = s.body.startsWith("<?xml")
      ? s.body
      : `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.body}</worksheet>`;
    zip.file(`xl/worksheets/sheet${n}.xml`, part);
    if (s.rels && s.rels.length > 0) {
      zip.file(
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        DECL +
          `<Relationships xmlns="${PKG}">` +
          s.rels
            .map(([id, type, target]) => {
              const external = type === "hyperlink" ? ' TargetMode="External"' : "";
              return `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"${external}/>`;
            })
            .join("") +
          "</Relationships>",
      );
    }
  });
  if (sst !== null) {
    wbRels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    zip.file(
      "xl/sharedStrings.xml",
      DECL + `<sst xmlns="${MAIN}" count="${sst.length}" uniqueCount="${sst.length}">${sst.join("")}</sst>`,
    );
  }
  if (styles !== null) {
    wbRels.push(`<Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/>`);
    zip.file("xl/styles.xml", styles);
  }
  zip.file(
    "xl/_rels/workbook.xml.rels",
    DECL + `<Relationships xmlns="${PKG}">${wbRels.join("")}${book.extraRels ?? ""}</Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    DECL +
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr ${book.workbookPr ?? ""}/>` +
      `<sheets>${sheetEls.join("")}${book.extraSheets ?? ""}</sheets></workbook>`,
  );
  for (const [name, data] of Object.entries(book.parts ?? {})) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A one-sheet raw workbook. */
export function oneSheet(body: string, more: Omit<RawBook, "sheets"> = {}, name = "DS"): Promise<Uint8Array> {
  return rawXlsx({ ...more, sheets: [{ name, body }] });
}

/** <sheetData> of rows given as [rowNumber, cellsXml]. */
export function sheetData(...rows: readonly (readonly [number, string])[]): string {
  return `<sheetData>${rows.map(([r, c]) => `<row r="${r}">${c}</row>`).join("")}</sheetData>`;
}
