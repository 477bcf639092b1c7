/**
 * Patching a check with rows read again after an edit, without reading or interpreting the rest of
 * the list: the edited rows are classified alone (with the layout the table was read with) and
 * interpreted again; rules that judge a row alone run on those rows only, rules that compare rows
 * (TABLE_RULES) run over the table's records, kept from the last check and patched. When an edited
 * row may change the table's shape (a school row becomes a heading, a total or a footer, a heading
 * changes, a row is typed below the list) the patch declines and the caller checks the sheet whole.
 */
import type { Finding } from "../findings/finding";
import type { CellValue, Grid } from "../grid";
import { gridBottom } from "../grid";
import { interpretRows } from "../records/interpret";
import { readsAsHistory } from "../table/history";
import type { CheckOptions } from "../records/options";
import type { SchoolRecord } from "../records/record";
import type { RowLayout } from "../table/classify";
import { classifyRows } from "../table/classify";
import { exactHeaderField } from "../table/headers";
import type { SchoolTable, TableRow } from "../table/model";
import { RECORD_FIELDS } from "../table/read";
import { mergesDown } from "../table/merged";
import type { CheckedTable } from "../validate";
import { isPlanList, otherRecords, runRules, sortFindings } from "../validate";
import { TABLE_RULES } from "./rows";

/** Worksheet rows read again: `cells[i]` is row `top + i`, from the kept grid's first column. */
export interface ReadRows {
  readonly top: number;
  readonly cells: readonly (readonly CellValue[])[];
}

function trimmed(row: readonly CellValue[]): CellValue[] {
  let n = row.length;
  while (n > 0 && (row[n - 1] === null || row[n - 1] === undefined)) n -= 1;
  return row.slice(0, n);
}

/** The kept grid with the rows read again in place (a copy; the old grid is left as it was). */
export function patchGrid(grid: Grid, read: ReadRows): Grid {
  const cells = grid.cells.slice();
  for (let i = 0; i < read.cells.length; i++) {
    const at = read.top + i - grid.top;
    if (at < 0) continue;
    while (cells.length < at) cells.push([]);
    cells[at] = trimmed(read.cells[i] ?? []);
  }
  // A row emptied at the bottom leaves the used range.
  while (cells.length > 0 && (cells[cells.length - 1] as readonly CellValue[]).length === 0) cells.pop();
  return { ...grid, cells };
}

function layoutOf(table: SchoolTable): RowLayout {
  const recordCols: number[] = [];
  for (const f of RECORD_FIELDS) {
    const c = table.columns[f];
    if (c) recordCols.push(c.col);
  }
  return {
    left: table.left,
    right: table.right,
    seqCol: table.columns.seq?.col ?? null,
    nameCol: table.columns.name?.col ?? null,
    recordCols,
  };
}

/** The row as the table would read it alone, or null when it would start a new table's header. */
function classifyAlone(grid: Grid, table: SchoolTable, row: number): TableRow | null {
  const result = classifyRows(grid, layoutOf(table), row, row, {
    plain: false,
    headerStart: () => row,
    isNameHeader: (key) => exactHeaderField(key) === "name",
  });
  return result.next !== null ? null : (result.rows[0] ?? null);
}

/** After the footer of a list, rows read as footers unless they are schools: such rows are not patched. */
function afterFooter(rows: readonly TableRow[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const kind = (rows[i] as TableRow).kind;
    if (kind === "school") return false;
    if (kind === "footer") return true;
  }
  return false;
}

function isBlankRow(values: readonly CellValue[] | undefined, from: number, to: number): boolean {
  if (!values) return true;
  for (let i = from; i <= to && i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "")) return false;
  }
  return true;
}

/** Whether an edit changed what a row says of its school's plans, which other lists may read. */
function plansChanged(before: SchoolRecord, after: SchoolRecord): boolean {
  return before.key !== after.key || before.action !== after.action || before.planYear !== after.planYear;
}

