/**
 * Bytes of an .xlsx/.xlsm/.xls/.ods/.csv file → Grids, for the command line and the browser alike (no `fs`).
 * Every failure becomes an InputError with a one-line message: no exceljs stack trace escapes.
 */
import type ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import { gridFromCsv } from "./csv";
import { decodeCsvBytes } from "./csv-encoding";
import { inputError } from "./errors";
import { packageFacts } from "./owned";
import { tryReadXlsx } from "./xlsx/read";

export function extensionOf(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}

/** Does the zip hold a workbook part? File names are stored uncompressed in zip headers. */
function mentionsWorkbook(bytes: Uint8Array): boolean {
  const needle = "xl/workbook.xml";
  const first = needle.charCodeAt(0);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/** A complete zip ends with an end-of-central-directory record ("PK\x05\x06"); a truncated one does not. */
function hasZipEnd(bytes: Uint8Array): boolean {
  const stop = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06)
      return true;
  }
  return false;
}

function isZip(bytes: Uint8Array): boolean {
  // Every zip starts with "PK"; a text file renamed .xlsx does not.
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** The workbook as exceljs's object model (to copy it with sheets added); throws InputError. */
export async function loadExcelWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  if (!isZip(bytes)) throw inputError("not-workbook", fileName);
  // exceljs is large: the browser fetches it only for files the lean reader leaves to it.
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typings ask for a Node Buffer; JSZip underneath reads any Uint8Array.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    // A whole zip without a workbook part is another kind of file (a .docx renamed); anything else
    // that starts like a zip but cannot be read is a damaged or truncated workbook.
    throw inputError(hasZipEnd(bytes) && !mentionsWorkbook(bytes) ? "not-workbook" : "corrupt", fileName);
  }
  if (wb.worksheets.length === 0) {
    throw inputError(mentionsWorkbook(bytes) ? "no-sheets" : "not-workbook", fileName);
  }
  return wb;
}

async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<Grid[]> {
  if (!isZip(bytes)) throw inputError("not-workbook", fileName);
  // The lean values-only reader gives the same Grids far faster; whatever it does not vouch for
  // (an odd or damaged file) it leaves to exceljs below, which also decides every error.
  const lean = await tryReadXlsx(bytes);
  if (lean) return lean;
  const workbook = await loadExcelWorkbook(bytes, fileName);
  const { gridsOfWorkbook } = await import("./workbook");
  return gridsOfWorkbook(workbook, fileName);
}

export function readCsv(bytes: Uint8Array, fileName: string): Grid[] {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded) throw inputError("encoding", fileName);
  const text = decoded.text;
  const sheet = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "CSV";
  return [gridFromCsv(text, sheet)];
}

/** Old and OpenDocument workbooks, read by SheetJS: loaded only when such a file is opened. */
export function isLegacyExtension(ext: string): ext is "xls" | "ods" {
  return ext === "xls" || ext === "ods";
}

export async function readLegacy(bytes: Uint8Array, fileName: string, ext: "xls" | "ods"): Promise<Grid[]> {
  const { readLegacyWorkbook } = await import(/* webpackChunkName: "legacy-reader" */ "./legacy/read");
  return readLegacyWorkbook(bytes, fileName, ext);
}

/** Grids of a file's bytes, chosen by the file name's extension. Throws InputError. */
export async function loadGridsFromBuffer(data: Uint8Array | ArrayBuffer, fileName: string): Promise<Grid[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const ext = extensionOf(fileName);
  if (ext !== "xlsx" && ext !== "xlsm" && ext !== "csv" && !isLegacyExtension(ext))
    throw inputError("unsupported", fileName);
  if (bytes.length === 0) throw inputError("empty", fileName);
  if (isLegacyExtension(ext)) return readLegacy(bytes, fileName, ext);
  return ext === "csv" ? readCsv(bytes, fileName) : readWorkbook(bytes, fileName);
}

/** A workbook's lists to check: every sheet but the ones the add-in wrote itself. */
export interface LoadedSheets {
  readonly grids: Grid[];
  /** Our own output sheets, left out of `grids` (re-checking a report must not read its summary). */
  readonly ownedSheets: readonly string[];
}

export async function loadSheetsFromBuffer(
  data: Uint8Array | ArrayBuffer,
  fileName: string,
): Promise<LoadedSheets> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const grids = await loadGridsFromBuffer(bytes, fileName);
  const ext = extensionOf(fileName);
  if (ext === "csv" || isLegacyExtension(ext)) return { grids, ownedSheets: [] };
  const { ownedSheets } = await packageFacts(bytes, "vi");
  return { grids: grids.filter((g) => !ownedSheets.includes(g.sheet)), ownedSheets };
}
