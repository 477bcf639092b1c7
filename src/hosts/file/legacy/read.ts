/**
 * Excel 97–2003 (.xls) and OpenDocument (.ods) workbooks → Grids, through SheetJS Community Edition
 * (docs/decisions/legacy-workbooks.md). Loaded only when such a file is opened: the library is
 * large and most lists are .xlsx. The Grids are the ones the .xlsx readers give: values, merges,
 * error cells as errors, dates as Date (UTC midnight, as exceljs reads them), formulas as their
 * cached results.
 */
import { read, type CellObject, type WorkBook, type WorkSheet } from "@e965/xlsx";
import type { CellRange, CellValue, Grid } from "../../../core/grid";
import { inputError } from "../errors";
import { isDateFmt } from "../xlsx/styles";

/** BIFF error codes (the same in .ods as SheetJS reads them). */
const ERRORS: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/** The serial day number of a date cell → the Date exceljs and the lean reader give for it. */
function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

function valueOf(cell: CellObject | undefined, date1904: boolean): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case "s": {
      const text = typeof cell.v === "string" ? cell.v : String(cell.v ?? "");
      return text === "" ? null : text;
    }
    case "n": {
      const n = typeof cell.v === "number" ? cell.v : Number(cell.v);
      if (!Number.isFinite(n)) return null;
      return typeof cell.z === "string" && isDateFmt(cell.z) ? excelToDate(n, date1904) : n;
    }
    case "b":
      return cell.v === true;
    case "d":
      return cell.v instanceof Date && !Number.isNaN(cell.v.getTime()) ? cell.v : null;
    case "e":
      return { error: typeof cell.v === "number" ? (ERRORS[cell.v] ?? "#N/A") : "#N/A" };
    default:
      return null;
  }
}

/** Dense-mode sheet data: rows of cells, from the sheet's first cell. */
type Dense = readonly (readonly (CellObject | undefined)[] | undefined)[];

function gridOfSheet(name: string, ws: WorkSheet, date1904: boolean): Grid {
  const data = ((ws as { "!data"?: Dense })["!data"] ?? []) as Dense;
  const cells: CellValue[][] = [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    const values: CellValue[] = [];
    if (row) {
      for (let c = 0; c < row.length; c++) {
        const v = valueOf(row[c], date1904);
        if (v === null) continue;
        while (values.length < c) values.push(null);
        values[c] = v;
      }
    }
    cells.push(values);
  }
  while (cells.length > 0 && (cells[cells.length - 1] as CellValue[]).length === 0) cells.pop();
  const merges: CellRange[] = (ws["!merges"] ?? []).map((m) => ({
    top: m.s.r + 1,
    left: m.s.c + 1,
    bottom: m.e.r + 1,
    right: m.e.c + 1,
  }));
  // A merged range's other cells are empty in Excel, whatever an old file left in them.
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = cells[r - 1];
      if (!row) continue;
      for (let c = m.left; c <= m.right; c++)
        if ((r !== m.top || c !== m.left) && c <= row.length) row[c - 1] = null;
    }
  }
  return { sheet: name, top: 1, left: 1, cells, merges, tables: [] };
}

/** Is it an OLE2 compound file (.xls) or a zip (.ods)? Anything else is not what it says. */
function looksRight(bytes: Uint8Array, ext: "xls" | "ods"): boolean {
  if (ext === "ods") return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  // Excel 2–4 worksheets (BIFF2–4) start with a BOF record instead; SheetJS reads those too.
  const biff = bytes[0] === 0x09 && (bytes[1] === 0x00 || bytes[1] === 0x02 || bytes[1] === 0x04);
  return ole.every((b, i) => bytes[i] === b) || biff;
}

/** Every sheet of an .xls or .ods file as a Grid, in workbook order. Throws InputError. */
export function readLegacyWorkbook(bytes: Uint8Array, fileName: string, ext: "xls" | "ods"): Grid[] {
  if (!looksRight(bytes, ext)) throw inputError("not-workbook", fileName);
  let wb: WorkBook;
  try {
    wb = read(bytes, {
      type: "array",
      dense: true,
      cellDates: false,
      cellNF: true,
      cellHTML: false,
      cellFormula: false,
      cellStyles: false,
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : "";
    if (/password|encrypt/i.test(message)) throw inputError("encrypted", fileName);
    throw inputError("corrupt", fileName);
  }
  if (wb.SheetNames.length === 0) throw inputError("no-sheets", fileName);
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const grids: Grid[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (ws) grids.push(gridOfSheet(name, ws, date1904));
  }
  return grids;
}
