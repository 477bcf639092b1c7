/**
 * The standalone page's writer: the output sheet model (src/core/output) into its in-memory exceljs
 * workbook. User sheets are never touched; ours are replaced whole. Which sheets are ours is kept
 * beside the workbook (`owned`), from kdcl's mark in the file and from what this writer wrote, never
 * from a name in the workbook a user could also use. exceljs writes no charts and writes internal
 * links in a form Excel half-understands, so `finishWorkbook` (chart.ts) finishes the bytes.
 * (`kdcl report` does not use exceljs at all: see report/write.ts.)
 */
import ExcelJS from "exceljs";
import type { OutputCell, OutputSheet, OutputSheetId, OutputTable } from "../../core/output/model";
import { linkReference, numberFormatOf, OUTPUT_SHEET_IDS, uniqueTableName } from "../../core/output/model";
import type { SheetHost, SheetInventory, SheetPlan } from "../../core/output/host";
import { existingSheets, markReference, planSheetWrites } from "../../core/output/host";
import { parseRangeA1 } from "../../core/grid";
import { STYLE_FONT_PT } from "../../core/output/print";

const FONTS: Readonly<Record<NonNullable<OutputCell["style"]>, Partial<ExcelJS.Font>>> = {
  title: { bold: true, size: STYLE_FONT_PT.title },
  subtitle: { bold: true, size: STYLE_FONT_PT.subtitle },
  header: { bold: true },
  total: { bold: true },
  note: { italic: true },
};
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

/** Our sheets of a workbook, by output id: the page's record of them, kept beside the workbook. */
export type OwnedSheets = Map<OutputSheetId, string>;

/** Sheet names, and our sheets among them. */
export function inventoryOf(wb: ExcelJS.Workbook, owned: ReadonlyMap<OutputSheetId, string>): SheetInventory {
  const names = wb.worksheets.map((ws) => ws.name);
  const marks: Partial<Record<OutputSheetId, string>> = {};
  for (const id of OUTPUT_SHEET_IDS) {
    const name = owned.get(id);
    if (name !== undefined && names.includes(name)) marks[id] = markReference(name);
  }
  return { sheets: names, marks };
}

/** Table names and defined names already used in the workbook: a new table must differ from all. */
function takenTableNames(wb: ExcelJS.Workbook): Set<string> {
  const taken = new Set<string>(wb.definedNames.model.map((d) => d.name));
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables?: Record<string, unknown> }).tables ?? {};
    for (const name of Object.keys(tables)) taken.add(name);
  }
  return taken;
}

function dateOf(cell: OutputCell): Date | null {
  return cell.value.kind === "date"
    ? new Date(Date.UTC(cell.value.date.y, cell.value.date.m - 1, cell.value.date.d))
    : null;
}

/** The exceljs value of a cell: strings stay plain strings (never `{ formula }`), whatever they start with. */
function valueOf(cell: OutputCell): ExcelJS.CellValue {
  const v = cell.value;
  if (cell.link && v.kind === "text") {
    // exceljs's documented internal-link form; chart.ts rewrites it as a proper `location` link.
    return { text: v.text, hyperlink: `#${linkReference(cell.link)}` };
  }
  switch (v.kind) {
    case "text":
      return v.text;
    case "date":
      return dateOf(cell);
    default:
      return v.value;
  }
}

function addTable(
  ws: ExcelJS.Worksheet,
  table: OutputTable,
  cells: ReadonlyMap<string, OutputCell>,
  name: string,
): void {
  const range = parseRangeA1(table.range);
  if (!range) throw new Error(`Bad table range ${table.range}`);
  const rows: ExcelJS.CellValue[][] = [];
  const lastData = table.totalsRow === null ? range.bottom : range.bottom - 1;
  for (let r = table.headerRow + 1; r <= lastData; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = range.left; c <= range.right; c++) {
      const cell = cells.get(`${r}:${c}`);
      row.push(cell ? valueOf(cell) : null);
    }
    rows.push(row);
  }
  const totalsLabel = table.totalsRow === null ? undefined : cells.get(`${table.totalsRow}:${range.left}`);
  ws.addTable({
    name,
    displayName: name,
    ref: `${ws.getCell(table.headerRow, range.left).address}`,
    headerRow: true,
    totalsRow: table.totalsRow !== null,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.columns.map((header, i) => ({
      name: header,
      filterButton: table.filterButtons,
      // The totals row holds our own figures, as constants: no SUBTOTAL formula to go stale or be
      // translated. Its first cell is the label, which Excel keeps in totalsRowLabel.
      ...(i === 0 && totalsLabel?.value.kind === "text" ? { totalsRowLabel: totalsLabel.value.text } : {}),
      ...(i > 0 ? { totalsRowFunction: "none" as const } : {}),
    })),
    rows,
  });
}

