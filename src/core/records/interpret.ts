import type { CellValue } from "../grid";
import { isCellError } from "../grid";
import { parseAction } from "../schools/actions";
import type { CodeColumn, CodeParse } from "../schools/codes";
import { parseCode } from "../schools/codes";
import { regimeFor } from "../schools/regimes";
import type { RegimeChoice } from "../schools/regimes";
import { typeFromColumn, typeFromName } from "../schools/types";
import type { DateParse, DateValue } from "../text/dates";
import { parseDate } from "../text/dates";
import { parseNumber } from "../text/numbers";
import { displayValue } from "../text/format";
import type { Field, SourceCell } from "../table/fields";
import type { BudgetColumn, Column, SchoolTable, TableRow } from "../table/model";
import { a1 } from "../grid";
import { memoByKey, memoByText } from "../text/memo";
import { namesFormerDivision } from "../table/headers";
import type { BudgetCellReading, BudgetSplitReading } from "./budget";
import { readBudget, readBudgetCell, readBudgetSplit } from "./budget";
import { dateProblem } from "./date-bounds";
import { currentOf } from "./current";
import { currentPlace, schoolKey } from "./keys";
import type { CheckOptions } from "./options";
import { referenceDateOf } from "./options";
import type { SharedReadings } from "./readings";
import { dateKey, sharedReadings } from "./readings";
import { NO_SECTION } from "../table/sections";
import type { CodeField, DateField, FieldCell, Levels, Read, SchoolRecord } from "./record";

const CODE_COLUMNS: Readonly<Record<CodeField, CodeColumn>> = {
  combinedCode: "combined",
  accreditation: "accreditation",
  standard: "standard",
  target: "combined",
};

const DATE_FIELDS: readonly DateField[] = ["decisionDate", "previousDate", "expiry", "founded"];

function read<P>(raw: CellValue, parse: (v: CellValue) => P): Read<P> {
  return isCellError(raw) ? { kind: "error", code: raw.error } : parse(raw);
}

function okDate(r: Read<DateParse> | undefined | null): DateValue | null {
  return r && r.kind === "ok" ? r.value : null;
}

function text(raw: CellValue): string | null {
  if (isCellError(raw)) return null;
  return displayValue(raw);
}

/** A table without any date column describes the recognitions to come (the Hương Trà appendix). */
export function isUndated(table: SchoolTable): boolean {
  const c = table.columns;
  return !c.decisionDate && !c.previousDate && !c.expiry;
}

function levelsOf(codes: Partial<Record<CodeField, Read<CodeParse>>>, shared: SharedReadings): Levels {
  const pick = (f: CodeField, k: "accreditation" | "standard"): number | null => {
    const r = codes[f];
    return r && r.kind === "ok" ? r[k] : null;
  };
  return shared.levels(
    pick("accreditation", "accreditation") ?? pick("combinedCode", "accreditation"),
    pick("standard", "standard") ?? pick("combinedCode", "standard"),
  );
}

/** A record's cell. Its address is built only when a finding points at it: most cells are fine. */
class RecordCell implements FieldCell {
  constructor(
    private readonly sheet: string,
    private readonly row: number,
    private readonly column: Column,
    readonly raw: CellValue,
  ) {}
  get source(): SourceCell {
    return {
      sheet: this.sheet,
      row: this.row,
      col: this.column.col,
      address: a1(this.row, this.column.col),
      header: this.column.header,
    };
  }
}

type RowCells = Partial<Record<Field, FieldCell>>;

/** The columns of a budget split by source, each with the Column its cells point at. */
interface SplitColumns {
  readonly sources: readonly { readonly info: BudgetColumn; readonly column: Column }[];
  readonly total: { readonly info: BudgetColumn; readonly column: Column } | null;
}

function splitColumnsOf(table: SchoolTable): SplitColumns | null {
  const split = table.budgetSplit;
  if (!split) return null;
  const of = (info: BudgetColumn) => ({
    info,
    column: { field: "budget" as const, col: info.col, header: info.header, how: "header" as const },
  });
  return { sources: split.sources.map(of), total: split.total ? of(split.total) : null };
}

/** A row's budget split by source: each cell read in its column's unit. */
function readSplit(
  table: SchoolTable,
  row: TableRow,
  split: SplitColumns,
  fundingSource: string | null,
): BudgetSplitReading {
  const cellOf = (c: { readonly info: BudgetColumn; readonly column: Column }): BudgetCellReading => {
    const raw = row.values[c.info.col - table.left] ?? null;
    const cell = new RecordCell(table.sheet, row.row, c.column, raw);
    return readBudgetCell(cell, read(raw, parseNumber), c.info.unit, c.info.source);
  };
  return readBudgetSplit(split.sources.map(cellOf), split.total ? cellOf(split.total) : null, fundingSource);
}

