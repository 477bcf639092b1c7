/** Commune lists as .xlsx files (exceljs: Node tests only, not the jsdom pane tests). */
import ExcelJS from "exceljs";
import type { CommuneList } from "./communes";
import { HEADER } from "./communes";

/** Adds the list as a sheet: merged title rows, a blank row, the header and the schools. */
export function addCommuneSheet(wb: ExcelJS.Workbook, name: string, list: CommuneList): void {
  const ws = wb.addWorksheet(name);
  list.title.forEach((t, i) => {
    ws.getCell(i + 1, 1).value = t;
    ws.mergeCells(i + 1, 1, i + 1, HEADER.length);
  });
  ws.addRow([]);
  ws.addRow([...HEADER]);
  for (const r of list.rows) ws.addRow(r.map((v) => (v instanceof Date || typeof v !== "object" ? v : null)));
}

/** The list as an .xlsx file of one sheet, "Danh sách". */
export async function communeXlsx(list: CommuneList): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  addCommuneSheet(wb, "Danh sách", list);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
