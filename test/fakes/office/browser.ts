/**
 * The fake Office as a browser script, served in place of office.js to the task pane in the browser
 * tests (built by webpack.e2e.config.js into dist/e2e/fake-office.js; test/e2e/excel routes the CDN
 * URL of office.js to it).
 *
 * The workbook comes from the page, not from the bundle: the test puts a `WorkbookSpec` (plain JSON)
 * on `window.__kdclFakeWorkbook` with `page.addInitScript` before the pane loads. The bundle therefore
 * holds only the fake (no exceljs, no data) and is rebuilt only when the fake changes; each test chooses
 * its own workbook. Without a spec the workbook has one empty sheet.
 *
 * Like office.js it defines `Office` (host Excel, `onReady` resolving) and `Excel`, then exposes
 * `window.__kdclFake`, a small inspector the test reads with `page.evaluate`. Everything it returns is
 * JSON, copied out of the workbook, so a test can never change the workbook behind the pane's back.
 */
import type { WorkbookSpec } from "./builder";
import { buildWorkbook, fillIn, fontColorIn, formulaIn } from "./builder";
import { installFakeOffice } from "./install";
import type { FakeFill } from "./model";
import { cellAtModel, findSheet, rectA1, snapshotSheet } from "./model";
import type { FakeOfficeOptions } from "./proxy";
import { parseAddress } from "./address";
import { valueOf } from "./typing";

export type FakeValue = string | number | boolean;

export interface FakeSelection {
  readonly sheet: string;
  /** A1, without the sheet: "B25", "A1:C3". */
  readonly address: string;
}

export interface FakeSyncStats {
  readonly syncs: number;
  readonly runs: number;
  readonly totalBytes: number;
  readonly maxRequestBytes: number;
  readonly operations: number;
  /** Error codes of requests Excel would have refused. */
  readonly failures: readonly string[];
}

/** What a browser test may ask of the fake workbook. */
export interface FakeInspector {
  /** Every sheet, in tab order (hidden ones too). */
  sheetNames(): string[];
  activeSheet(): string | null;
  selection(): FakeSelection | null;
  /** What `range.values` answers, row by row. */
  values(sheet: string, address: string): FakeValue[][];
  /** What `range.formulas` answers for one cell. */
  formula(sheet: string, address: string): FakeValue;
  /** Fill colour of each cell, null for "no fill". */
  fillColors(sheet: string, address: string): (string | null)[][];
  /** Font colour of each cell, null for the automatic colour. */
  fontColors(sheet: string, address: string): (string | null)[][];
  /** The whole fill of each cell (pattern, tint…), null for "no fill". */
  fills(sheet: string, address: string): (FakeFill | null)[][];
  /** Everything a user could see in a sheet, for "nothing changed" comparisons. */
  snapshot(sheet: string): unknown;
  /** Settings as stored in the workbook (parsed JSON). */
  settings(): Record<string, unknown>;
  /** Counters since the page loaded, or since `resetStats`. */
  stats(): FakeSyncStats;
  resetStats(): void;
}

declare global {
  interface Window {
    /** Set by the test before the pane loads: the workbook the fake starts with. */
    __kdclFakeWorkbook?: WorkbookSpec;
    __kdclFakeOptions?: FakeOfficeOptions;
    /** Set by this bundle. */
    __kdclFake?: FakeInspector;
  }
}

const EMPTY: WorkbookSpec = { name: "Book1.xlsx", sheets: [{ name: "Sheet1" }] };

function rows<T>(address: string, f: (row: number, col: number) => T): T[][] {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`Not an address: ${address}`);
  const { rect } = parsed;
  const out: T[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const line: T[] = [];
    for (let col = rect.left; col <= rect.right; col++) line.push(f(row, col));
    out.push(line);
  }
  return out;
}

/** Plain JSON, so nothing the test receives shares objects with the workbook. */
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v ?? null)) as T;

function install(): FakeInspector {
  const workbook = buildWorkbook(window.__kdclFakeWorkbook ?? EMPTY);
  const office = installFakeOffice(workbook, window.__kdclFakeOptions ?? {});
  const sheet = (name: string) => {
    const s = findSheet(workbook, name);
    if (!s) throw new Error(`No sheet ${name}`);
    return s;
  };
  return {
    sheetNames: () => workbook.sheets.filter((s) => !s.deleted).map((s) => s.name),
    activeSheet: () => workbook.activeSheet?.name ?? null,
    selection: () =>
      workbook.selection
        ? { sheet: workbook.selection.sheet.name, address: rectA1(workbook.selection.range) }
        : null,
    values: (name, address) => {
      const s = sheet(name);
      return rows(address, (r, c) => valueOf(cellAtModel(s, r, c)));
    },
    formula: (name, address) => formulaIn(workbook, name, address),
    fillColors: (name, address) => {
      sheet(name);
      return rows(address, (r, c) =>
        fillIn(workbook, name, rectA1({ top: r, left: c, bottom: r, right: c })),
      );
    },
    fontColors: (name, address) => {
      sheet(name);
      return rows(address, (r, c) =>
        fontColorIn(workbook, name, rectA1({ top: r, left: c, bottom: r, right: c })),
      );
    },
    fills: (name, address) => {
      const s = sheet(name);
      return rows(address, (r, c) => copy(cellAtModel(s, r, c)?.fill ?? null));
    },
    snapshot: (name) => snapshotSheet(sheet(name)),
    settings: () =>
      Object.fromEntries([...workbook.settings.entries()].map(([k, v]) => [k, JSON.parse(v) as unknown])),
    stats: () => ({ ...office.stats.summary(), failures: [...office.stats.failures] }),
    resetStats: () => office.stats.reset(),
  };
}

window.__kdclFake = install();
