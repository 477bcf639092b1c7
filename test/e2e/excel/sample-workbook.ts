/**
 * The built-in sample district list (src/hosts/file/sample.ts, with its planted faults) as a
 * `WorkbookSpec` for the fake Office, converted in Node with exceljs and handed to the page as JSON.
 * The browser bundle of the fake stays free of exceljs and of data.
 *
 * On top of the sample's values, formulas, number formats and merges, the district has formatted its
 * list the way lists are formatted, so that "Bỏ đánh dấu" has something to put back exactly:
 *
 * | cells    | user's formatting                                                       |
 * |----------|-------------------------------------------------------------------------|
 * | A5:J6    | header: light blue fill #D9E1F2                                         |
 * | B37:J37  | "Tổng cộng" row: dark blue fill #305496, white bold text (I37 is a finding) |
 * | G23      | an explicit white fill, which is not "no fill" (a finding: #N/A)        |
 * | E11      | a hatched yellow fill, pattern LightUp in red (a finding: "cấp độ 2")    |
 *
 * The workbook also carries the add-in's setting `planYear: 2024`, as a workbook the district used
 * last year would: the sample's faults are planted for the plan year 2024.
 */
import ExcelJS from "exceljs";
import type { CellSpec, SheetSpec, WorkbookSpec } from "../../fakes/office";
import {
  buildSampleWorkbook,
  SAMPLE_FILE_NAME,
  SAMPLE_PLAN_YEAR,
  SAMPLE_SHEET,
} from "../../../src/hosts/file/sample";

export { SAMPLE_PLAN_YEAR, SAMPLE_SHEET };
export const LOOKUP_SHEET = "Tra cứu QĐ";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type CellObject = Mutable<Exclude<CellSpec, string | number | boolean | null | undefined>>;

export const USER_FILLS = {
  header: "#D9E1F2",
  total: "#305496",
  totalFont: "#FFFFFF",
  white: "#FFFFFF",
  hatch: { color: "#FFFF00", pattern: "LightUp", patternColor: "#FF0000", tintAndShade: 0 },
} as const;

/** "FFRRGGBB" (exceljs) → "#RRGGBB". */
function colour(argb: string | undefined): string | undefined {
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

function valueSpec(value: ExcelJS.CellValue): CellObject | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { value };
  if (value instanceof Date) {
    // Excel's serial day number (the 1900 system), as office-js reads a date.
    return { value: value.getTime() / 86_400_000 + 25_569 };
  }
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return { value: value.richText.map((r) => r.text).join("") };
  if ("hyperlink" in value) return { value: String(value.text) };
  if ("formula" in value || "sharedFormula" in value) {
    const formula = `=${"formula" in value ? value.formula : value.sharedFormula}`;
    const result = value.result;
    if (result !== null && typeof result === "object" && "error" in result)
      return { formula, error: result.error };
    if (typeof result === "string" || typeof result === "number" || typeof result === "boolean")
      return { formula, value: result };
    return { formula };
  }
  throw new Error(`sample-workbook: a cell value the converter does not know: ${JSON.stringify(value)}`);
}

function cellSpec(cell: ExcelJS.Cell): CellObject | null {
  const out = valueSpec(cell.value) ?? {};
  if (cell.numFmt && cell.numFmt !== "General") out.numberFormat = cell.numFmt;
  const fill = cell.fill;
  if (fill?.type === "pattern" && fill.pattern !== "none") {
    const fg = colour(fill.fgColor?.argb);
    if (fg) out.fill = fg;
  }
  return Object.keys(out).length > 0 ? out : null;
}

function sheetSpec(ws: ExcelJS.Worksheet): SheetSpec {
  const rows: CellSpec[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const line: CellSpec[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged area's value lives in its first cell; exceljs shows it in every cell of the area.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      line[c - 1] = cellSpec(cell);
    });
    rows[r - 1] = line;
  });
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return { name: ws.name, rows: Array.from(rows, (r) => r ?? []), merges };
}

/** Puts the district's own formatting (see the table above) over the sample list. */
function formatted(list: SheetSpec): SheetSpec {
  const rows = (list.rows ?? []).map((r) => [...r]);
  const style = (row: number, col: number, extra: Partial<CellObject>) => {
    const line = rows[row - 1] ?? [];
    rows[row - 1] = line;
    const had = line[col - 1];
    const base: CellObject =
      had === null || had === undefined ? {} : typeof had === "object" ? { ...had } : { value: had };
    line[col - 1] = { ...base, ...extra };
  };
  for (const row of [5, 6]) for (let col = 1; col <= 10; col++) style(row, col, { fill: USER_FILLS.header });
  for (let col = 2; col <= 10; col++)
    style(37, col, { fill: USER_FILLS.total, fontColor: USER_FILLS.totalFont, bold: true });
  style(23, 7, { fill: USER_FILLS.white });
  style(11, 5, { fill: { ...USER_FILLS.hatch } });
  return { ...list, rows };
}

/** The sample workbook as the fake's spec: "Danh sách" (formatted) and "Tra cứu QĐ". */
export function sampleWorkbookSpec(): WorkbookSpec {
  const wb = buildSampleWorkbook();
  const sheets = wb.worksheets.map(sheetSpec);
  const list = sheets.find((s) => s.name === SAMPLE_SHEET);
  if (!list || valueOfSpec(list.rows?.[36]?.[1]) !== "Tổng cộng")
    throw new Error(
      "sample-workbook: the sample changed shape (no “Tổng cộng” in B37); update the formatting",
    );
  return {
    name: SAMPLE_FILE_NAME,
    sheets: sheets.map((s) => (s === list ? formatted(s) : s)),
    active: SAMPLE_SHEET,
    settings: { planYear: SAMPLE_PLAN_YEAR },
  };
}

function valueOfSpec(c: CellSpec): unknown {
  return c !== null && typeof c === "object" ? c.value : c;
}
