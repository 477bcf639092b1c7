/**
 * Building a fake workbook from arrays, and looking into it afterwards.
 *
 *   const wb = buildWorkbook({
 *     sheets: [{ name: "DS trường", rows: [["STT", "Tên trường"], [1, { value: "MN Hoa Sen", fill: "#FFFF00" }]],
 *                merges: ["A1:F1"], tables: [{ name: "DS", range: "A3:F40" }] }],
 *     settings: { lang: "vi" },
 *   });
 */
import type { CellRange } from "../../../src/core/grid";
import { parseAddress } from "./address";
import type { FakeCell, FakeFill, FakeSheet, FakeWorkbook } from "./model";
import { addSheet, cellAtModel, emptyWorkbook, ensureCell, findSheet, nameFormula, newId } from "./model";
import { formulaOf, valueOf } from "./typing";

/** A cell as a test writes it: a plain value is stored as is (strings stay text). */
export type CellSpec =
  | string
  | number
  | boolean
  | null
  | undefined
  | {
      readonly value?: string | number | boolean | null;
      readonly formula?: string;
      readonly error?: string;
      readonly numberFormat?: string;
      /** A colour for a solid fill, a full fill, or null for none. */
      readonly fill?: string | FakeFill | null;
      readonly fontColor?: string;
      readonly bold?: boolean;
    };

export interface SheetSpec {
  readonly name: string;
  readonly rows?: readonly (readonly CellSpec[])[];
  /** Worksheet row and column of rows[0][0] (1-based); 1 when omitted. */
  readonly top?: number;
  readonly left?: number;
  readonly merges?: readonly string[];
  readonly tables?: readonly {
    readonly name: string;
    readonly range: string;
    readonly showTotals?: boolean;
  }[];
  readonly visibility?: FakeSheet["visibility"];
}

export interface WorkbookSpec {
  readonly name?: string;
  readonly sheets: readonly SheetSpec[];
  readonly active?: string;
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly names?: readonly { readonly name: string; readonly reference: string }[];
}

function rectOf(address: string): CellRange {
  const p = parseAddress(address);
  if (!p) throw new Error(`Bad address ${address}`);
  return p.rect;
}

export function setCell(sheet: FakeSheet, row: number, col: number, spec: CellSpec): void {
  if (spec === null || spec === undefined) return;
  const cell = ensureCell(sheet, row, col);
  if (typeof spec !== "object") {
    cell.value = spec === "" ? null : spec;
    return;
  }
  if (spec.value !== undefined) cell.value = spec.value === "" ? null : spec.value;
  if (spec.formula !== undefined) {
    cell.formula = spec.formula;
    if (spec.value === undefined) cell.value = 0;
  }
  if (spec.error !== undefined) {
    cell.error = spec.error;
    cell.value = null;
  }
  if (spec.numberFormat !== undefined) cell.numberFormat = spec.numberFormat;
  if (spec.fill !== undefined) {
    cell.fill =
      spec.fill === null
        ? null
        : typeof spec.fill === "string"
          ? { color: spec.fill.toUpperCase(), pattern: "Solid", patternColor: null, tintAndShade: 0 }
          : { ...spec.fill };
  }
  if (spec.fontColor !== undefined || spec.bold !== undefined) {
    cell.font = {
      ...(spec.fontColor !== undefined ? { color: spec.fontColor.toUpperCase() } : {}),
      ...(spec.bold !== undefined ? { bold: spec.bold } : {}),
    };
  }
}

export function addSheetFromSpec(wb: FakeWorkbook, spec: SheetSpec): FakeSheet {
  const sheet = addSheet(wb, spec.name);
  if (spec.visibility) sheet.visibility = spec.visibility;
  const top = spec.top ?? 1;
  const left = spec.left ?? 1;
  (spec.rows ?? []).forEach((row, i) => row.forEach((c, j) => setCell(sheet, top + i, left + j, c)));
  for (const m of spec.merges ?? []) sheet.merges.push(rectOf(m));
  for (const t of spec.tables ?? []) {
    wb.tables.push({
      id: newId(wb, "table"),
      name: t.name,
      sheet,
      range: rectOf(t.range),
      showHeaders: true,
      showTotals: t.showTotals ?? false,
      showFilterButton: true,
      style: "TableStyleMedium2",
    });
  }
  return sheet;
}

export function buildWorkbook(spec: WorkbookSpec): FakeWorkbook {
  const wb = emptyWorkbook(spec.name ?? "DanhSach.xlsx");
  for (const s of spec.sheets) addSheetFromSpec(wb, s);
  if (spec.active) wb.activeSheet = findSheet(wb, spec.active);
  for (const [k, v] of Object.entries(spec.settings ?? {})) wb.settings.set(k, JSON.stringify(v));
  for (const n of spec.names ?? []) {
    const p = parseAddress(n.reference);
    const sheet = p?.sheet ? findSheet(wb, p.sheet) : null;
    wb.names.push({
      name: n.name,
      target: p && sheet ? { sheet, range: p.rect } : null,
      formula: n.reference.startsWith("=") ? n.reference : `=${n.reference}`,
      comment: "",
      visible: true,
    });
  }
  return wb;
}

// ---------------------------------------------------------------------------------------------- inspection

export function sheetOf(wb: FakeWorkbook, name: string): FakeSheet {
  const s = findSheet(wb, name);
  if (!s) throw new Error(`No sheet ${name}`);
  return s;
}

export function cellIn(wb: FakeWorkbook, sheet: string, address: string): FakeCell | undefined {
  const r = rectOf(address);
  return cellAtModel(sheetOf(wb, sheet), r.top, r.left);
}

/** What `values` would return for a range. */
export function valuesIn(wb: FakeWorkbook, sheet: string, address: string): (string | number | boolean)[][] {
  const s = sheetOf(wb, sheet);
  const r = rectOf(address);
  const out: (string | number | boolean)[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: (string | number | boolean)[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(valueOf(cellAtModel(s, row, col)));
    out.push(line);
  }
  return out;
}

export function formulaIn(wb: FakeWorkbook, sheet: string, address: string): string | number | boolean {
  const r = rectOf(address);
  return formulaOf(cellAtModel(sheetOf(wb, sheet), r.top, r.left));
}

/** The fill of a cell as a test states it: null for no fill, else the colour. */
export function fillIn(wb: FakeWorkbook, sheet: string, address: string): string | null {
  return cellIn(wb, sheet, address)?.fill?.color ?? null;
}

export function fontColorIn(wb: FakeWorkbook, sheet: string, address: string): string | null {
  return cellIn(wb, sheet, address)?.font?.color ?? null;
}

/** A defined name's formula, or null when the workbook has no such name. */
export function nameIn(wb: FakeWorkbook, name: string): string | null {
  const n = wb.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
  return n ? nameFormula(n) : null;
}