/**
 * The cells of a table's rows: one small object a row whose fields (getters shared by the whole
 * table) make a cell when a rule asks for it. A national list has millions of cells and few findings.
 */
function rowCellsOf(table: SchoolTable, columns: readonly Column[]): (row: TableRow) => RowCells {
  // A class per table: each row's object is made by one constructor, with the getters on its
  // prototype (cheaper than an object created with a property descriptor for every row).
  class Cells {
    constructor(readonly of: TableRow) {}
  }
  const shape: object = Cells.prototype;
  for (const column of columns) {
    Object.defineProperty(shape, column.field, {
      enumerable: true,
      get(this: { readonly of: TableRow }): FieldCell {
        return new RecordCell(
          table.sheet,
          this.of.row,
          column,
          this.of.values[column.col - table.left] ?? null,
        );
      },
    });
  }
  return (row) => new Cells(row) as RowCells;
}

/** Lists repeat the same dates ("15/03/2019", 2020) thousands of times: parse each once. */
const parseDateText = memoByText((text: string) => parseDate(text));
const parseDateNumber = memoByText((text: string) => parseDate(Number(text)));
function parseDateCell(value: CellValue): DateParse {
  if (typeof value === "string") return parseDateText(value);
  if (typeof value === "number") return parseDateNumber(String(value));
  return parseDate(value);
}

/** The regime of a recognition date; lists hold a few hundred distinct dates. */
const cachedRegime = memoByKey(dateKey, (date: DateValue): RegimeChoice => regimeFor(date, null));

const formerDistrict = memoByText(namesFormerDivision);

/** Turns one school row into a record; never throws, whatever the cells hold. */
function interpretRow(
  table: SchoolTable,
  row: TableRow,
  options: CheckOptions,
  shared: SharedReadings,
  cellsOf: (row: TableRow) => RowCells,
  split: SplitColumns | null,
): SchoolRecord {
  const columns = table.columns;
  const raw = (f: Field): CellValue => {
    const column = columns[f];
    return column ? (row.values[column.col - table.left] ?? null) : null;
  };

  const name = text(raw("name"));
  const section = row.context ?? NO_SECTION;
  const communeWritten = text(raw("commune"));
  const places = {
    province: text(raw("province")) ?? section.province?.value ?? null,
    // A former district does not tell two communes apart: one ward of the new map may take in parts
    // of two old districts, and is still one ward.
    district: formerDistrict(columns.district?.header ?? "")
      ? null
      : (text(raw("district")) ?? section.district?.value ?? null),
    commune:
      (communeWritten === null ? null : currentPlace(communeWritten)) ?? section.commune?.value ?? null,
  };

  const codes: Partial<Record<CodeField, Read<CodeParse>>> = {};
  for (const f of Object.keys(CODE_COLUMNS) as CodeField[]) {
    if (columns[f]) codes[f] = read(raw(f), (v) => parseCode(v, CODE_COLUMNS[f]));
  }

  const dates: Partial<Record<DateField, Read<DateParse>>> = {};
  for (const f of DATE_FIELDS) if (columns[f]) dates[f] = read(raw(f), parseDateCell);

  const planYearCell = columns.planYear ? read(raw("planYear"), parseDateCell) : null;
  // A history's action column says what was done on the row's date: the row plans nothing.
  const actionCell = columns.action && !table.history ? read(raw("action"), parseAction) : null;
  // Its own plan-year cell, else the year a note plans the action for ("Công nhận lại năm 2028"),
  // else the year chosen.
  const noted = actionCell && actionCell.kind === "ok" ? actionCell.year : null;
  const planYear =
    planYearCell && planYearCell.kind === "ok"
      ? planYearCell.value.date.y
      : noted !== null && noted >= options.planYear
        ? noted
        : (table.ownYear ?? options.planYear);

  const action =
    actionCell && actionCell.kind === "ok"
      ? actionCell.action
      : (!actionCell || actionCell.kind === "empty") && !table.history
        ? (section.action?.value ?? null)
        : null;

  const targetCode = codes.target;
  const target: Levels | null =
    targetCode && targetCode.kind === "ok"
      ? shared.levels(targetCode.accreditation, targetCode.standard)
      : actionCell && actionCell.kind === "ok"
        ? actionCell.target
        : null;

  const budgetCell = columns.budget ? read(raw("budget"), parseNumber) : null;
  const fundingSource = text(raw("fundingSource"));
  const budgetSplit = split ? readSplit(table, row, split, fundingSource) : null;
  const budget = budgetSplit
    ? {
        amount: budgetSplit.shares.length === 0 ? null : budgetSplit.shares.reduce((a, s) => a + s.amount, 0),
        issue: null,
      }
    : readBudget(budgetCell, table.budgetUnit);

  const recognised = okDate(dates.decisionDate) ?? okDate(dates.previousDate);
  const regime = chooseRegime(table, recognised, action, planYear, options);
  const expiry = okDate(dates.expiry) ?? (recognised ? shared.expiry(recognised, regime.regime) : null);

  const typeRaw = raw("type");
  const columnType: SchoolRecord["columnType"] =
    !columns.type || text(typeRaw) === null
      ? null
      : read(typeRaw, (v) => {
          const t = typeFromColumn(v);
          return t ? { kind: "ok" as const, type: t } : { kind: "invalid" as const, text: text(v) ?? "" };
        });
  const nameType = name ? typeFromName(name) : null;
  const type =
    (columnType && columnType.kind === "ok" ? columnType.type : null) ??
    nameType?.type ??
    section.type?.value ??
    null;
  const written = levelsOf(codes, shared);
  // A first recognition whose row writes a level of the standard and no date, in a list that dates
  // its recognitions: the level is the one sought ("Công nhận mới | CĐ2-MĐ1 | (trống)"), not held.
  const sought =
    action === "new" &&
    recognised === null &&
    expiry === null &&
    written.standard !== null &&
    !isUndated(table);
  const levels = sought ? shared.levels(null, null) : written;
  const recognisedNow =
    (recognised !== null || expiry !== null) &&
    ((!table.columns.combinedCode && !table.columns.accreditation && !table.columns.standard) ||
      levels.accreditation !== null ||
      levels.standard !== null);

  return {
    table,
    tableRow: row,
    sheet: table.sheet,
    row: row.row,
    cells: cellsOf(row),
    name,
    province: places.province,
    district: places.district,
    commune: places.commune,
    // Rows without a name are schools too (missing-value says so), each its own.
    // Two "MN Hoa Sen" of "Phường Đông Hà (Phường 1 cũ)" and "(Phường 5 cũ)" are two schools: the key
    // keeps the former ward the list writes, while the figures group both under the ward of today.
    key:
      name === null
        ? `#${table.sheet}!${row.row}`
        : schoolKey(
            name,
            communeWritten === null ? places : { ...places, commune: communeWritten },
            nameType,
          ),
    nameType,
    columnType,
    type,
    codes,
    levels,
    dates,
    recognised,
    expiry,
    founded: okDate(dates.founded),
    planYearCell,
    planYear,
    actionCell,
    action,
    target: target ?? (sought ? written : null),
    budgetCell,
    budget: budget.amount,
    budgetIssue: budget.issue,
    budgetSplit,
    fundingSource,
    regime,
    status: recognisedNow && expiry ? shared.status(expiry, regime.regime) : null,
  };
}

