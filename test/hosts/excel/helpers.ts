/**
 * Shared set-up of the Excel host's tests: a fake Office over a fake workbook, and the Grid a sheet
 * spec must read as (computed from the spec alone, not through the host).
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import { parseRangeA1 } from "../../../src/core/grid";
import type { ApiSupport } from "../../../src/hosts/excel/api";
import { ExcelHost, createExcelHost } from "../../../src/hosts/excel/host";
import type {
  CellSpec,
  FakeOfficeOptions,
  InstalledFakeOffice,
  SheetSpec,
  WorkbookSpec,
} from "../../fakes/office";
import { buildWorkbook, installFakeOffice } from "../../fakes/office";

export interface Setup {
  readonly office: InstalledFakeOffice;
  readonly host: ExcelHost;
}

let installed: InstalledFakeOffice | null = null;

/** Installs the fake over a new workbook and creates the host; counters start at zero after that. */
export async function setup(spec: WorkbookSpec, options: FakeOfficeOptions = {}): Promise<Setup> {
  installed?.uninstall();
  const office = installFakeOffice(buildWorkbook(spec), options);
  installed = office;
  const host = await createExcelHost();
  office.stats.reset();
  return { office, host };
}

export function teardown(): void {
  installed?.uninstall();
  installed = null;
}

export const API_17: ApiSupport = { v1_8: false, v1_9: false, v1_13: false };

function specValue(c: CellSpec): CellValue {
  if (c === null || c === undefined || c === "") return null;
  if (typeof c !== "object") return c;
  if (c.error !== undefined) return { error: c.error };
  const v = c.value;
  return v === undefined || v === "" ? (c.formula !== undefined ? 0 : null) : v;
}

/** The Grid a sheet spec reads as: used range from its first to last non-empty cell, rows trimmed. */
export function expectedGrid(spec: SheetSpec, options: { merges?: boolean } = {}): Grid {
  const top0 = spec.top ?? 1;
  const left0 = spec.left ?? 1;
  const rows = (spec.rows ?? []).map((r) => r.map(specValue));
  let first = -1;
  let last = -1;
  let minCol = Infinity;
  rows.forEach((r, i) => {
    r.forEach((v, j) => {
      if (v === null) return;
      if (first < 0) first = i;
      last = i;
      minCol = Math.min(minCol, j);
    });
  });
  if (first < 0) return { sheet: spec.name, top: 1, left: 1, cells: [], merges: [], tables: [] };
  const cells = rows.slice(first, last + 1).map((r) => {
    const line = r.slice(minCol);
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    return line;
  });
  return {
    sheet: spec.name,
    top: top0 + first,
    left: left0 + minCol,
    cells,
    merges: options.merges === false ? [] : (spec.merges ?? []).map((m) => parseRangeA1(m)!),
    tables: (spec.tables ?? []).map((t) => ({
      name: t.name,
      range: parseRangeA1(t.range)!,
      hasHeader: true,
    })),
  };
}

export { ExcelHost };
