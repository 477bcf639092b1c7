/// <reference types="office-js" />
/**
 * The office-js SheetHost: writes the output sheet model (core/output) into the open workbook.
 *
 * Ownership and the plan come from core/output/host: a sheet is ours only when one of our defined
 * names (`KDCL_OWNED_SUMMARY`, `KDCL_OWNED_FINDINGS`) points into it; only those are replaced, and a
 * user's sheet with our name is never touched (ours goes to "Tổng hợp (2)"). Everything runs in the
 * caller's single `Excel.run`:
 *
 *   sync 1   inventory: sheet names, our names' formulas, table names (a new table must not clash),
 *            the active sheet;
 *   then     removals, new sheets, values, formats, tables, row heights, page setup (ExcelApi 1.9),
 *            links, chart and marks are queued and sent in as few syncs as the 4 MB budget allows —
 *            one for a summary and a findings list of a few thousand rows, one more per ~4 MB of
 *            findings beyond.
 *
 * Nothing of the user's is lost if Excel fails midway: the sheets we replace are not deleted at once
 * but parked (renamed `kdcl cũ 1`…, hidden, their tables renamed out of the way), and dropped only
 * once the new ones are complete (`dropParked`, a separate request). Until then `attempt()` describes
 * all that changed, for output-undo.ts to put back. A workbook whose structure is protected is refused
 * at the first look, before anything is queued.
 *
 * Cell contents are written as whole 2-D arrays per block of rows, number formats first: text cells
 * get "@" so a finding's text or a school name that starts with "=", "+", "-" or "@" stays text (the
 * model's rule, `numberFormatOf`). Table totals rows are created empty by Excel (`showTotals`) and then
 * receive our figures as constants, so no SUBTOTAL formula is left behind.
 */
import type { CellRange } from "../../core/grid";
import { a1, parseRangeA1 } from "../../core/grid";
import type { SheetHost, SheetInventory, SheetPlan } from "../../core/output/host";
import { existingSheets, OWNER_NAMES } from "../../core/output/host";
import type {
  CellStyle,
  OutputCell,
  OutputPrint,
  OutputRowHeight,
  OutputSheet,
  OutputSheetId,
} from "../../core/output/model";
import {
  linkReference,
  numberFormatOf,
  OUTPUT_SHEET_IDS,
  primitiveOf,
  uniqueTableName,
} from "../../core/output/model";
import { packAddresses, rangeRef } from "./address";
import type { ApiSupport } from "./api";
import { inSequence, jsonBytes, yieldToHost } from "./batch";
import { columnRuns } from "./cells";
import { AREAS_ADDRESS_CHARS, BYTES, REQUEST_BUDGET_BYTES } from "./limits";
import { HostActionError } from "./action-error";

/** One of our sheets set aside while its replacement is written. */
export interface ParkedSheet {
  /** The sheet's id: its name changes while it is parked. */
  readonly id: string;
  readonly original: string;
  readonly parked: string;
  readonly tables: readonly { readonly original: string; readonly parked: string }[];
}

/** Everything an output write changed so far: what output-undo.ts puts back. */
export interface OutputAttempt {
  readonly parked: readonly ParkedSheet[];
  /** Sheets added, in order (the last may not exist if adding it failed). */
  readonly added: readonly string[];
  /** Ids of the sheets there were before: a sheet with an added name and one of these ids is not ours to delete. */
  readonly before: readonly string[];
  /** Our ownership names as they were: the reference each held. */
  readonly marks: Readonly<Partial<Record<OutputSheetId, string>>>;
  readonly active: string | null;
}

const nameKey = (name: string): string => name.normalize("NFC").toLocaleLowerCase("vi");

/** Rows of cell data per queued block (values and formats of ~9 columns: well under 1 MB). */
const BLOCK_ROWS = 2_000;
const LINK_COLOR = "#0563C1";
/** Links per `setCellProperties` call (~2 000 × 100 bytes). */
const LINK_RUN = 2_000;

