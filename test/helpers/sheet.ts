/**
 * Builders of realistic worksheets for rule tests: title rows merged across the table, a header,
 * school rows (and group, total, footer rows when a case needs them), placed at real worksheet
 * coordinates so a test can say which cell a finding must point at.
 *
 *   const s = sheet({
 *     title: ["DANH SÁCH TRƯỜNG HỌC HUYỆN CAO LỘC", "(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2024)"],
 *     header: ["STT", "Tên trường", "Xã/phường", "KĐCLGD", "CQG", "Năm công nhận"],
 *     rows: [[1, "MN Hoa Sen", "Xã Ia Chim", 2, 1, 2019], …],
 *   });
 *   const found = only(check(s, { planYear: 2025 }), "renewal-due");
 *   expect(found).toEqual([{ row: s.row(0), cell: s.cell(0, "Năm công nhận"), severity: "info" }]);
 */
import type { Finding } from "../../src/core/findings/finding";
import type { Severity } from "../../src/core/findings/severity";
import type { CellRange, CellValue, Grid, GridTable } from "../../src/core/grid";
import { a1 } from "../../src/core/grid";
import type { RuleId } from "../../src/core/rules/registry";
import type { DayDate } from "../../src/core/text/dates";
import { toExcelSerial } from "../../src/core/text/dates";
import { checkGrids } from "../../src/app/check";
import type { Choices } from "../../src/app/choices";

export interface SheetSpec {
  /** Worksheet name; "DS trường" when omitted. */
  readonly name?: string;
  /** Title lines above the table, each merged across the header's width. */
  readonly title?: readonly string[];
  /** Blank rows between the title and the header (1 when there is a title, else 0). */
  readonly gap?: number;
  readonly header: readonly string[];
  /** Data rows in order: school rows, and group / total rows where the case needs them. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Lines below the table after one blank row ("Danh sách này gồm: 5 đơn vị./."). */
  readonly footer?: readonly string[];
  /** Worksheet column of the header's first cell (1 = A). */
  readonly left?: number;
  /** Makes the list an Excel table (ListObject) with this name, covering header and rows. */
  readonly table?: string;
}

/** A Grid that also knows where its rows and columns are. */
export interface TestSheet extends Grid {
  /** Worksheet row of `rows[index]` (0-based index into the spec's rows). */
  row(index: number): number;
  /** Worksheet column of the header cell written exactly `header`. */
  col(header: string): number;
  /** A1 address of `rows[index]` in the column headed `header`. */
  cell(index: number, header: string): string;
  /** Worksheet row of the header. */
  readonly headerRow: number;
}

/** Worksheet row of `rows[index]` for a spec, without building the sheet. */
export function rowOf(spec: SheetSpec, index: number): number {
  return headerRowOf(spec) + 1 + index;
}

function headerRowOf(spec: SheetSpec): number {
  const titles = spec.title?.length ?? 0;
  const gap = spec.gap ?? (titles > 0 ? 1 : 0);
  return titles + gap + 1;
}

