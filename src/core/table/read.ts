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
  matchHeaderDetail,
  resolveConditional,
  type Conditional,
  type HeaderMatch,
} from "./headers";
import type { BudgetUnit, Column, SchoolTable, TableRow } from "./model";
import { sectionOf, SectionStack } from "./sections";
import { fieldFromValues, holdsRecognitionDates, SAMPLE_SIZE, yearInHeader } from "./by-values";

/** A mapping to this column says "the list has no such column": the field is not read at all. */
export const NO_COLUMN = 0;

export interface ReadOptions {
  /** The user's corrected mapping: field → worksheet column (1-based), or NO_COLUMN; overrides detection. */
  readonly mapping?: Partial<Record<Field, number>>;
  /** The user's budget unit when the header does not say it, or says it wrongly. */
  readonly budgetUnit?: BudgetUnit;
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

interface Candidate {
  readonly col: number;
  readonly header: string;
  readonly match: HeaderMatch;
}

/** Budget: the "Tổng"/"Tổng cộng" sub-column if there is one, else the first. Others: best match. */
function pick(field: Field, candidates: readonly Candidate[]): Candidate | undefined {
  if (field === "budget") {
    return candidates.find((c) => foldWords(c.header).split(" ").includes("tong")) ?? candidates[0];
  }
  // Of two code columns, one headed with a past year or as former ("Cấp độ KĐCLGD (năm 2020)",
  // "… cũ") keeps an older result: the current one is the other.
  const older = (c: Candidate): boolean => CODE_FIELDS.has(field) && OLDER.test(foldWords(c.header));
  let best: Candidate | undefined;
  for (const c of candidates) {
    if (
      !best ||
      (older(best) && !older(c)) ||
      (older(best) === older(c) &&
        (c.match.position < best.match.position ||
          (c.match.position === best.match.position && c.match.words > best.match.words)))
    ) {
      best = c;
    }
  }
  return best;
}

const CODE_FIELDS: ReadonlySet<Field> = new Set(["combinedCode", "accreditation", "standard"]);
const DATE_WORD = /^(?:nam|ngay|thang|thoi gian|thoi diem)(?: |$)/;
const OLDER = /(?:^| )(?:nam (?:19|20)\d\d|(?:19|20)\d\d|cu|truoc|lan truoc)(?: |$)/;

const DATE_FIELDS: ReadonlySet<Field> = new Set([
  "decisionDate",
  "previousDate",
  "expiry",
  "founded",
  "planYear",
]);

/**
 * A column's field from its own sub-header, read within the group above it; from the whole joined
 * header when the sub-header names no field ("Kinh phí / Tổng"). The sub-header is the more precise
 * ("Kết quả kiểm định … đạt chuẩn quốc gia / CQG / Mức độ" holds levels of the standard), except under
 * a group that names a date: "Năm công nhận / KĐCLGD" holds years, not levels.
 */
function headerMatch(joined: string, own: string): HeaderMatch | null {
  const group = matchHeaderDetail(joined);
  if (own === joined) return group;
  const sub = matchHeaderDetail(own);
  // "Chuẩn quốc gia / Năm" holds the standard's years, not its levels: its values will say.
  if (sub === null)
    return group !== null && CODE_FIELDS.has(group.field) && DATE_WORD.test(foldWords(own)) ? null : group;
  if (group === null) return sub;
  return DATE_FIELDS.has(group.field) && !DATE_FIELDS.has(sub.field) ? group : sub;
}

interface Mapped {
  readonly columns: Map<Field, Column>;
  readonly pending: { readonly col: number; readonly header: string; readonly kind: Conditional }[];
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
  return { columns, pending };
}

/** The budget unit from the budget header, else from a "Đơn vị tính: …" line above the header. */
function budgetUnit(grid: Grid, block: HeaderBlock, budget: Column | undefined): BudgetUnit {
  if (!budget) return DEFAULT_BUDGET_UNIT;
  const own = findBudgetUnit(budget.header);
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
  const { columns, pending } = mapColumns(block, mapping);

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
  placeByValues(block, columns, result.rows, left, declined);

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
    rows: withSections(result.rows, columns.has("name") ? (columns.get("name") as Column).col - left : null),
    actionHeaderYear: columns.has("action") ? yearInHeader((columns.get("action") as Column).header) : null,
  };
  return { table, next: result.next };
}

/**
 * The grid with each cell merged down over rows below `from` holding its value on every row: one
 * "Xã Ia Hrung" merged over three schools, or one "Công nhận mới" over the three planned, is said of
 * each of them. Only the merge's own column is filled; the grid is copied only where a merge is.
 */
export function filledDown(grid: Grid, from: number): Grid {
  const down = grid.merges.filter((m) => m.bottom > m.top && m.top >= from);
  if (down.length === 0) return grid;
  const cells = grid.cells.slice();
  for (const m of down) {
    const value = grid.cells[m.top - grid.top]?.[m.left - grid.left] ?? null;
    if (value === null) continue;
    // A merge may reach past the cells a sheet holds: it never makes rows of its own.
    for (let r = m.top + 1; r <= Math.min(m.bottom, grid.top + grid.cells.length - 1); r++) {
      const row = (cells[r - grid.top] ?? []).slice();
      while (row.length < m.left - grid.left) row.push(null);
      row[m.left - grid.left] = value;
      cells[r - grid.top] = row;
    }
  }
  return { ...grid, cells };
}

/** Whether a cell merged down over data rows below `from` fills rows it is not written on. */
export function mergesDown(grid: Grid, from: number): boolean {
  return grid.merges.some((m) => m.bottom > m.top && m.top >= from);
}

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
): void {
  const used = new Set<number>();
  for (const c of columns.values()) used.add(c.col);
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

const STANDARD_WORDS = /(?:^| )(?:chuan quoc gia|chuan qg|cqg|dat chuan|muc do)(?= |$)/g;
const ACCREDITATION_WORDS = /(?:^| )(?:kdclgd|kdcl|kd|kiem dinh|cap do)(?= |$)/g;

/**
 * Whether a column's header, read from its outer group in, ends under the national standard: in
 * "Kết quả kiểm định … và đạt chuẩn quốc gia / CQG / Năm" the last recognition named is the CQG.
 */
function namesStandard(header: string): boolean {
  const key = foldWords(header);
  const last = (re: RegExp): number => {
    let at = -1;
    for (const m of key.matchAll(re)) at = m.index;
    return at;
  };
  return last(STANDARD_WORDS) > last(ACCREDITATION_WORDS);
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
    } else if (row.kind === "school" && any) out.push({ ...row, context: stack.current });
    else out.push(row);
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