/** Excel column width in characters → `columnWidth` points (Calibri 11: 7 px per character + 5 px). */
function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const STYLE: Readonly<Record<CellStyle, (f: Excel.RangeFormat) => void>> = {
  title: (f) => {
    f.font.bold = true;
    f.font.size = 14;
  },
  subtitle: (f) => {
    f.font.bold = true;
    f.font.size = 12;
  },
  header: (f) => {
    f.font.bold = true;
    f.wrapText = true;
    f.horizontalAlignment = "Center";
    f.verticalAlignment = "Center";
  },
  total: (f) => {
    f.font.bold = true;
  },
  note: (f) => {
    f.font.italic = true;
  },
};

interface Positioned {
  readonly row: number;
  readonly col: number;
}

/** Horizontal runs of cells in one row sharing a key, for one range proxy each. */
function rowRuns<T extends Positioned>(
  cells: readonly T[],
  key: (c: T) => string | null,
): { range: CellRange; key: string }[] {
  const out: { range: CellRange; key: string }[] = [];
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  let cur: { range: CellRange; key: string } | null = null;
  for (const c of sorted) {
    const k = key(c);
    if (k === null) continue;
    if (cur && cur.key === k && cur.range.top === c.row && cur.range.right + 1 === c.col) {
      cur.range = { ...cur.range, right: c.col };
    } else {
      if (cur) out.push(cur);
      cur = { range: { top: c.row, bottom: c.row, left: c.col, right: c.col }, key: k };
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Whole-row addresses ("4:6", "9:9") of the rows of each height, consecutive rows joined. */
function rowRunsByHeight(heights: readonly OutputRowHeight[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let run: { first: number; last: number; height: number } | null = null;
  const close = () => {
    if (run) out.set(run.height, [...(out.get(run.height) ?? []), `${run.first}:${run.last}`]);
  };
  for (const h of [...heights].sort((a, b) => a.row - b.row)) {
    if (run && run.height === h.height && run.last + 1 === h.row) run.last = h.row;
    else {
      close();
      run = { first: h.row, last: h.row, height: h.height };
    }
  }
  close();
  return out;
}

export class OfficeSheetHost implements SheetHost {
  private queued = 0;
  private takenTables = new Set<string>();
  /** Table names by (lower-cased) sheet: a removed sheet's tables free their names. */
  private tablesOn = new Map<string, string[]>();
  private marks = new Set<string>();
  private activeSheet: string | null = null;
  private inv: SheetInventory = { sheets: [], marks: {} };
  private readonly written = new Map<OutputSheetId, string>();
  private readonly parked: ParkedSheet[] = [];
  private readonly added: string[] = [];
  private ids = new Map<string, string>();

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly api: ApiSupport,
  ) {}

  async inventory(): Promise<SheetInventory> {
    const context = this.context;
    const sheets = context.workbook.worksheets;
    sheets.load("items/name, items/id");
    const names = context.workbook.names;
    names.load("items/name, items/formula");
    const tables = context.workbook.tables;
    tables.load("items/name, items/worksheet/name");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    const protection = context.workbook.protection;
    protection.load("protected");
    await context.sync();
    if (protection.protected)
      throw new HostActionError({
        action: "output",
        code: null,
        restored: true,
        left: null,
        structureProtected: true,
      });
    const marks: Partial<Record<OutputSheetId, string>> = {};
    for (const id of OUTPUT_SHEET_IDS) {
      const item = names.items.find((n) => n.name.toLowerCase() === OWNER_NAMES[id].toLowerCase());
      if (item) {
        marks[id] = item.formula;
        this.marks.add(OWNER_NAMES[id]);
      }
    }
    this.tablesOn = new Map();
    for (const t of tables.items) {
      const sheet = t.worksheet.name.toLowerCase();
      this.tablesOn.set(sheet, [...(this.tablesOn.get(sheet) ?? []), t.name]);
    }
    this.takenTables = new Set([...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)]);
    this.activeSheet = active.name;
    this.ids = new Map(sheets.items.map((s) => [nameKey(s.name), s.id]));
    this.inv = { sheets: sheets.items.map((s) => s.name), marks };
    return this.inv;
  }

  /** Adds `bytes` to the current request, sending it first if it would outgrow the budget. */
  private async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > REQUEST_BUDGET_BYTES) await this.flush();
    this.queued += bytes;
  }

  /** Sends what is queued. */
  async flush(): Promise<void> {
    if (this.queued === 0) return;
    const context = this.context;
    await context.sync();
    this.queued = 0;
    await yieldToHost();
  }

  /** Sets our old sheet aside (renamed, hidden, tables renamed); `dropParked` deletes it later. */
  async remove(name: string): Promise<void> {
    const tables = this.tablesOn.get(name.toLowerCase()) ?? [];
    await this.reserve(BYTES.proxy * (3 + tables.length));
    const taken = new Set([...this.inv.sheets, ...this.parked.map((p) => p.parked)].map(nameKey));
    let i = 1;
    while (taken.has(nameKey(`kdcl cũ ${i}`))) i += 1;
    const parked = `kdcl cũ ${i}`;
    const ws = this.context.workbook.worksheets.getItem(name);
    ws.name = parked;
    ws.visibility = "Hidden";
    const movedTables = tables.map((t) => {
      let j = 1;
      while (this.takenTables.has(`${t}_cu${j}`)) j += 1;
      const to = `${t}_cu${j}`;
      this.takenTables.add(to);
      this.takenTables.delete(t);
      this.context.workbook.tables.getItemOrNullObject(t).name = to;
      return { original: t, parked: to };
    });
    this.parked.push({ id: this.ids.get(nameKey(name)) ?? "", original: name, parked, tables: movedTables });
  }

  /** What this write changed so far, for an undo if it fails. */
  attempt(): OutputAttempt {
    return {
      parked: [...this.parked],
      added: [...this.added],
      before: [...this.ids.values()],
      marks: this.inv.marks,
      active: this.activeSheet,
    };
  }

  async write(sheet: OutputSheet, name: string): Promise<void> {
    this.added.push(name);
    const ws = this.context.workbook.worksheets.add(name);
    this.written.set(sheet.id, name);
    await this.reserve(BYTES.proxy * (2 + sheet.columns.length * 2));
    sheet.columns.forEach((c, i) => {
      const col = a1(1, i + 1).replace(/\d+$/, "");
      ws.getRange(`${col}:${col}`).format.columnWidth = widthInPoints(c.width);
    });

    const byPos = new Map<string, OutputCell>();
    let bottom = 0;
    let right = sheet.columns.length;
    for (const c of sheet.cells) {
      byPos.set(`${c.row}:${c.col}`, c);
      bottom = Math.max(bottom, c.row);
      right = Math.max(right, c.col);
    }
    const totalsRows = new Set(sheet.tables.map((t) => t.totalsRow).filter((r): r is number => r !== null));
    const rowValues = (
      row: number,
      skipTotals: boolean,
    ): { formats: string[]; values: (string | number)[] } => {
      const formats: string[] = [];
      const values: (string | number)[] = [];
      for (let col = 1; col <= right; col++) {
        const c = skipTotals && totalsRows.has(row) ? undefined : byPos.get(`${row}:${col}`);
        formats.push(c ? numberFormatOf(c.value) : "General");
        values.push(c ? primitiveOf(c.value) : "");
      }
      return { formats, values };
    };

    // Contents: whole arrays per block of rows, formats before values.
    const blocks: { top: number; bottom: number }[] = [];
    for (let top = 1; top <= bottom; top += BLOCK_ROWS)
      blocks.push({ top, bottom: Math.min(bottom, top + BLOCK_ROWS - 1) });
    await inSequence(blocks, async (b) => {
      const formats: string[][] = [];
      const values: (string | number)[][] = [];
      for (let row = b.top; row <= b.bottom; row++) {
        const r = rowValues(row, true);
        formats.push(r.formats);
        values.push(r.values);
      }
      await this.reserve(BYTES.proxy * 3 + jsonBytes(formats) + jsonBytes(values));
      const range = ws.getRange(rangeRef({ top: b.top, bottom: b.bottom, left: 1, right }));
      range.numberFormat = formats;
      range.values = values;
      range.format.verticalAlignment = "Top";
    });

    // Columns whose long text wraps.
    sheet.columns.forEach((c, i) => {
      if (c.wrap && bottom > 0)
        ws.getRange(rangeRef({ top: 1, bottom, left: i + 1, right: i + 1 })).format.wrapText = true;
    });

    // Tables over header..last data row, then Excel's totals row, then our totals as constants.
    await this.reserve(BYTES.proxy * 6 * sheet.tables.length);
    for (const t of sheet.tables) {
      const r = parseRangeA1(t.range);
      if (!r) throw new Error(`Bad table range ${t.range}`);
      const lastData = t.totalsRow === null ? r.bottom : t.totalsRow - 1;
      const table = ws.tables.add(rangeRef({ ...r, bottom: lastData }), true);
      const tableName = uniqueTableName(t.name, this.takenTables);
      this.takenTables.add(tableName);
      table.name = tableName;
      table.style = "TableStyleMedium2";
      if (this.api.v1_9) table.showFilterButton = t.filterButtons;
      if (t.totalsRow !== null) {
        table.showTotals = true;
        const row = rowValues(t.totalsRow, false);
        const range = ws.getRange(
          rangeRef({ top: t.totalsRow, bottom: t.totalsRow, left: r.left, right: r.right }),
        );
        range.numberFormat = [row.formats.slice(r.left - 1, r.right)];
        range.values = [row.values.slice(r.left - 1, r.right)];
      }
    }

    // Styles by horizontal runs; merged titles.
    const styleRuns = rowRuns(sheet.cells, (c) => c.style ?? null);
    await this.reserve(BYTES.proxy * 3 * (styleRuns.length + sheet.merges.length));
    for (const s of styleRuns) STYLE[s.key as CellStyle](ws.getRange(rangeRef(s.range)).format);
    for (const m of sheet.merges) {
      const range = ws.getRange(m);
      range.merge(false);
      // The title is centred; sentences merged across the width read from the left, wrapped.
      const r = parseRangeA1(m);
      const title = r !== null && byPos.get(`${r.top}:${r.left}`)?.style === "title";
      range.format.horizontalAlignment = title ? "Center" : "Left";
      range.format.verticalAlignment = title ? "Center" : "Top";
      range.format.wrapText = true;
    }

    await this.writeRowHeights(ws, sheet.rowHeights);
    if (this.api.v1_9) await this.writePageLayout(ws, sheet.print);
    await this.writeLinks(
      ws,
      sheet.cells.filter((c) => c.link !== undefined),
    );
    await this.writeCharts(ws, sheet, byPos);
  }

  /**
   * Rows as tall as the model says (Excel does not grow a row for wrapped text a program writes):
   * rows of one height and their neighbours joined into whole-row areas, one `getRanges` per height
   * and ~4 000 characters of address on ExcelApi 1.9, one range per run of rows on the 1.7 floor.
   * Queued like the rest: the syncs do not grow with the number of rows.
   */
  private async writeRowHeights(ws: Excel.Worksheet, heights: readonly OutputRowHeight[]): Promise<void> {
    const runs = rowRunsByHeight(heights);
    if (this.api.v1_9) {
      const groups = [...runs.entries()].flatMap(([height, list]) =>
        packAddresses(list, (r) => r, AREAS_ADDRESS_CHARS).map((areas) => ({ height, areas })),
      );
      await this.reserve(groups.reduce((n, g) => n + BYTES.proxy * 2 + g.areas.length * BYTES.area, 0));
      for (const g of groups) ws.getRanges(g.areas.join(",")).format.rowHeight = g.height;
    } else {
      const all = [...runs.entries()].flatMap(([height, list]) => list.map((rows) => ({ height, rows })));
      await this.reserve(all.length * (BYTES.proxy * 2 + BYTES.area));
      for (const r of all) ws.getRange(r.rows).format.rowHeight = r.height;
    }
  }

  /**
   * Page setup for printing (ExcelApi 1.9 `PageLayout`): A4 in the model's orientation, every column
   * on one page wide and as many pages tall as needed, the table header repeated on each page, the
   * used area printed, the model's margins, centred across the page.
   */
  private async writePageLayout(ws: Excel.Worksheet, print: OutputPrint): Promise<void> {
    await this.reserve(BYTES.proxy * 8);
    const layout = ws.pageLayout;
    layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = "A4";
    // 0 pages tall is Excel's "Automatic": the rows run onto as many pages as they need.
    layout.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
    layout.setPrintMargins("Inches", print.margins);
    layout.centerHorizontally = print.centerHorizontally;
    layout.setPrintArea(print.area);
    if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  }

  /** Internal links: per column run with `setCellProperties` (1.9), per cell on the 1.7 floor. */
  private async writeLinks(ws: Excel.Worksheet, cells: readonly OutputCell[]): Promise<void> {
    const links = cells.map((c) => ({ sheet: "", row: c.row, col: c.col, c }));
    const hyperlink = (c: OutputCell): Excel.RangeHyperlink => ({
      documentReference: c.link ? linkReference(c.link) : "",
      textToDisplay: c.value.kind === "text" ? c.value.text : String(primitiveOf(c.value)),
    });
    const runs = columnRuns(links, undefined, LINK_RUN);
    await inSequence(runs, async (run) => {
      const ref = rangeRef({ top: run.top, bottom: run.bottom, left: run.col, right: run.col });
      const data = run.cells.map((l) => [{ hyperlink: hyperlink(l.c) }]);
      const proxies = this.api.v1_9 ? 3 : run.cells.length + 2;
      await this.reserve(BYTES.proxy * proxies + jsonBytes(data));
      const range = ws.getRange(ref);
      if (this.api.v1_9) {
        range.setCellProperties(data);
      } else {
        run.cells.forEach((l, i) => {
          range.getCell(i, 0).hyperlink = hyperlink(l.c);
        });
      }
      range.format.font.color = LINK_COLOR;
      range.format.font.underline = "Single";
    });
  }

  private async writeCharts(
    ws: Excel.Worksheet,
    sheet: OutputSheet,
    byPos: ReadonlyMap<string, OutputCell>,
  ): Promise<void> {
    await this.reserve(BYTES.proxy * 12 * sheet.charts.length);
    for (const ch of sheet.charts) {
      const chart = ws.charts.add("ColumnClustered", ws.getRange(ch.values), "Columns");
      chart.title.text = ch.title;
      chart.legend.visible = false;
      const series = chart.series.getItemAt(0);
      series.setXAxisValues(ws.getRange(ch.categories));
      const nameCell = parseRangeA1(ch.seriesName);
      const label = nameCell ? byPos.get(`${nameCell.top}:${nameCell.left}`) : undefined;
      if (label?.value.kind === "text") series.name = label.value.text;
      chart.axes.valueAxis.minimum = 0;
      if (ch.axisMax !== null) chart.axes.valueAxis.maximum = ch.axisMax;
      chart.dataLabels.showValue = true;
      if (this.api.v1_8) {
        chart.axes.valueAxis.numberFormat = ch.valueFormat;
        chart.dataLabels.numberFormat = ch.valueFormat;
      }
      chart.setPosition(a1(ch.anchor.from.row, ch.anchor.from.col), a1(ch.anchor.to.row, ch.anchor.to.col));
    }
  }

  async mark(id: OutputSheetId, name: string): Promise<void> {
    const owner = OWNER_NAMES[id];
    await this.reserve(BYTES.proxy * 4);
    const names = this.context.workbook.names;
    if (this.marks.has(owner)) names.getItem(owner).delete();
    names.add(owner, this.context.workbook.worksheets.getItem(name).getRange("A1"));
    this.marks.add(owner);
  }

  /**
   * Leaves the user on the sheet they had open; when that was one of ours that got replaced, on its
   * replacement. Queued; sent by the final flush.
   */
  restoreActive(plan: SheetPlan): void {
    const was = this.activeSheet;
    if (was === null) return;
    const replaced = plan.remove.some((n) => n.toLowerCase() === was.toLowerCase());
    const id = replaced ? (existingSheets(this.inv).find((s) => s.name === was)?.ours ?? null) : null;
    const target = replaced ? (id !== null ? (this.written.get(id) ?? null) : null) : was;
    if (target !== null) this.context.workbook.worksheets.getItem(target).activate();
  }
}
