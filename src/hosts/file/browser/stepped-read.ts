/**
 * Reading a sheet of the standalone page's workbook in steps, so the page stays alive on a long list:
 * between steps it paints the progress, and a press of Cancel stops the read. The grid is the one
 * `gridFromWorksheet` gives.
 */
import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../../core/grid";
import type { WorkOptions } from "../../host";
import { gridOfRows, putRow, rowsOf } from "../workbook";

/** Rows read between two paints: a few milliseconds of work each. */
export const ROWS_PER_STEP = 2000;

export function abortError(): DOMException {
  return new DOMException("The read was cancelled.", "AbortError");
}

/** Lets the page paint (progress, the Cancel button) and handle a click before the next step. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The sheet's grid; progress goes from 0 to 1 by rows read, labelled with the sheet's name. */
export async function readInSteps(ws: ExcelJS.Worksheet, options: WorkOptions = {}): Promise<Grid> {
  const { signal, onProgress } = options;
  const rows = rowsOf(ws);
  const cells: CellValue[][] = [];
  onProgress?.({ done: 0, label: ws.name });
  for (let start = 0; start < rows.length; start += ROWS_PER_STEP) {
    await nextTask();
    if (signal?.aborted) throw abortError();
    const end = Math.min(rows.length, start + ROWS_PER_STEP);
    for (let i = start; i < end; i++) putRow(cells, rows[i] as ExcelJS.Row);
    onProgress?.({ done: end / rows.length, label: ws.name });
  }
  if (signal?.aborted) throw abortError();
  const grid = gridOfRows(ws, cells);
  onProgress?.({ done: 1, label: ws.name });
  return grid;
}
