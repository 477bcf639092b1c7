/**
 * Reading a sheet into school tables (SPEC §7): find each header, map its columns to fields,
 * classify the rows under it. Excel tables (ListObjects) with a name column are used as they are;
 * otherwise plain ranges are found by their header rows, one after another down the sheet.
 */
import { a1, gridBottom, type CellValue, type Grid } from "../grid";
import { foldWords } from "../text/normalize";
import { classifyRows, type RowLayout } from "./classify";
import { findHeader, headerBlockAt, tableHeaders, type HeaderBlock } from "./detect";
import { FIELDS, type Field, type SourceCell } from "./fields";
import {
  DEFAULT_BUDGET_UNIT,
  exactHeaderField,
  findBudgetUnit,
  resolveConditional,
  type Conditional,
} from "./headers";
import type { BudgetSplit, BudgetUnit, Column, SchoolTable, TableRow } from "./model";
import { budgetSplitOf } from "./budget-split";
import { sectionOf, SectionStack } from "./sections";
import type { Candidate } from "./column-choice";
import { headerMatch, namesStandard, pick } from "./column-choice";
import { filledDown } from "./merged";
import { fieldFromValues, holdsRecognitionDates, SAMPLE_SIZE, yearInHeader } from "./by-values";

/** A mapping to this column says "the list has no such column": the field is not read at all. */
export const NO_COLUMN = 0;

export interface ReadOptions {
  /** The user's corrected mapping: field → worksheet column (1-based), or NO_COLUMN; overrides detection. */
  readonly mapping?: Partial<Record<Field, number>>;
  /** The user's budget unit when the header does not say it, or says it wrongly. */
  readonly budgetUnit?: BudgetUnit;
  /**
   * Where the user's name column has its header, on a sheet where no header was recognised (one in
   * words the vocabulary does not know): the table is read from that row.
   */
  readonly nameHeader?: { readonly row: number; readonly col: number };
}

/** Fields whose text marks a row as a school's record, never a group or total label. */
export const RECORD_FIELDS: readonly Field[] = [
  "type",
  "province",
  "district",
  "commune",
  "combinedCode",
  "accreditation",
  "standard",
  "target",
  "action",
  "decisionDate",
  "decisionNumber",
  "previousDate",
  "expiry",
  "planYear",
];

interface Mapped {
  readonly columns: Map<Field, Column>;
  readonly pending: { readonly col: number; readonly header: string; readonly kind: Conditional }[];
  /** Every column the header vocabulary reads as the budget, left to right: a split by source? */
  readonly budgets: readonly Candidate[];
}

function mapColumns(block: HeaderBlock, mapping: Partial<Record<Field, number>>): Mapped {
  const byField = new Map<Field, Candidate[]>();
  const pending: { col: number; header: string; kind: Conditional }[] = [];
  const userCols = new Set<number>();
  for (const f of FIELDS) {
    const c = mapping[f];
    if (c !== undefined && Number.isInteger(c) && c >= 1) userCols.add(c);
  }

  block.texts.forEach((header, i) => {
    const col = block.left + i;
    if (userCols.has(col)) return; // the user said what this column is
    // A group header joined in front can hide a short sub-header ("Thông tin đơn vị Đơn vị").
    const own = block.ownTexts[i] ?? header;
    const match = headerMatch(header, own);
    if (!match) return;
    if (match.conditional !== null) pending.push({ col, header, kind: match.conditional });
    else {
      const list = byField.get(match.field) ?? [];
      list.push({ col, header, match });
      byField.set(match.field, list);
    }
  });

  const columns = new Map<Field, Column>();
  for (const f of FIELDS) {
    const userCol = mapping[f];
    if (userCol === NO_COLUMN) continue;
    if (userCol !== undefined && Number.isInteger(userCol) && userCol >= 1) {
      const i = userCol - block.left;
      columns.set(f, { field: f, col: userCol, header: block.texts[i] ?? "", how: "user" });
      continue;
    }
    const best = pick(f, byField.get(f) ?? []);
    if (best) columns.set(f, { field: f, col: best.col, header: best.header, how: "header" });
  }
  return { columns, pending, budgets: byField.get("budget") ?? [] };
}

/** The budget unit from the budget header, else from a "Đơn vị tính: …" line above the header. */
function budgetUnit(grid: Grid, block: HeaderBlock, budget: Column | undefined): BudgetUnit {
  return budget ? unitOfHeader(grid, block, budget.header) : DEFAULT_BUDGET_UNIT;
}

