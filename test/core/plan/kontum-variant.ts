/**
 * The Kon Tum list of the fixture, and the same list a few weeks later: one more school (THCS Số 30
 * Kon Tum, at cấp độ 1) is put into the 2023 plan for a first CQG recognition costing 603 triệu đồng.
 * The city then reaches 36/57 (63,16%) at the end of 2023 instead of 35/57 (61,40%), and the budget
 * is 45.100 triệu đồng instead of 44.497.
 */
import type ExcelJS from "exceljs";
import type { Grid } from "../../../src/core/grid";
import { gridsFromWorkbook } from "../../../src/hosts/file/workbook";
import { kontumRows, kontumWorkbook } from "../../fixtures/kontum";

export const ADDED_SCHOOL = "THCS Số 30 Kon Tum";

/** The later list, laid out as the fixture's workbook (title rows, header, numbered rows, total). */
export function kontumLaterWorkbook(): ExcelJS.Workbook {
  const wb = kontumWorkbook();
  const ws = wb.getWorksheet("Danh sách trường");
  if (!ws) throw new Error("the fixture's sheet is missing");
  const index = kontumRows().findIndex((r) => r[0] === ADDED_SCHOOL);
  if (index < 0) throw new Error(`${ADDED_SCHOOL} is not in the fixture`);
  // Header on row 4, school i on row 5 + i; columns: STT, name, level, commune, KĐ, CQG, date, action, budget, source.
  const row = ws.getRow(5 + index);
  row.getCell(8).value = "Công nhận mới";
  row.getCell(9).value = "603";
  row.getCell(10).value = "Ngân sách tỉnh";
  const total = ws.getRow(5 + kontumRows().length);
  total.getCell(9).value = "45.100";
  return wb;
}

export function kontumGrids(later = false): Grid[] {
  return gridsFromWorkbook(later ? kontumLaterWorkbook() : kontumWorkbook());
}