/** Index of the record of worksheet row `row` (records are in row order), or -1. */
function recordIndex(records: readonly SchoolRecord[], row: number): number {
  let lo = 0;
  let hi = records.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = (records[mid] as SchoolRecord).row;
    if (r === row) return mid;
    if (r < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export interface Patched {
  readonly tables: readonly CheckedTable[];
  readonly findings: readonly Finding[];
}

/**
 * The tables and findings of a check after rows `top..bottom` of `grid` (already patched) changed,
 * or null when the sheet must be checked whole. `tables` and `findings` are the last check's; those
 * of other sheets pass through untouched. `sheets` orders the findings.
 */
export function patchCheck(
  grid: Grid,
  top: number,
  bottom: number,
  tables: readonly CheckedTable[],
  findings: readonly Finding[],
  options: CheckOptions,
  sheets: readonly string[],
): Patched | null {
  const onSheet = tables.filter((t) => t.table.sheet === grid.sheet);
  if (onSheet.length === 0) return null;
  const out = tables.slice();
  const redone: Finding[] = [];
  const drop: ((f: Finding) => boolean)[] = [];
  const last = Math.max(bottom, gridBottom(grid));

  for (let k = 0; k < onSheet.length; k++) {
    const checked = onSheet[k] as CheckedTable;
    const table = checked.table;
    const next = onSheet[k + 1]?.table.headerTop ?? last + 1;
    const from = Math.max(top, table.headerRow + 1);
    const to = Math.min(bottom, next - 1);
    if (from > to) continue;
    // A cell merged down over schools speaks for rows the edit did not touch: read the sheet again.
    if (mergesDown(grid, table.headerRow + 1)) return null;
    const firstRow = table.rows[0]?.row ?? table.headerRow + 1;
    const rows = table.rows.slice();
    const edited: TableRow[] = [];
    for (let r = from; r <= to; r++) {
      const index = r - firstRow;
      const old = rows[index];
      if (r > table.bottom || !old) {
        // Below the list: only a row left empty keeps the table as it was.
        if (!isBlankRow(grid.cells[r - grid.top], table.left - grid.left, table.right - grid.left))
          return null;
        continue;
      }
      if (old.row !== r) return null;
      const now = classifyAlone(grid, table, r);
      if (!now || now.kind !== old.kind || old.kind === "group") return null;
      if (old.kind === "school" && afterFooter(rows, index)) return null;
      const row: TableRow = old.context ? { ...now, context: old.context } : now;
      rows[index] = row;
      edited.push(row);
    }
    if (edited.length === 0) continue;

    const patchedTable: SchoolTable = { ...table, rows };
    // A history's rows replace one another, and an edit may make a list a history or a plan: both
    // are the whole table's to say.
    if (table.history || readsAsHistory(patchedTable, options.planYear)) return null;
    const records = checked.records.slice();
    for (const rec of interpretRows(patchedTable, edited, options)) {
      const at = recordIndex(records, rec.row);
      if (at < 0) return null;
      // Another list of the workbook reads this school's plans: a changed school or plan is checked whole.
      if (tables.length > 1 && plansChanged(records[at] as SchoolRecord, rec)) return null;
      records[at] = rec;
    }
    const others = otherRecords(tables, tables.indexOf(checked));
    const planList = isPlanList(records);
    const whole = planList !== checked.planList;
    const editedRows = new Set(edited.map((r) => r.row));
    const inTable = (f: Finding): boolean =>
      f.sheet === table.sheet && f.row !== null && f.row >= table.headerTop && f.row <= table.bottom;
    drop.push((f) => inTable(f) && (whole || TABLE_RULES.has(f.rule) || editedRows.has(f.row as number)));
    if (whole) runRules(patchedTable, records, options, planList, () => true, redone, others);
    else {
      const alone: SchoolTable = { ...patchedTable, rows: edited };
      const editedRecords = records.filter((r) => editedRows.has(r.row));
      runRules(alone, editedRecords, options, planList, (id) => !TABLE_RULES.has(id), redone, others);
      runRules(patchedTable, records, options, planList, (id) => TABLE_RULES.has(id), redone, others);
    }
    out[tables.indexOf(checked)] = { table: patchedTable, records, planList };
  }

  const kept: Finding[] = [];
  for (const f of findings) if (!drop.some((d) => d(f))) kept.push(f);
  for (const f of redone) kept.push(f);
  sortFindings(kept, sheets);
  return { tables: out, findings: kept };
}