/** The unit a budget header names, else a "Đơn vị tính: …" line above the header names, else triệu đồng. */
function unitOfHeader(grid: Grid, block: HeaderBlock, header: string): BudgetUnit {
  const own = findBudgetUnit(header);
  if (own) return own;
  for (let r = Math.max(grid.top, block.headerTop - 6); r < block.headerTop; r++) {
    const cells = grid.cells[r - grid.top] ?? [];
    for (const v of cells) {
      if (typeof v !== "string" || v.length > 80) continue;
      const key = foldWords(v);
      if (/^(don vi tinh|dvt)\b/.test(key)) {
        const unit = findBudgetUnit(key.replace(/^(don vi tinh|dvt)/, ""));
        if (unit) return unit;
      }
    }
  }
  return DEFAULT_BUDGET_UNIT;
}

function buildTable(
  grid: Grid,
  block: HeaderBlock,
  options: ReadOptions,
): { table: SchoolTable; next: number | null } {
  const mapping = options.mapping ?? {};
  const { columns, pending, budgets } = mapColumns(block, mapping);
  const split = budgetSplit(grid, block, budgets, mapping, options.budgetUnit);
  const years = split || mapping.budget !== undefined ? null : budgetYears(budgets);
  // The budget column the rest of the product names and checks: the split's total, else its first source.
  const main = split ? (split.total ?? split.sources[0]) : undefined;
  if (main) columns.set("budget", { field: "budget", col: main.col, header: main.header, how: "header" });

  let left = block.left;
  let right = block.right;
  for (const c of columns.values()) {
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  }
  const recordCols: number[] = [];
  for (const f of RECORD_FIELDS) {
    const c = columns.get(f);
    if (c) recordCols.push(c.col);
  }
  const layout: RowLayout = {
    left,
    right,
    seqCol: columns.get("seq")?.col ?? null,
    nameCol: columns.get("name")?.col ?? null,
    recordCols,
  };

  const plain = block.bottom === null;
  const minTop = block.headerRow + 1;
  const result = classifyRows(filledDown(grid, minTop), layout, minTop, block.bottom ?? gridBottom(grid), {
    plain,
    ...(plain
      ? {
          headerStart: (row: number) => headerBlockAt(grid, row, minTop)?.headerTop ?? null,
          isNameHeader: (key: string) => exactHeaderField(key) === "name",
        }
      : {}),
  });

  // "Ghi chú" and "Loại hình" are decided by what the school rows hold.
  for (const p of pending) {
    const values: CellValue[] = [];
    for (const row of result.rows) {
      if (row.kind === "school") values.push(row.values[p.col - left] ?? null);
    }
    const field = resolveConditional(p.kind, values);
    if (field !== null && !columns.has(field) && mapping[field] !== NO_COLUMN)
      columns.set(field, { field, col: p.col, header: p.header, how: "header" });
  }
  const declined = new Set(FIELDS.filter((f) => mapping[f] === NO_COLUMN));
  decisionDatesByValues(columns, result.rows, left, declined);
  placeByValues(block, columns, result.rows, left, declined, split);

  const ordered: Partial<Record<Field, Column>> = {};
  const used = new Set<number>();
  for (const f of FIELDS) {
    const c = columns.get(f);
    if (c) {
      ordered[f] = c;
      used.add(c.col);
    }
  }
  const otherColumns: { col: number; header: string }[] = [];
  block.texts.forEach((header, i) => {
    const col = block.left + i;
    if (header !== "" && !used.has(col)) otherColumns.push({ col, header });
  });

  const table: SchoolTable = {
    sheet: grid.sheet,
    tableName: block.tableName,
    headerTop: block.headerTop,
    headerRow: block.headerRow,
    left,
    right,
    bottom: result.bottom,
    columns: ordered,
    otherColumns,
    budgetUnit: options.budgetUnit ?? budgetUnit(grid, block, columns.get("budget")),
    ...(split ? { budgetSplit: split } : {}),
    ...(years ? { budgetYears: years } : {}),
    rows: withSections(result.rows, columns.has("name") ? (columns.get("name") as Column).col - left : null),
    actionHeaderYear: columns.has("action") ? yearInHeader((columns.get("action") as Column).header) : null,
  };
  return { table, next: result.next };
}

