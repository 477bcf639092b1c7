/**
 * Bytes of an .xlsx/.xlsm/.xls/.ods/.csv file → Grids, for the command line and the browser alike (no `fs`).
 * Every failure becomes an InputError with a one-line message: no exceljs stack trace escapes.
 */
import type ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import { a1 } from "../../core/grid";
import { gridFromCsv } from "./csv";
import { decodeCsvBytes } from "./csv-encoding";
import { inputError, limitError } from "./errors";
import { checkRealSizes } from "./package/inflate";
import { isOutOfRoom, LimitError, MAX_CELL_TEXT } from "./package/limits";
import { ownedSheetNames } from "./package/marker";
import { checkDeclaredLimits, DamagedPackage, readZipEntries } from "./package/zip";
import { fileKind, isZip } from "./sniff";
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

/**
 * Before exceljs, which inflates every part of the package: each part inflated to nowhere, so a part
 * that lies about its size is refused at its limit instead of filling the memory. A package this
 * cannot parse is left to exceljs to judge, as before.
 */
async function checkBeforeExceljs(bytes: Uint8Array): Promise<void> {
  let entries;
  try {
    entries = readZipEntries(bytes);
  } catch (err) {
    if (err instanceof DamagedPackage) return;
    throw err;
  }
  await checkRealSizes(bytes, entries);
}

/** Excel cannot hold more than 32,767 characters in a cell: longer text is a forged or foreign file. */
export function checkCellText(grids: readonly Grid[]): void {
  for (const g of grids) {
    for (let r = 0; r < g.cells.length; r++) {
      const row = g.cells[r] as Grid["cells"][number];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === "string" && v.length > MAX_CELL_TEXT) {
          throw new LimitError({
            kind: "cell",
            sheet: g.sheet,
            cell: a1(g.top + r, g.left + c),
            length: v.length,
          });
        }
      }
    }
  }
}

/** Limits and the engine's own "too long" turned into the user's one-line reasons. */
function sizeFailure(err: unknown, fileName: string): unknown {
  if (err instanceof LimitError) return limitError(err.breach, fileName);
  if (isOutOfRoom(err)) return inputError("too-large", fileName);
  return err;
}

/** The workbook as exceljs's object model (to copy it with sheets added); throws InputError. */
export async function loadExcelWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  if (!isZip(bytes)) throw inputError("not-workbook", fileName);
  try {
    checkDeclaredLimits(bytes);
    await checkBeforeExceljs(bytes);
  } catch (err) {
    throw sizeFailure(err, fileName);
  }
  // exceljs is large: the browser fetches it only for files the lean reader leaves to it.
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typings ask for a Node Buffer; JSZip underneath reads any Uint8Array.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    if (isOutOfRoom(err)) throw inputError("too-large", fileName);
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
  try {
    // Limits first: a package declaring too many parts or too many bytes is refused unopened.
    checkDeclaredLimits(bytes);
    // The lean values-only reader gives the same Grids far faster; whatever it does not vouch for
    // (an odd or damaged file) it leaves to exceljs below, which also decides every error.
    const lean = await tryReadXlsx(bytes);
    if (lean) {
      checkCellText(lean);
      return lean;
    }
    const workbook = await loadExcelWorkbook(bytes, fileName);
    const { gridsOfWorkbook } = await import("./workbook");
    const grids = gridsOfWorkbook(workbook, fileName);
    checkCellText(grids);
    return grids;
  } catch (err) {
    throw sizeFailure(err, fileName);
  }
}

export function readCsv(bytes: Uint8Array, fileName: string): Grid[] {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded) throw inputError("encoding", fileName);
  const text = decoded.text;
  const sheet = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "CSV";
  const grids = [gridFromCsv(text, sheet)];
  try {
    checkCellText(grids);
  } catch (err) {
    throw sizeFailure(err, fileName);
  }
  return grids;
}

/** Old and OpenDocument workbooks, read by SheetJS: loaded only when such a file is opened. */
export function isLegacyExtension(ext: string): ext is "xls" | "ods" {
  return ext === "xls" || ext === "ods";
}

export async function readLegacy(bytes: Uint8Array, fileName: string, ext: "xls" | "ods"): Promise<Grid[]> {
  let grids: Grid[];
  try {
    // An .ods is a zip the legacy reader inflates whole: the same limits as before exceljs.
    if (isZip(bytes)) {
      checkDeclaredLimits(bytes);
      await checkBeforeExceljs(bytes);
    }
    const { readLegacyWorkbook } = await import(/* webpackChunkName: "legacy-reader" */ "./legacy/read");
    grids = await readLegacyWorkbook(bytes, fileName, ext);
    checkCellText(grids);
  } catch (err) {
    throw sizeFailure(err, fileName);
  }
  return grids;
}

/** Grids of a file's bytes, chosen by the file name's extension. Throws InputError. */
export async function loadGridsFromBuffer(data: Uint8Array | ArrayBuffer, fileName: string): Promise<Grid[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const ext = extensionOf(fileName);
  if (ext !== "xlsx" && ext !== "xlsm" && ext !== "csv" && !isLegacyExtension(ext))
    throw inputError("unsupported", fileName);
  if (bytes.length === 0) throw inputError("empty", fileName);
  if (ext === "csv") return readCsv(bytes, fileName);
  const format = workbookFormat(bytes, fileName);
  return format === "xlsx" ? readWorkbook(bytes, fileName) : readLegacy(bytes, fileName, format);
}

/**
 * What a workbook's bytes are, whatever the name says: a password-protected workbook is refused
 * with its own message; an Excel 97–2003 file is read as one even under an .xlsx name, and an
 * .xlsx renamed .xls as an .xlsx; other bytes under an .xls or .ods name (the HTML or XML "Excel"
 * files some programs write) are left to the legacy reader to judge.
 */
export function workbookFormat(bytes: Uint8Array, fileName: string): "xlsx" | "xls" | "ods" {
  const ext = extensionOf(fileName);
  switch (fileKind(bytes)) {
    case "zip":
      return ext === "ods" ? "ods" : "xlsx";
    case "encrypted":
      throw inputError("encrypted", fileName);
    case "xls":
    case "ole":
      // A compound file whose directory cannot be seen (cut off) is for the .xls reader to judge.
      return "xls";
    case "office":
      throw inputError("not-workbook", fileName);
    default:
      if (isLegacyExtension(ext)) return ext;
      throw inputError("not-workbook", fileName);
  }
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
  if (extensionOf(fileName) === "csv" || workbookFormat(bytes, fileName) !== "xlsx")
    return { grids, ownedSheets: [] };
  // Our sheets are known by the mark kdcl wrote in the file, never by a name a user could also use.
  const ownedSheets = await ownedSheetNames(bytes);
  return { grids: grids.filter((g) => !ownedSheets.includes(g.sheet)), ownedSheets };
}
