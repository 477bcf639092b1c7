/**
 * `kdcl report`: a copy of the user's workbook with our sheets added. The original file is only read;
 * the copy keeps every user sheet's values, formulas, merges and styles as exceljs carries them.
 */
import ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import { cellAt, gridBottom, gridRight, isCellError } from "../../core/grid";
import type { OutputSheet } from "../../core/output/model";
import type { Lang } from "../../core/text/format";
import { extensionOf, isLegacyExtension, loadExcelWorkbook, readCsv, readLegacy } from "./buffer";
import { gridsOfWorkbook } from "./workbook";
import { workbookWithSummary } from "./chart";
import { inputError } from "./errors";
import { packageFacts } from "./owned";

export interface ReportSource {
  readonly workbook: ExcelJS.Workbook;
  /** The user's sheets; our own output sheets of an earlier report are left out. */
  readonly grids: readonly Grid[];
  /** What exceljs cannot carry into the copy (charts, pivot tables, macros…), in the user's words. */
  readonly notCopied: readonly string[];
}

/** Writes a grid's values into a new sheet; `text` keeps every value as the text it was (CSV). */
function addGridSheet(wb: ExcelJS.Workbook, grid: Grid, fallback: string, text: boolean): void {
  const ws = wb.addWorksheet(grid.sheet.slice(0, 31) || fallback);
  // The bounds once: gridRight scans every row, so asking it per cell made a long CSV quadratic.
  const bottom = gridBottom(grid);
  const right = gridRight(grid);
  for (let r = grid.top; r <= bottom; r++) {
    for (let c = grid.left; c <= right; c++) {
      const v = cellAt(grid, r, c);
      if (v === null) continue;
      const cell = ws.getCell(r, c);
      if (isCellError(v)) {
        if (!text) cell.value = { error: v.error } as ExcelJS.CellErrorValue;
      } else if (v instanceof Date) {
        cell.value = v;
        cell.numFmt = "dd/mm/yyyy";
      } else if (text || typeof v === "string") {
        // Text stays text: "@" keeps "44.497" or "=A1" exactly as the file wrote them.
        cell.numFmt = "@";
        cell.value = String(v);
      } else {
        cell.value = v;
      }
    }
  }
  for (const m of grid.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
}

/** A CSV becomes a one-sheet workbook holding exactly the text it had. */
function workbookOfCsv(grid: Grid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addGridSheet(wb, grid, "CSV", true);
  return wb;
}

/** An .xls or .ods file becomes an .xlsx workbook of its values, dates, errors and merges. */
function workbookOfLegacy(grids: readonly Grid[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  grids.forEach((g, i) => addGridSheet(wb, g, `Sheet${i + 1}`, false));
  return wb;
}

/** What an .xlsx copy of an old or OpenDocument file leaves behind, in the user's words. */
export const LEGACY_NOT_COPIED: Readonly<Record<Lang, string>> = {
  vi: "định dạng, công thức và hình vẽ của tệp .xls/.ods (bản sao .xlsx chỉ giữ giá trị và ô gộp)",
  en: "formatting, formulas and drawings of the .xls/.ods file (the .xlsx copy keeps values and merged cells)",
};

/** A user's file as a workbook to change and copy, before any sheet of it is read. */
export interface OpenedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** What exceljs cannot carry into the copy (charts, pivot tables, macros…), in the user's words. */
  readonly notCopied: readonly string[];
  /** Our own output sheets of an earlier report, which are not the user's. */
  readonly ownedSheets: readonly string[];
}

/** Refuses what no reader takes, in the user's words. */
function accept(data: Uint8Array, fileName: string): string {
  const ext = extensionOf(fileName);
  if (ext !== "xlsx" && ext !== "xlsm" && ext !== "csv" && !isLegacyExtension(ext))
    throw inputError("unsupported", fileName);
  if (data.length === 0) throw inputError("empty", fileName);
  return ext;
}

/**
 * Opens the file as a workbook without reading its sheets into grids (the standalone page reads the
 * one sheet the user checks, later); throws InputError like every other reader.
 */
export async function openWorkbook(data: Uint8Array, fileName: string, lang: Lang): Promise<OpenedWorkbook> {
  const ext = accept(data, fileName);
  if (isLegacyExtension(ext)) {
    const workbook = workbookOfLegacy(await readLegacy(data, fileName, ext));
    return { workbook, notCopied: [LEGACY_NOT_COPIED[lang]], ownedSheets: [] };
  }
  if (ext === "csv") {
    return { workbook: workbookOfCsv(readCsv(data, fileName)[0] as Grid), notCopied: [], ownedSheets: [] };
  }
  const workbook = await loadExcelWorkbook(data, fileName);
  const facts = await packageFacts(data, lang);
  return { workbook, notCopied: facts.notCopied, ownedSheets: facts.ownedSheets };
}

/** Opens the file to copy, with its user sheets read; throws InputError like every other reader. */
export async function openForReport(data: Uint8Array, fileName: string, lang: Lang): Promise<ReportSource> {
  const ext = accept(data, fileName);
  if (ext === "csv") {
    // The CSV's own reading, not the copy's: its text stays exactly as the file wrote it.
    const grids = readCsv(data, fileName);
    return { workbook: workbookOfCsv(grids[0] as Grid), grids, notCopied: [] };
  }
  const opened = await openWorkbook(data, fileName, lang);
  // Grids from the same object model that is copied, so findings point at the cells of the copy.
  const grids = gridsOfWorkbook(opened.workbook, fileName).filter(
    (g) => !opened.ownedSheets.includes(g.sheet),
  );
  return { workbook: opened.workbook, grids, notCopied: opened.notCopied };
}

/** The copy's bytes: the user's sheets, then ours (replacing only sheets we wrote before). */
export function reportBytes(source: ReportSource, sheets: readonly OutputSheet[]): Promise<Uint8Array> {
  return workbookWithSummary(source.workbook, sheets);
}