/**
 * The budget's split into columns by funding source, when the header reads so and the user did not
 * choose the budget column (one column chosen is the budget, whole). The user's unit, when chosen,
 * is every column's.
 */
function budgetSplit(
  grid: Grid,
  block: HeaderBlock,
  budgets: readonly Candidate[],
  mapping: Partial<Record<Field, number>>,
  unit: BudgetUnit | undefined,
): BudgetSplit | null {
  if (mapping.budget !== undefined || budgets.length === 0) return null;
  const headers = budgets.map((c) => ({
    col: c.col,
    header: c.header,
    own: block.ownTexts[c.col - block.left] ?? c.header,
  }));
  const at = (col: number) => {
    const text = block.texts[col - block.left];
    return text === undefined ? null : { col, header: text, own: block.ownTexts[col - block.left] ?? text };
  };
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const c of budgets) [first, last] = [Math.min(first, c.col), Math.max(last, c.col)];
  // "Tổng kinh phí" then "Trong đó" over "Ngân sách | Xã hội hóa": the columns of which it is the total.
  for (let h = at(last + 1); h !== null && IN_WHICH.test(foldWords(h.header)); h = at(h.col + 1)) {
    headers.push(h);
    last = h.col;
  }
  // A bare "Tổng" just beside the budget columns ("Kinh phí ngân sách | Kinh phí XHH | Tổng") is
  // their total, though alone it names no budget.
  for (const h of [at(first - 1), at(last + 1)])
    if (h !== null && BARE_TOTAL.test(foldWords(h.header))) headers.push(h);
  if (headers.length < 2) return null;
  // A "Trong đó" column that names no unit is in its total's.
  const totalUnit = unitOfHeader(grid, block, (budgets[0] as Candidate).header);
  return budgetSplitOf(
    headers,
    (header) =>
      unit ??
      (IN_WHICH.test(foldWords(header)) && findBudgetUnit(header) === null
        ? totalUnit
        : unitOfHeader(grid, block, header)),
  );
}

/** The one year a budget header names ("Kinh phí 2026", "KP năm 2027 (triệu đồng)"), else null. */
function budgetYearOf(header: string): number | null {
  const years = foldWords(header).match(/(?<![0-9])(?:19|20)\d\d(?![0-9])/g) ?? [];
  return years.length === 1 ? Number(years[0]) : null;
}

/** Budget columns that each name a different year: the budget of each year, not one to add up. */
function budgetYears(budgets: readonly Candidate[]): SchoolTable["budgetYears"] | null {
  if (budgets.length < 2) return null;
  const out: { year: number; col: number; header: string }[] = [];
  for (const c of budgets) {
    const year = budgetYearOf(c.header);
    if (year === null || out.some((o) => o.year === year)) return null;
    out.push({ year, col: c.col, header: c.header });
  }
  return out;
}

/** The columns of a "Trong đó" ("of which") group beside a total. */
const IN_WHICH = /^trong do\b/;

/** A header that is only the word for a total. */
const BARE_TOTAL = /^(?:tong|tong cong|cong|tong so|tong kinh phi)$/;

/** Up to SAMPLE_SIZE values of one column, spread over the whole list. */
function sampleColumn(schools: readonly TableRow[], index: number): CellValue[] {
  const step = Math.max(1, Math.floor(schools.length / SAMPLE_SIZE));
  const sample: CellValue[] = [];
  for (let k = 0; k < schools.length && sample.length < SAMPLE_SIZE; k += step) {
    sample.push((schools[k] as TableRow).values[index] ?? null);
  }
  return sample;
}

/**
 * A column headed as the decision ("QĐ công nhận (ngày)") that holds dates is the decision's date,
 * not its number: a number such as "45/QĐ-UBND" is never a date, and the dates are what the renewal
 * rules and the coverage need. Only when no other column is the date and the user did not say so.
 */
function decisionDatesByValues(
  columns: Map<Field, Column>,
  rows: readonly TableRow[],
  left: number,
  declined: ReadonlySet<Field>,
): void {
  const number = columns.get("decisionNumber");
  if (!number || number.how !== "header" || columns.has("decisionDate") || declined.has("decisionDate"))
    return;
  const schools = rows.filter((r) => r.kind === "school");
  if (!holdsRecognitionDates(sampleColumn(schools, number.col - left))) return;
  columns.delete("decisionNumber");
  columns.set("decisionDate", { ...number, field: "decisionDate", how: "values" });
}