function chooseRegime(
  table: SchoolTable,
  recognised: DateValue | null,
  action: SchoolRecord["action"],
  planYear: number,
  options: CheckOptions,
): RegimeChoice {
  if (options.regime) return regimeFor(null, options.regime);
  // A recognition "in the future" is a typing slip the check reports: it says nothing of the regime.
  if (
    recognised &&
    dateProblem("decisionDate", { kind: "ok", value: recognised }, options.planYear)?.reason !== "future"
  )
    return cachedRegime(recognised);
  // In an undated plan list the code is the level to be recognised in the plan year.
  if (action && isUndated(table))
    return regimeFor({ date: { y: planYear, m: 1, d: 1 }, precision: "year" }, null);
  return regimeFor(null, null);
}

export function interpretTable(table: SchoolTable, options: CheckOptions): SchoolRecord[] {
  const records = interpretRows(table, table.rows, options);
  return table.history ? withSuperseded(records) : records;
}

/**
 * In a history of recognitions, a school's earlier rows hold recognitions its later ones replaced
 * (2017's, renewed in 2022): they are neither in force nor lapsed, so they carry no status. The row
 * kept is the one the summaries count the school by.
 */
function withSuperseded(records: SchoolRecord[]): SchoolRecord[] {
  const bySchool = new Map<string, SchoolRecord[]>();
  for (const r of records) {
    const rows = bySchool.get(r.key);
    if (rows) rows.push(r);
    else bySchool.set(r.key, [r]);
  }
  const current = new Set<SchoolRecord>();
  for (const rows of bySchool.values()) current.add(currentOf(rows));
  return records.map((r) => (current.has(r) || r.status === null ? r : { ...r, status: null }));
}

/** The records of some of a table's rows (its school rows among them), in their order. */
export function interpretRows(
  table: SchoolTable,
  rows: readonly TableRow[],
  options: CheckOptions,
): SchoolRecord[] {
  const columns = Object.values(table.columns).filter((c): c is Column => c !== undefined);
  const out: SchoolRecord[] = [];
  const shared = sharedReadings(referenceDateOf(options));
  const cellsOf = rowCellsOf(table, columns);
  const split = splitColumnsOf(table);
  for (const row of rows)
    if (row.kind === "school") out.push(interpretRow(table, row, options, shared, cellsOf, split));
  return out;
}
