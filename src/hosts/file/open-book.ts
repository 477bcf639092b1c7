/**
 * `kdcl report`: a copy of the user's workbook with our sheets added. The original file is only read;
 * the copy keeps every user sheet's values, formulas, merges and styles as exceljs carries them.
 */
import ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import { cellAt, gridBottom, gridRight, isCellError } from "../../core/grid";
import type { OutputSheet } from "../../core/output/model";
import type { Lang } from "../../core/text/format";
import { extensionOf, loadExcelWorkbook, readCsv } from "./buffer";
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

/** A CSV becomes a one-sheet workbook holding exactly the text it had. */
function workbookOfCsv(grid: Grid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheet.slice(0, 31) || "CSV");
  // The bounds once: gridRight scans every row, so asking it per cell made a long CSV quadratic.
  const bottom = gridBottom(grid);
  const right = gridRight(grid);
  for (let r = grid.top; r <= bottom; r++) {
    for (let c = grid.left; c <= right; c++) {
      const v = cellAt(grid, r, c);
      if (v === null || isCellError(v)) continue;
      const cell = ws.getCell(r, c);
      // CSV values are text; "@" keeps "44.497" or "=A1" exactly as the file wrote them.
      cell.numFmt = "@";
      cell.value = v instanceof Date ? v : String(v);
    }
  }
  return wb;
}

/** Opens the file to copy; throws InputError like every other reader. */
export async function openForReport(data: Uint8Array, fileName: string, lang: Lang): Promise<ReportSource> {
  const ext = extensionOf(fileName);
  if (ext === "xls") throw inputError("xls", fileName);
  if (ext !== "xlsx" && ext !== "xlsm" && ext !== "csv") throw inputError("unsupported", fileName);
  if (data.length === 0) throw inputError("empty", fileName);
  if (ext === "csv") {
    const grids = readCsv(data, fileName);
    return { workbook: workbookOfCsv(grids[0] as Grid), grids, notCopied: [] };
  }
  const workbook = await loadExcelWorkbook(data, fileName);
  const facts = await packageFacts(data, lang);
  // Grids from the same object model that is copied, so findings point at the cells of the copy.
  const grids = gridsOfWorkbook(workbook, fileName).filter((g) => !facts.ownedSheets.includes(g.sheet));
  return { workbook, grids, notCopied: facts.notCopied };
}

/** The copy's bytes: the user's sheets, then ours (replacing only sheets we wrote before). */
export function reportBytes(source: ReportSource, sheets: readonly OutputSheet[]): Promise<Uint8Array> {
  return workbookWithSummary(source.workbook, sheets);
}