/**
 * Columns that neither the header vocabulary nor the user placed are read from their values, left to
 * right; a field already placed is never taken twice.
 */
function placeByValues(
  block: HeaderBlock,
  columns: Map<Field, Column>,
  rows: readonly TableRow[],
  left: number,
  declined: ReadonlySet<Field>,
  split: BudgetSplit | null,
): void {
  const used = new Set<number>();
  for (const c of columns.values()) used.add(c.col);
  // The other columns of a budget split are the budget's, whatever their values look like.
  if (split) for (const c of [...split.sources, ...(split.total ? [split.total] : [])]) used.add(c.col);
  const schools = rows.filter((r) => r.kind === "school");
  if (schools.length === 0) return;
  const place = (header: string, i: number): void => {
    const col = block.left + i;
    if (used.has(col)) return;
    const sample = sampleColumn(schools, col - left);
    const field = fieldFromValues(header, sample, new Set([...columns.keys(), ...declined]));
    if (field !== null) {
      columns.set(field, { field, col, header, how: "values" });
      used.add(col);
    }
  };
  // The national standard's columns first: of two year columns, "Kết quả KĐCLGD / Năm" and "Chuẩn
  // quốc gia / Năm", the decision date the coverage rests on is the standard's.
  block.texts.forEach((header, i) => {
    if (namesStandard(header)) place(header, i);
  });
  block.texts.forEach(place);
}

/** The heading text of a group row: its name cell, else its first text. */
function headingText(row: TableRow, nameIndex: number | null): string | null {
  const name = nameIndex === null ? null : row.values[nameIndex];
  if (typeof name === "string" && name.trim() !== "") return name;
  for (const v of row.values) if (typeof v === "string" && v.trim() !== "") return v;
  return null;
}

/**
 * Gives each school row what the section headings above it say (action, level, place). Lists
 * without headings keep their rows as they are.
 */
function withSections(rows: readonly TableRow[], nameIndex: number | null): readonly TableRow[] {
  const stack = new SectionStack();
  let any = false;
  const out: TableRow[] = [];
  for (const row of rows) {
    if (row.kind === "group") {
      const text = headingText(row, nameIndex);
      const section = text === null ? null : sectionOf(text);
      if (section) {
        stack.enter(section, row.row);
        any = true;
      }
      out.push(row);
    } else if (row.kind === "school" && any) {
      // Its fields written out, not spread: a list of 50,000 schools copies every row, and a spread
      // costs twice as much.
      out.push({ kind: row.kind, row: row.row, values: row.values, context: stack.current });
    } else out.push(row);
  }
  return any ? out : rows;
}

/** All school tables on the sheet; empty when no header row with a name column exists. */
export function readSchoolTables(grid: Grid, options: ReadOptions = {}): SchoolTable[] {
  const listObjects = tableHeaders(grid);
  if (listObjects.length > 0) return listObjects.map((b) => buildTable(grid, b, options).table);

  const tables: SchoolTable[] = [];
  const last = gridBottom(grid);
  let from = grid.top;
  while (from <= last) {
    const block = findHeader(grid, from);
    if (!block) break;
    const { table, next } = buildTable(grid, block, options);
    tables.push(table);
    // After a table that ran into the next header, start there; otherwise look below its end.
    from = Math.max(next ?? table.bottom + 1, block.headerRow + 1);
  }
  const named = options.nameHeader;
  if (tables.length === 0 && named) {
    const block = headerBlockAt(grid, named.row, grid.top, named.col);
    if (block) tables.push(buildTable(grid, block, options).table);
  }
  return tables;
}

/** The SourceCell of a field in a row, or null if the table has no such column. */
export function sourceOf(table: SchoolTable, row: TableRow, field: Field): SourceCell | null {
  const column = table.columns[field];
  if (!column) return null;
  return {
    sheet: table.sheet,
    row: row.row,
    col: column.col,
    address: a1(row.row, column.col),
    header: column.header,
  };
}

/** The raw value of a field in a row (null if no column). */
export function valueOf(table: SchoolTable, row: TableRow, field: Field): CellValue {
  const column = table.columns[field];
  if (!column) return null;
  return row.values[column.col - table.left] ?? null;
}
