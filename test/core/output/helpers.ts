/** Reading the output sheet model the way a person reads the sheet: by table, row and text. */
import type { Finding } from "../../../src/core/findings/finding";
import { parseRangeA1 } from "../../../src/core/grid";
import type { OutputCell, OutputSheet, OutputTable } from "../../../src/core/output/model";
import { checkGrids } from "../../../src/app/check";
import type { Choices } from "../../../src/app/choices";
import type { Summary } from "../../../src/core/summary/summary";
import { TODAY } from "../../helpers/sheet";
import { gridsFromWorkbook } from "../../../src/hosts/file/workbook";
import type ExcelJS from "exceljs";
import { KONTUM_PLAN_YEAR, kontumWorkbook } from "../../fixtures/kontum";

export function checked(
  wb: ExcelJS.Workbook,
  choices: Choices,
): { summary: Summary; findings: readonly Finding[] } {
  const check = checkGrids(gridsFromWorkbook(wb), choices, { today: TODAY });
  return { summary: check.summary, findings: check.findings };
}

export function kontum(): { summary: Summary; findings: readonly Finding[] } {
  return checked(kontumWorkbook(), { planYear: KONTUM_PLAN_YEAR });
}

export function cellAt(sheet: OutputSheet, row: number, col: number): OutputCell | undefined {
  return sheet.cells.find((c) => c.row === row && c.col === col);
}

/** What a cell shows, for comparisons: text, a number, or an ISO day. */
export function shown(cell: OutputCell | undefined): string | number | null {
  if (!cell) return null;
  const v = cell.value;
  if (v.kind === "text") return v.text;
  if (v.kind === "date") return `${v.date.y}-${v.date.m}-${v.date.d}`;
  return v.value;
}

export function table(sheet: OutputSheet, name: string): OutputTable {
  const t = sheet.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name} in ${sheet.tables.map((x) => x.name).join(", ")}`);
  return t;
}

/** A table's data rows (not header, not totals) as the cells of each column. */
export function dataRows(sheet: OutputSheet, name: string): (OutputCell | undefined)[][] {
  const t = table(sheet, name);
  const r = parseRangeA1(t.range);
  if (!r) throw new Error(t.range);
  const last = t.totalsRow === null ? r.bottom : r.bottom - 1;
  const rows: (OutputCell | undefined)[][] = [];
  for (let row = t.headerRow + 1; row <= last; row++) {
    const cells: (OutputCell | undefined)[] = [];
    for (let col = r.left; col <= r.right; col++) cells.push(cellAt(sheet, row, col));
    rows.push(cells);
  }
  return rows;
}

export function totalsRow(sheet: OutputSheet, name: string): (OutputCell | undefined)[] {
  const t = table(sheet, name);
  const r = parseRangeA1(t.range);
  if (!r || t.totalsRow === null) throw new Error(`${name} has no totals row`);
  const cells: (OutputCell | undefined)[] = [];
  for (let col = r.left; col <= r.right; col++) cells.push(cellAt(sheet, t.totalsRow, col));
  return cells;
}

/** The data row whose first cell shows `label`. */
export function rowLabelled(sheet: OutputSheet, name: string, label: string): (OutputCell | undefined)[] {
  const row = dataRows(sheet, name).find((r) => shown(r[0]) === label);
  if (!row) throw new Error(`no row ${label} in ${name}`);
  return row;
}

export function texts(sheet: OutputSheet): string[] {
  return sheet.cells.flatMap((c) => (c.value.kind === "text" ? [c.value.text] : []));
}
