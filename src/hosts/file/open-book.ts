/**
 * The standalone page's workbook: the user's file opened as exceljs's object model, which the page
 * shows, fixes, highlights and downloads. The file is only read; our sheets of an earlier report are
 * known by kdcl's mark in the file and are never read as lists.
 */
import ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import { cellAt, gridBottom, gridRight, isCellError } from "../../core/grid";
import { freeSheetName } from "../../core/output/host";
import type { OutputSheetId } from "../../core/output/model";
import type { Lang } from "../../core/text/format";
import { checkCellText, checkWorkbookKind, extensionOf, loadExcelWorkbook, readCsv } from "./buffer";
import { inputError, limitError } from "./errors";
import { partsExceljsLoses } from "./lost-parts";
import { LimitError } from "./package/limits";
import { readPackageMark } from "./package/marker";
import { gridsOfWorkbook } from "./workbook";

export interface OpenedBook {
  readonly workbook: ExcelJS.Workbook;
  /** The user's sheets; our own output sheets of an earlier report are left out. */
  readonly grids: readonly Grid[];
  /** Our sheets in the file, by output id. */
  readonly owned: ReadonlyMap<OutputSheetId, string>;
  /** What exceljs cannot carry into the download (charts, pivot tables, macros…), in the user's words. */
  readonly notCopied: readonly string[];
}

/** A CSV becomes a one-sheet workbook holding exactly the text it had. */
function workbookOfCsv(grid: Grid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheet);
  // The bounds once: gridRight scans every row, so asking it per cell made a long CSV quadratic.
  const bottom = gridBottom(grid);
  const right = gridRight(grid);
  for (let r = grid.top; r <= bottom; r++) {
    for (let c = grid.left; c <= right; c++) {
      const v = cellAt(grid, r, c);
      if (v === null || isCellError(v)) continue;
      const cell = ws.getCell(r, c);
      // CSV values are text; "@" keeps "44.497" or "=A1" exactly as the file wrote it.
      cell.numFmt = "@";
      cell.value = v instanceof Date ? v : String(v);
    }
  }
  return wb;
}

/** Opens the file; throws InputError like every other reader. */
export async function openBook(data: Uint8Array, fileName: string, lang: Lang): Promise<OpenedBook> {
  const ext = extensionOf(fileName);
  if (ext !== "xlsx" && ext !== "xlsm" && ext !== "xls" && ext !== "csv")
    throw inputError("unsupported", fileName);
  if (data.length === 0) throw inputError("empty", fileName);
  if (ext === "csv") {
    const [read] = readCsv(data, fileName);
    if (!read) throw inputError("empty", fileName);
    // "DS [2024]?.csv" → a sheet name Excel accepts, which findings then point at.
    const grid = { ...read, sheet: freeSheetName(read.sheet, new Set()) };
    return { workbook: workbookOfCsv(grid), grids: [grid], owned: new Map(), notCopied: [] };
  }
  checkWorkbookKind(data, fileName);
  const workbook = await loadExcelWorkbook(data, fileName);
  const owned = await readPackageMark(data).then(
    (m) => m.owned,
    () => new Map<OutputSheetId, string>(),
  );
  const ours = [...owned.values()];
  // Grids from the same object model the page shows, so findings point at the cells it shows.
  const grids = gridsOfWorkbook(workbook, fileName).filter((g) => !ours.includes(g.sheet));
  try {
    checkCellText(grids);
  } catch (err) {
    if (err instanceof LimitError) throw limitError(err.breach, fileName);
    throw err;
  }
  return { workbook, grids, owned, notCopied: await partsExceljsLoses(data, ours, lang) };
}