export function sheet(spec: SheetSpec): TestSheet {
  const left = spec.left ?? 1;
  const width = spec.header.length;
  const right = left + width - 1;
  const headerRow = headerRowOf(spec);
  const pad = (values: readonly CellValue[]): CellValue[] => [
    ...(new Array<CellValue>(left - 1).fill(null) as CellValue[]),
    ...values,
  ];

  const cells: CellValue[][] = [];
  const merges: CellRange[] = [];
  (spec.title ?? []).forEach((line, i) => {
    cells.push(pad([line]));
    if (width > 1) merges.push({ top: i + 1, left, bottom: i + 1, right });
  });
  while (cells.length < headerRow - 1) cells.push([]);
  cells.push(pad(spec.header));
  for (const r of spec.rows) {
    if (r.length > width) throw new RangeError(`row ${JSON.stringify(r)} is wider than the header`);
    cells.push(pad(r));
  }
  const lastData = headerRow + spec.rows.length;
  if (spec.footer && spec.footer.length > 0) {
    cells.push([]);
    spec.footer.forEach((line) => {
      cells.push(pad([line]));
      if (width > 1) merges.push({ top: cells.length, left, bottom: cells.length, right });
    });
  }

  const tables: GridTable[] = spec.table
    ? [{ name: spec.table, range: { top: headerRow, left, bottom: lastData, right }, hasHeader: true }]
    : [];

  const col = (header: string): number => {
    const i = spec.header.indexOf(header);
    if (i < 0) throw new RangeError(`no column headed ${JSON.stringify(header)}`);
    return left + i;
  };
  const row = (index: number): number => {
    if (!Number.isInteger(index) || index < 0 || index >= spec.rows.length) {
      throw new RangeError(`no data row ${index}`);
    }
    return headerRow + 1 + index;
  };
  return {
    sheet: spec.name ?? "DS trường",
    top: 1,
    left: 1,
    cells,
    merges,
    tables,
    headerRow,
    row,
    col,
    cell: (index, header) => a1(row(index), col(header)),
  };
}

/** A fixed "today" for checks that leave the plan year to the workbook. */
export const TODAY = new Date(Date.UTC(2026, 11, 4));

/** Every finding of the workbook made of these sheets, through the pipeline every front end runs. */
export function check(grid: Grid | readonly Grid[], choices: Choices): readonly Finding[] {
  const grids: readonly Grid[] = isGrid(grid) ? [grid] : grid;
  return checkGrids(grids, choices, { today: TODAY }).findings;
}

function isGrid(g: Grid | readonly Grid[]): g is Grid {
  return !Array.isArray(g);
}

/** What a rule test compares: where, how severe, and the fix when there is one. */
export interface Hit {
  readonly row: number | null;
  readonly cell: string | null;
  readonly severity: Severity;
  readonly fix?: string | number;
}

/** The findings of one rule, reduced to what a case states, in report order. */
export function only(findings: readonly Finding[], ruleId: RuleId): Hit[] {
  return findings
    .filter((f) => f.rule === ruleId)
    .map((f) => ({
      row: f.row,
      cell: f.cell,
      severity: f.severity,
      ...(f.fix !== undefined ? { fix: f.fix } : {}),
    }));
}

/** A finding a case expects: data row index (into the spec's rows), column header, severity, fix. */
export type Expected =
  | readonly [index: number, header: string, severity: Severity]
  | readonly [index: number, header: string, severity: Severity, fix: string | number];

/** The hits a case expects, at the sheet's real coordinates, in the order given. */
export function hits(s: TestSheet, expected: readonly Expected[]): Hit[] {
  return expected.map(([index, header, severity, fix]) => ({
    row: s.row(index),
    cell: s.cell(index, header),
    severity,
    ...(fix !== undefined ? { fix } : {}),
  }));
}

/** The full findings of one rule, for message, basis and regime assertions. */
export function findingsOf(findings: readonly Finding[], ruleId: RuleId): Finding[] {
  return findings.filter((f) => f.rule === ruleId);
}

/** An Excel date cell as hosts hand it over (exceljs: a Date at UTC midnight). */
export function excelDate(d: number, m: number, y: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/** The Excel serial number of a day, as a date cell read without its format gives it. */
export function serial(d: number, m: number, y: number): number {
  const day: DayDate = { y, m, d };
  return toExcelSerial(day);
}

/** Text written with combining accents ("Unicode tổ hợp"), as some lists are typed. */
export function nfd(text: string): string {
  return text.normalize("NFD");
}

/** Check options of a plan year, with the default reference date 31/12 of that year made explicit. */
export function planOptions(
  planYear: number,
  extra: Omit<Choices, "planYear"> = {},
): Choices & { readonly planYear: number } {
  return { planYear, referenceDate: { y: planYear, m: 12, d: 31 }, ...extra };
}