/** Writes one output sheet as a new worksheet `name`. */
export function writeSheet(wb: ExcelJS.Workbook, sheet: OutputSheet, name: string): ExcelJS.Worksheet {
  // Printed as the model says (A4, one page wide, header rows repeated): offices print these sheets.
  const p = sheet.print;
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: p.fitToPagesWide,
      fitToHeight: 0,
      printArea: p.area,
      horizontalCentered: p.centerHorizontally,
      margins: p.margins,
      ...(p.titleRows ? { printTitlesRow: `${p.titleRows.first}:${p.titleRows.last}` } : {}),
    },
  });
  sheet.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  const cells = new Map<string, OutputCell>();
  for (const c of sheet.cells) cells.set(`${c.row}:${c.col}`, c);

  // Tables first: exceljs stores header and rows itself (and clears the totals row); our cells follow.
  const taken = takenTableNames(wb);
  for (const t of sheet.tables) {
    const tableName = uniqueTableName(t.name, taken);
    taken.add(tableName);
    addTable(ws, t, cells, tableName);
  }

  for (const c of sheet.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = valueOf(c);
    cell.numFmt = numberFormatOf(c.value);
    const font: Partial<ExcelJS.Font> = { ...(c.style ? FONTS[c.style] : {}), ...(c.link ? LINK_FONT : {}) };
    if (Object.keys(font).length > 0) cell.font = font;
    const wrap = c.style === "header" || (sheet.columns[c.col - 1]?.wrap ?? false);
    if (c.style === "header") cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    else if (wrap) cell.alignment = { wrapText: true, vertical: "top" };
    else if (c.style !== "title" && c.style !== "note" && c.style !== "subtitle")
      cell.alignment = { vertical: "top" };
  }
  // Rows tall enough for their wrapped text, estimated by the model for every host alike.
  for (const h of sheet.rowHeights) ws.getRow(h.row).height = h.height;
  for (const m of sheet.merges) ws.mergeCells(m);
  for (const m of sheet.merges) {
    const r = parseRangeA1(m);
    if (!r) continue;
    // The title is centred; sentences merged across the width read from the left, wrapped.
    const title = cells.get(`${r.top}:${r.left}`)?.style === "title";
    ws.getCell(r.top, r.left).alignment = title
      ? { horizontal: "center", vertical: "middle", wrapText: true }
      : { horizontal: "left", vertical: "top", wrapText: true };
  }
  return ws;
}

/** exceljs orders tabs by the worksheet's `orderNo` (not in its typings). */
function orderOf(ws: ExcelJS.Worksheet | undefined): number | undefined {
  const n = (ws as unknown as { orderNo?: unknown } | undefined)?.orderNo;
  return typeof n === "number" ? n : undefined;
}

function removeSheet(wb: ExcelJS.Workbook, name: string): void {
  const ws = wb.getWorksheet(name);
  if (ws) wb.removeWorksheet(ws.id);
}

/**
 * Applies the plan: our previous sheets are replaced, user sheets left as they are, and each new
 * sheet is marked as ours. Returns where each sheet went.
 */
export function writeOutputSheets(
  wb: ExcelJS.Workbook,
  sheets: readonly OutputSheet[],
  owned: OwnedSheets,
): SheetPlan {
  const existing = existingSheets(inventoryOf(wb, owned));
  const plan = planSheetWrites(existing, sheets);
  // A replaced sheet keeps its place among the tabs.
  const place = new Map<OutputSheetId, number>();
  for (const s of existing) {
    const order = s.ours === null ? undefined : orderOf(wb.getWorksheet(s.name));
    if (s.ours !== null && order !== undefined) place.set(s.ours, order);
  }
  for (const name of plan.remove) removeSheet(wb, name);
  for (const w of plan.write) {
    const sheet = sheets.find((s) => s.id === w.id) as OutputSheet;
    const ws = writeSheet(wb, sheet, w.name);
    const order = place.get(w.id);
    if (order !== undefined) (ws as unknown as { orderNo: number }).orderNo = order;
    owned.set(w.id, w.name);
  }
  return plan;
}

/** The same operations behind the host interface, for code written against any host. */
export function exceljsSheetHost(wb: ExcelJS.Workbook, owned: OwnedSheets): SheetHost {
  return {
    inventory: async () => inventoryOf(wb, owned),
    remove: async (name) => {
      removeSheet(wb, name);
      for (const [id, n] of owned) if (n === name) owned.delete(id);
    },
    write: async (sheet, name) => {
      writeSheet(wb, sheet, name);
    },
    mark: async (id, name) => {
      owned.set(id, name);
    },
  };
}
