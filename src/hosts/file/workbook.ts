/**
 * exceljs workbook → one Grid per worksheet, values converted to the core's plain CellValue.
 * Runs in Node and in the browser (no file system here).
 */
import ExcelJS from "exceljs";
import { inputError } from "./errors";
import { parseRangeA1, type CellRange, type CellValue, type Grid, type GridTable } from "../../core/grid";

type Raw = ExcelJS.CellValue | { text?: unknown } | undefined;

/** Text of rich text (`{ richText: [{ text }] }`) or of a hyperlink's text, which may itself be rich. */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value && typeof value === "object" && "richText" in value && Array.isArray(value.richText)) {
    return (value.richText as { text?: unknown }[]).map((r) => textOf(r.text)).join("");
  }
  return "";
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** One cell value as the core sees it. Unknown shapes become null rather than throwing. */
export function toCellValue(value: Raw): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (!isObject(value)) return null;
  if ("error" in value && typeof value.error === "string") return { error: value.error };
  if ("formula" in value || "sharedFormula" in value) {
    // A formula cell is its cached result; a never-calculated formula has none.
    return "result" in value ? toCellValue(value.result as Raw) : null;
  }
  if ("richText" in value) {
    const t = textOf(value);
    return t === "" ? null : t;
  }
  if ("hyperlink" in value || "text" in value) {
    const t = textOf(value.text);
    return t === "" ? null : t;
  }
  return null;
}

interface RangeLike {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Merged ranges. exceljs 4.4 keeps them in the private `_merges` (master address → Range); the
 * public `model.merges` ("A1:D1" strings) rebuilds the whole sheet model, far too slow for big sheets.
 */
function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const priv = (ws as unknown as { _merges?: Record<string, RangeLike | undefined> })._merges;
  if (priv && typeof priv === "object") {
    const out: CellRange[] = [];
    for (const m of Object.values(priv)) {
      if (m && m.top > 0 && m.left > 0)
        out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
    }
    return out;
  }
  const refs = (ws.model as { merges?: string[] }).merges ?? [];
  return refs.map(parseRangeA1).filter((r): r is CellRange => r !== null);
}

interface TableModel {
  readonly name?: string;
  readonly displayName?: string;
  readonly tableRef?: string;
  readonly ref?: string;
}

/**
 * Excel tables (ListObjects). `getTables()` returns Table objects whose `table` holds the model
 * (the typings say otherwise). exceljs reads `headerRow` as true only when the file writes
 * headerRowCount="1", and Excel omits that default, so the header row is assumed present.
 */
function tablesOf(ws: ExcelJS.Worksheet): GridTable[] {
  const getTables = (ws as unknown as { getTables?: () => unknown[] }).getTables;
  if (typeof getTables !== "function") return [];
  const out: GridTable[] = [];
  for (const t of getTables.call(ws)) {
    const model = (isObject(t) && isObject(t.table) ? t.table : t) as TableModel;
    const ref = model.tableRef ?? model.ref;
    const range = typeof ref === "string" ? parseRangeA1(ref) : null;
    if (!range) continue;
    out.push({ name: model.displayName ?? model.name ?? "", range, hasHeader: true });
  }
  return out;
}

/** One row's values, as `gridFromWorksheet` reads them. */
export function rowValues(row: ExcelJS.Row): CellValue[] {
  const values: CellValue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    // A merged cell other than the top-left one reads as its master's value in exceljs; in
    // Excel it is empty, and the core sees merges through `Grid.merges`.
    if (cell.type === ExcelJS.ValueType.Merge) return;
    const v = toCellValue(cell.value);
    if (v === null) return;
    while (values.length < col - 1) values.push(null);
    values[col - 1] = v;
  });
  return values;
}

/** The rows a sheet holds, in order: those exceljs keeps, never creating one. */
export function rowsOf(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    rows.push(row);
  });
  return rows;
}

/** Places one row's values at its row number. */
export function putRow(cells: CellValue[][], row: ExcelJS.Row): void {
  while (cells.length < row.number - 1) cells.push([]);
  cells[row.number - 1] = rowValues(row);
}

/** The Grid of a sheet whose rows have been read into `cells`. */
export function gridOfRows(ws: ExcelJS.Worksheet, cells: CellValue[][]): Grid {
  return { sheet: ws.name, top: 1, left: 1, cells, merges: mergesOf(ws), tables: tablesOf(ws) };
}

export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const cells: CellValue[][] = [];
  for (const row of rowsOf(ws)) putRow(cells, row);
  return gridOfRows(ws, cells);
}

/** One Grid per worksheet, in workbook order. */
export function gridsFromWorkbook(wb: ExcelJS.Workbook): Grid[] {
  return wb.worksheets.map(gridFromWorksheet);
}

/** Grids of a loaded workbook; a failure here means a damaged file, said as an InputError. */
export function gridsOfWorkbook(wb: ExcelJS.Workbook, fileName: string): Grid[] {
  try {
    return gridsFromWorkbook(wb);
  } catch {
    throw inputError("corrupt", fileName);
  }
}
