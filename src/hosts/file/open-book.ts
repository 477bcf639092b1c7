/**
 * A file opened as exceljs's object model: the standalone page's workbook, which the page shows,
 * fixes, highlights and downloads; and the .xlsx copy of an .xls or .ods file that `kdcl report`
 * starts from. The file is only read; our sheets of an earlier report are known by kdcl's mark in the
 * file and are never read as lists.
 */
import ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import { cellAt, gridBottom, gridRight, isCellError } from "../../core/grid";
import { freeSheetName } from "../../core/output/host";
import type { OutputSheetId } from "../../core/output/model";
import type { Lang } from "../../core/text/format";
import {
  checkCellText,
  extensionOf,
  isLegacyExtension,
  loadExcelWorkbook,
  readCsv,
  readLegacy,
  workbookFormat,
} from "./buffer";
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
  /** True for an .xls or .ods file, whose copy holds its values and merges only. */
  readonly legacy: boolean;
}

/** Writes a grid's values into a new sheet; `text` keeps every value as the text it was (CSV). */
function addGridSheet(wb: ExcelJS.Workbook, grid: Grid, fallback: string, text: boolean): void {
  // A name Excel accepts: "DS [2024]?.csv" or a 40-character sheet name of an old file.
  const taken = new Set(wb.worksheets.map((w) => w.name.toLocaleLowerCase("vi")));
  const ws = wb.addWorksheet(freeSheetName(grid.sheet || fallback, taken));
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

/** An .xls or .ods file becomes an .xlsx workbook of its values, dates, errors and merges. */
export function workbookOfLegacy(grids: readonly Grid[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  grids.forEach((g, i) => addGridSheet(wb, g, `Sheet${i + 1}`, false));
  return wb;
}

/** What an .xlsx copy of an old or OpenDocument file leaves behind, in the user's words. */
export const LEGACY_NOT_COPIED: Readonly<Record<Lang, string>> = {
  vi: "định dạng, công thức và hình vẽ của tệp .xls/.ods (bản sao .xlsx chỉ giữ giá trị và ô gộp)",
  en: "formatting, formulas and drawings of the .xls/.ods file (the .xlsx copy keeps values and merged cells)",
};

/** Opens the file; throws InputError like every other reader. */
export async function openBook(data: Uint8Array, fileName: string, lang: Lang): Promise<OpenedBook> {
  const ext = extensionOf(fileName);
  if (ext !== "xlsx" && ext !== "xlsm" && ext !== "csv" && !isLegacyExtension(ext))
    throw inputError("unsupported", fileName);
  if (data.length === 0) throw inputError("empty", fileName);
  if (ext === "csv") {
    const wb = new ExcelJS.Workbook();
    addGridSheet(wb, readCsv(data, fileName)[0] as Grid, "CSV", true);
    // Grids from the copy, so findings point at the sheet the page shows.
    return {
      workbook: wb,
      grids: gridsOfWorkbook(wb, fileName),
      owned: new Map(),
      notCopied: [],
      legacy: false,
    };
  }
  const format = workbookFormat(data, fileName);
  if (format !== "xlsx") {
    const workbook = workbookOfLegacy(await readLegacy(data, fileName, format));
    return {
      workbook,
      grids: gridsOfWorkbook(workbook, fileName),
      owned: new Map(),
      notCopied: [LEGACY_NOT_COPIED[lang]],
      legacy: true,
    };
  }
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
  return { workbook, grids, owned, notCopied: await partsExceljsLoses(data, ours, lang), legacy: false };
}
