/**
 * The Excel object model of the fake: exactly the subset the Excel host uses (and a little around
 * it), with the requirement set each member needs. See proxy.ts for the request semantics.
 */
import type { CellRange } from "../../../src/core/grid";
import { parseAddress, splitAreas } from "./address";
import type { FakeCell, FakeChart, FakeFill, FakeName, FakeSheet, FakeTable, FakeWorkbook } from "./model";
import {
  addSheet,
  cellAtModel,
  checkSheetName,
  contains,
  ensureCell,
  findSheet,
  hasContent,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  nameFormula,
  newId,
  qualifiedA1,
  rectA1,
  usedRange,
} from "./model";
import type { LoadArg } from "./proxy";
import { ClientCollection, ClientObj, ClientResult, FakeContext, FakeOfficeError } from "./proxy";
import { PageLayoutP } from "./page-layout";
import { changedArgs, EVENT_TYPES, EventHandlersP, raise } from "./events";
import { DataValidationP } from "./validation";
import { assignInput, formulaOf, formulaR1C1Of, textOf, valueOf, valueTypeOf } from "./typing";

interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: CellRange;
}
interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly rects: readonly CellRange[];
}

const invalid = (message: string): FakeOfficeError => new FakeOfficeError("InvalidArgument", message);

/** Excel's height of a row nobody set (Calibri 11), in points. */
const DEFAULT_ROW_HEIGHT = 15;
/** Excel's refusal of a change a protection forbids. */
const denied = (what: string): FakeOfficeError =>
  new FakeOfficeError("AccessDenied", `The cell or chart you're trying to change is protected (${what}).`);

/** New contents for these cells: a protected sheet refuses the whole write if any of them is locked. */
function assertContent(sheet: FakeSheet, rects: readonly CellRange[]): void {
  if (!sheet.protection) return;
  eachCell(rects, (r, c) => {
    if (cellAtModel(sheet, r, c)?.locked ?? true)
      throw denied(`${sheet.name}!${rectA1({ top: r, left: c, bottom: r, right: c })}`);
  });
}

/** A format change on this sheet: a protected sheet refuses unless it allows formatting cells. */
function assertFormat(sheet: FakeSheet): void {
  if (sheet.protection && !sheet.protection.allowFormatCells) throw denied(`formats on ${sheet.name}`);
}

/** Adding, deleting, renaming or hiding a sheet: refused while the workbook's structure is protected. */
function assertStructure(wb: FakeWorkbook): void {
  if (wb.structureProtected) throw denied("workbook structure");
}

const COLOR_NAMES: Record<string, string> = {
  red: "#FF0000",
  yellow: "#FFFF00",
  white: "#FFFFFF",
  black: "#000000",
  blue: "#0000FF",
  green: "#008000",
};

function normColor(c: unknown): string {
  if (typeof c !== "string") throw invalid(`Not a colour: ${String(c)}`);
  const named = COLOR_NAMES[c.toLowerCase()];
  if (named) return named;
  if (!/^#[0-9a-fA-F]{6}$/.test(c)) throw invalid(`Not a colour: ${c}`);
  return c.toUpperCase();
}

function cellsOf(rects: readonly CellRange[]): number {
  return rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
}

function eachCell(rects: readonly CellRange[], f: (row: number, col: number) => void): void {
  for (const r of rects)
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col);
}

/** The same value in every cell, else null (office-js's answer for a mixed range). */
function uniform<T>(values: T[]): T | null {
  if (values.length === 0) return null;
  const first = JSON.stringify(values[0]);
  return values.every((v) => JSON.stringify(v) === first) ? (values[0] as T) : null;
}

function matrix<T>(rect: CellRange, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const line: T[] = [];
    for (let col = rect.left; col <= rect.right; col++) line.push(f(row, col));
    out.push(line);
  }
  return out;
}

/** Applies a 2-D input (or one value for every cell) to a rectangle. */
function assignMatrix(
  rect: CellRange,
  input: unknown,
  f: (row: number, col: number, v: unknown) => void,
): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (Array.isArray(input)) {
    if (input.length !== rows || !input.every((r) => Array.isArray(r) && r.length === cols))
      throw invalid(`The input array is not ${rows}×${cols}, the size of the range.`);
    for (let i = 0; i < rows; i++) {
      const line = input[i] as unknown[];
      for (let j = 0; j < cols; j++) f(rect.top + i, rect.left + j, line[j]);
    }
  } else {
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) f(rect.top + i, rect.left + j, input);
  }
}

/** Joins areas of one column whose rows follow each other. */
function coalesce(rects: readonly CellRange[]): CellRange[] {
  const out: CellRange[] = [];
  for (const r of rects) {
    const last = out[out.length - 1];
    if (last && last.left === r.left && last.right === r.right && last.bottom + 1 === r.top) {
      out[out.length - 1] = { ...last, bottom: r.bottom };
    } else out.push(r);
  }
  return out;
}

function tableAt(wb: FakeWorkbook, sheet: FakeSheet, rect: CellRange): FakeTable | undefined {
  return wb.tables.find((t) => t.sheet === sheet && intersects(t.range, rect));
}

function liveSheet(s: FakeSheet): FakeSheet {
  if (s.deleted) throw new FakeOfficeError("ItemNotFound", `The sheet ${s.name} was deleted`);
  return s;
}

// ---------------------------------------------------------------------------------------------- formats

function fillOf(cell: FakeCell | undefined): FakeFill | null {
  return cell?.fill ?? null;
}

function readFill(sheet: FakeSheet, rects: readonly CellRange[], prop: string): unknown {
  const vals: unknown[] = [];
  eachCell(rects, (r, c) => {
    const f = fillOf(cellAtModel(sheet, r, c));
    switch (prop) {
      case "color":
        vals.push(f ? f.color : "#FFFFFF");
        break;
      case "pattern":
        vals.push(f ? f.pattern : "None");
        break;
      case "patternColor":
        vals.push(f?.patternColor ?? "#000000");
        break;
      case "tintAndShade":
        // No fill answers null; a fill (even white) a number: how add-ins tell them apart.
        vals.push(f ? f.tintAndShade : null);
        break;
    }
  });
  return uniform(vals);
}

function writeFill(sheet: FakeSheet, cell: FakeCell, prop: string, value: unknown): void {
  void sheet;
  const cur = cell.fill ?? null;
  switch (prop) {
    case "color":
      cell.fill = {
        color: normColor(value),
        pattern: cur && cur.pattern !== "None" ? cur.pattern : "Solid",
        patternColor: cur?.patternColor ?? null,
        tintAndShade: 0,
      };
      break;
    case "pattern":
      if (value === "None") cell.fill = null;
      else
        cell.fill = {
          ...(cur ?? { color: "#FFFFFF", patternColor: null, tintAndShade: 0 }),
          pattern: String(value),
        };
      break;
    case "patternColor":
      cell.fill = {
        ...(cur ?? { color: "#FFFFFF", pattern: "Solid", tintAndShade: 0 }),
        patternColor: normColor(value),
      };
      break;
    case "tintAndShade":
      if (cur) cell.fill = { ...cur, tintAndShade: Number(value) };
      break;
  }
}

function readFont(sheet: FakeSheet, rects: readonly CellRange[], prop: string): unknown {
  const vals: unknown[] = [];
  eachCell(rects, (r, c) => {
    const f = cellAtModel(sheet, r, c)?.font ?? {};
    switch (prop) {
      case "color":
        vals.push(f.color ?? "#000000");
        break;
      case "bold":
        vals.push(f.bold ?? false);
        break;
      case "italic":
        vals.push(f.italic ?? false);
        break;
      case "size":
        vals.push(f.size ?? 11);
        break;
      case "name":
        vals.push(f.name ?? "Calibri");
        break;
      case "underline":
        vals.push(f.underline ?? "None");
        break;
    }
  });
  return uniform(vals);
}

function writeFont(cell: FakeCell, prop: string, value: unknown): void {
  const font = { ...(cell.font ?? {}) };
  switch (prop) {
    case "color":
      font.color = normColor(value);
      break;
    case "bold":
      font.bold = Boolean(value);
      break;
    case "italic":
      font.italic = Boolean(value);
      break;
    case "size":
      font.size = Number(value);
      break;
    case "name":
      font.name = String(value);
      break;
    case "underline":
      font.underline = String(value);
      break;
    default:
      throw invalid(`Unknown font property ${prop}`);
  }
  cell.font = font;
}

// ---------------------------------------------------------------------------------------------- workbook

export class WorkbookP extends ClientObj {
  private _ws?: WorksheetCollectionP;
  private _names?: NamedItemCollectionP;
  private _tables?: TableCollectionP;
  private _settings?: SettingCollectionP;
  private _protection?: WorkbookProtectionP;

  constructor(context: FakeContext) {
    super(context, null, () => context.wb, false);
  }
  get protection(): WorkbookProtectionP {
    return (this._protection ??= new WorkbookProtectionP(this.context, this));
  }
  get name(): string {
    return this._get("name");
  }
  get worksheets(): WorksheetCollectionP {
    return (this._ws ??= new WorksheetCollectionP(this.context, this));
  }
  get names(): NamedItemCollectionP {
    return (this._names ??= new NamedItemCollectionP(this.context, this));
  }
  get tables(): TableCollectionP {
    return (this._tables ??= new TableCollectionP(this.context, this, null));
  }
  get settings(): SettingCollectionP {
    return (this._settings ??= new SettingCollectionP(this.context, this));
  }
  getSelectedRange(): RangeP {
    const wb = this.context.wb;
    return new RangeP(
      this.context,
      this,
      () => (wb.selection ? { sheet: wb.selection.sheet, rect: wb.selection.range } : null),
      false,
      {
        name: "getSelectedRange",
        args: [],
      },
    );
  }
  protected override _read(name: string): unknown {
    if (name === "name") {
      this._needApi("1.7", "Workbook.name");
      return this.context.wb.name;
    }
    return super._read(name);
  }
  protected override _nav(name: string): ClientObj | undefined {
    if (name === "worksheets") return this.worksheets;
    if (name === "names") return this.names;
    if (name === "tables") return this.tables;
    if (name === "settings") return this.settings;
    if (name === "protection") return this.protection;
    return undefined;
  }
}

/** ExcelApi 1.7: whether the workbook's structure is protected. */
export class WorkbookProtectionP extends ClientObj {
  constructor(context: FakeContext, parent: WorkbookP) {
    super(context, parent, () => context.wb, false);
  }
  get protected(): boolean {
    return this._get("protected");
  }
  protected override _read(name: string): unknown {
    if (name === "protected") return this.context.wb.structureProtected ?? false;
    return super._read(name);
  }
}

// ---------------------------------------------------------------------------------------------- worksheets

export class WorksheetCollectionP extends ClientCollection<WorksheetP> {
  constructor(context: FakeContext, parent: ClientObj) {
    super(context, parent, () => context.wb, false);
  }
  protected _targets(): unknown[] {
    return [...this.context.wb.sheets];
  }
  protected _item(target: unknown): WorksheetP {
    return new WorksheetP(this.context, this, () => target, false);
  }
  getItem(name: string): WorksheetP {
    return new WorksheetP(this.context, this, () => findSheet(this.context.wb, name), false, {
      name: "getItem",
      args: [name],
    });
  }
  getItemOrNullObject(name: string): WorksheetP {
    return new WorksheetP(this.context, this, () => findSheet(this.context.wb, name), true, {
      name: "getItemOrNullObject",
      args: [name],
    });
  }
  /** ExcelApi 1.7: a sheet of the workbook was deleted. */
  get onDeleted(): EventHandlersP {
    return new EventHandlersP(this.context, this, "deleted", null, "1.7");
  }
  getActiveWorksheet(): WorksheetP {
    return new WorksheetP(this.context, this, () => this.context.wb.activeSheet, false, {
      name: "getActiveWorksheet",
      args: [],
    });
  }
  add(name?: string): WorksheetP {
    const wb = this.context.wb;
    return this._callCreate(
      "add",
      [name ?? null],
      (resolver) => new WorksheetP(this.context, this, resolver, false),
      () => {
        let n = name;
        if (n === undefined) {
          let i = wb.sheets.length + 1;
          while (findSheet(wb, `Sheet${i}`)) i += 1;
          n = `Sheet${i}`;
        }
        assertStructure(wb);
        if (!checkSheetName(n)) throw invalid(`Invalid sheet name: ${n}`);
        if (findSheet(wb, n)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${n} exists`);
        return addSheet(wb, n);
      },
    );
  }
}

export class WorksheetP extends ClientObj {
  private _tables?: TableCollectionP;
  private _charts?: ChartCollectionP;
  private _pageLayout?: PageLayoutP;
  private _protection?: WorksheetProtectionP;

  private get sheet(): FakeSheet {
    return liveSheet(this._t<FakeSheet>());
  }
  override _check(): void {
    super._check();
    liveSheet(this._target as FakeSheet);
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, () => {
      assertStructure(this.context.wb);
      if (!checkSheetName(value)) throw invalid(`Invalid sheet name: ${value}`);
      const other = findSheet(this.context.wb, value);
      if (other && other !== this.sheet) throw new FakeOfficeError("ItemAlreadyExists", `${value} exists`);
      const before = this.sheet.name;
      this.sheet.name = value;
      if (before !== value)
        void raise(this.context.wb, "nameChanged", this.sheet.id, {
          type: EVENT_TYPES.nameChanged,
          worksheetId: this.sheet.id,
          nameBefore: before,
          nameAfter: value,
          source: "Local",
        });
    });
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(value: string) {
    this._set("visibility", value, () => {
      assertStructure(this.context.wb);
      this.sheet.visibility = value as FakeSheet["visibility"];
    });
  }
  get tables(): TableCollectionP {
    return (this._tables ??= new TableCollectionP(this.context, this, () => this.sheet));
  }
  get charts(): ChartCollectionP {
    return (this._charts ??= new ChartCollectionP(this.context, this));
  }
  /** ExcelApi 1.9. */
  get pageLayout(): PageLayoutP {
    return (this._pageLayout ??= new PageLayoutP(this.context, this, () => this.sheet));
  }
  get protection(): WorksheetProtectionP {
    return (this._protection ??= new WorksheetProtectionP(this.context, this, () => this.sheet));
  }
  /** ExcelApi 1.7: rows or columns kept in view while scrolling. */
  get freezePanes(): FreezePanesP {
    return new FreezePanesP(this.context, this, () => this.sheet);
  }
  /** ExcelApi 1.7: the sheet's cells changed (typed, pasted, cleared, rows or columns moved). */
  get onChanged(): EventHandlersP {
    return new EventHandlersP(this.context, this, "changed", () => this.sheet.id, "1.7");
  }
  /** ExcelApi 1.17: the sheet was renamed. */
  get onNameChanged(): EventHandlersP {
    return new EventHandlersP(this.context, this, "nameChanged", () => this.sheet.id, "1.17");
  }

  protected override _read(name: string): unknown {
    const s = this.sheet;
    switch (name) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this.context.wb.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
    }
    return super._read(name);
  }
  protected override _nav(name: string): ClientObj | undefined {
    if (name === "tables") return this.tables;
    if (name === "charts") return this.charts;
    if (name === "pageLayout") return this.pageLayout;
    if (name === "protection") return this.protection;
    return undefined;
  }

  private rangeResolver(address: string | undefined): () => RangeTarget {
    return () => {
      const sheet = this.sheet;
      if (address === undefined)
        return { sheet, rect: { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } };
      const a = parseAddress(address);
      if (!a) throw invalid(`Not an address: ${address}`);
      if (a.sheet !== null && findSheet(this.context.wb, a.sheet) !== sheet)
        throw invalid(`${address} is not on sheet ${sheet.name}`);
      return { sheet, rect: a.rect };
    };
  }

  getRange(address?: string): RangeP {
    return new RangeP(this.context, this, this.rangeResolver(address), false, {
      name: "getRange",
      args: [address ?? null],
    });
  }
  getCell(row: number, column: number): RangeP {
    return new RangeP(
      this.context,
      this,
      () => ({
        sheet: this.sheet,
        rect: { top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 },
      }),
      false,
      { name: "getCell", args: [row, column] },
    );
  }
  /** ExcelApi 1.9: several areas at once. Excel refuses addresses much longer than 8 000 characters. */
  getRanges(address: string): RangeAreasP {
    return new RangeAreasP(
      this.context,
      this,
      () => {
        this._needApi("1.9", "Worksheet.getRanges");
        if (address.length > this.context.options.maxAreasAddressChars)
          throw invalid(
            `The argument is invalid or missing or has an incorrect format (${address.length} characters).`,
          );
        const sheet = this.sheet;
        const rects = splitAreas(address).map((a) => {
          const p = parseAddress(a);
          if (!p) throw invalid(`Not an address: ${a}`);
          if (p.sheet !== null && findSheet(this.context.wb, p.sheet) !== sheet)
            throw invalid(`${a} is not on this sheet`);
          return p.rect;
        });
        return { sheet, rects: this.context.options.coalesceAreas ? coalesce(rects) : rects };
      },
      false,
      { name: "getRanges", args: [address] },
    );
  }
  getUsedRange(valuesOnly?: boolean): RangeP {
    return new RangeP(
      this.context,
      this,
      () => {
        const sheet = this.sheet;
        return {
          sheet,
          rect: usedRange(sheet, valuesOnly ?? false) ?? { top: 1, left: 1, bottom: 1, right: 1 },
        };
      },
      false,
      { name: "getUsedRange", args: [valuesOnly ?? false] },
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeP {
    return new RangeP(
      this.context,
      this,
      () => {
        this._needApi("1.4", "Worksheet.getUsedRangeOrNullObject");
        const sheet = this.sheet;
        const rect = usedRange(sheet, valuesOnly ?? false);
        return rect ? { sheet, rect } : null;
      },
      true,
      { name: "getUsedRangeOrNullObject", args: [valuesOnly ?? false] },
    );
  }
  activate(): void {
    this._call("activate", [], () => {
      const s = this.sheet;
      if (s.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated");
      this.context.wb.activeSheet = s;
    });
  }
  delete(): void {
    this._call("delete", [], () => {
      const wb = this.context.wb;
      const s = this.sheet;
      assertStructure(wb);
      const visible = wb.sheets.filter((x) => x.visibility === "Visible");
      if (visible.length === 1 && visible[0] === s)
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one visible sheet");
      wb.sheets = wb.sheets.filter((x) => x !== s);
      wb.tables = wb.tables.filter((t) => t.sheet !== s);
      s.deleted = true;
      void raise(wb, "deleted", s.id, { type: EVENT_TYPES.deleted, worksheetId: s.id, source: "Local" });
      for (const n of wb.names) {
        if (n.target?.sheet === s) {
          n.formula = `=#REF!${rectA1(n.target.range, true)}`;
          n.target = null;
        }
      }
      if (wb.activeSheet === s) wb.activeSheet = wb.sheets.find((x) => x.visibility === "Visible") ?? null;
      if (wb.selection?.sheet === s) wb.selection = null;
    });
  }
}

/** ExcelApi 1.7: `freezeRows(n)` keeps the top n rows in view; `unfreeze()` releases them. */
export class FreezePanesP extends ClientObj {
  constructor(
    context: FakeContext,
    parent: WorksheetP,
    private readonly sheetOf: () => FakeSheet,
  ) {
    super(context, parent, sheetOf, false);
  }
  freezeRows(count?: number): void {
    this._call("freezeRows", [count ?? 1], () => (this.sheetOf().frozenRows = count ?? 1), "1.7");
  }
  unfreeze(): void {
    this._call("unfreeze", [], () => delete this.sheetOf().frozenRows, "1.7");
  }
}

/** ExcelApi 1.2: whether a sheet is protected, and what its protection still allows. */
export class WorksheetProtectionP extends ClientObj {
  constructor(context: FakeContext, parent: WorksheetP, sheet: () => FakeSheet) {
    super(context, parent, sheet, false);
  }
  get protected(): boolean {
    return this._get("protected");
  }
  get options(): { allowFormatCells: boolean } {
    return this._get("options");
  }
  protected override _read(name: string): unknown {
    const p = this._t<FakeSheet>().protection;
    if (name === "protected") return p !== undefined;
    if (name === "options") return { allowFormatCells: p?.allowFormatCells ?? false };
    return super._read(name);
  }
}

// ---------------------------------------------------------------------------------------------- ranges

export class RangeP extends ClientObj {
  private _format?: RangeFormatP;
  private _validation?: DataValidationP;

  private get rt(): RangeTarget {
    const t = this._t<RangeTarget>();
    liveSheet(t.sheet);
    return t;
  }
  _rects(): AreasTarget {
    const t = this.rt;
    return { sheet: t.sheet, rects: [t.rect] };
  }

  get address(): string {
    return this._get("address");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v, () => this.writeContent(v));
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  get formulasR1C1(): unknown[][] {
    return this._get("formulasR1C1");
  }
  set formulas(v: unknown[][]) {
    this._set("formulas", v, () => this.writeContent(v));
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this._set("numberFormat", v, () => {
      const { sheet, rect } = this.rt;
      assertFormat(sheet);
      assignMatrix(rect, v, (row, col, f) => {
        if (f === null || f === undefined) return;
        const cell = ensureCell(sheet, row, col);
        // "General" is the default: stored as no format, as Excel's style model does.
        if (String(f) === "General") delete cell.numberFormat;
        else cell.numberFormat = String(f);
      });
    });
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get text(): string[][] {
    return this._get("text");
  }
  set hyperlink(v: {
    documentReference?: string;
    address?: string;
    textToDisplay?: string;
    screenTip?: string;
  }) {
    this._set(
      "hyperlink",
      v,
      () => {
        const { sheet, rect } = this.rt;
        assertContent(sheet, [rect]);
        eachCell([rect], (row, col) => applyHyperlink(ensureCell(sheet, row, col), v));
      },
      "1.7",
    );
  }
  get format(): RangeFormatP {
    return (this._format ??= new RangeFormatP(this.context, this));
  }
  /** ExcelApi 1.8. */
  get dataValidation(): DataValidationP {
    return (this._validation ??= new DataValidationP(this.context, this, () => this.rt));
  }

  private writeContent(input: unknown): void {
    const { sheet, rect } = this.rt;
    assertContent(sheet, [rect]);
    assignMatrix(rect, input, (row, col, v) => {
      if (v === null || v === undefined) return;
      assignInput(ensureCell(sheet, row, col), v);
    });
    // Excel raises onChanged for the add-in's own writes too, once the batch is done.
    (this.context as ExcelContext)._changed.push({ sheet, rect });
  }

  protected override _read(name: string): unknown {
    const { sheet, rect } = this.rt;
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    switch (name) {
      case "address":
        return qualifiedA1(sheet, rect);
      case "addressLocal":
        return qualifiedA1(sheet, rect);
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      case "rowIndex":
        return rect.top - 1;
      case "columnIndex":
        return rect.left - 1;
      case "cellCount":
        return rows * cols;
    }
    const grid = (f: (cell: FakeCell | undefined, row: number, col: number) => unknown): unknown[][] => {
      this.context._noteRead(rows * cols);
      return matrix(rect, (r, c) => f(cellAtModel(sheet, r, c), r, c));
    };
    switch (name) {
      case "values":
        return grid(valueOf);
      case "formulas":
        return grid(formulaOf);
      case "formulasR1C1":
        return grid(formulaR1C1Of);
      case "numberFormat":
        return grid((c) => c?.numberFormat ?? "General");
      case "valueTypes":
        return grid(valueTypeOf);
      case "text":
        return grid(textOf);
    }
    return super._read(name);
  }
  protected override _nav(name: string): ClientObj | undefined {
    if (name === "dataValidation") return this.dataValidation;
    return name === "format" ? this.format : undefined;
  }

  /** ExcelApi 1.9: per-cell formats of the range in one call. */
  getCellProperties(options: CellPropertiesLoad): ClientResult<Record<string, unknown>[][]> {
    return this._callResult(
      "getCellProperties",
      [options],
      () => {
        const { sheet, rect } = this.rt;
        this.context._noteRead((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1));
        return matrix(rect, (r, c) => cellProperties(sheet, r, c, options));
      },
      "1.9",
    );
  }
  /** ExcelApi 1.9: per-cell formats in one call; an empty object leaves its cell alone. */
  setCellProperties(data: Record<string, unknown>[][]): void {
    this._call(
      "setCellProperties",
      [data],
      () => {
        const { sheet, rect } = this.rt;
        assertFormat(sheet);
        if (data.some((line) => line.some((v) => v && typeof v === "object" && "hyperlink" in v)))
          assertContent(sheet, [rect]);
        assignMatrix(rect, data, (row, col, v) => {
          if (!v || typeof v !== "object") throw invalid("setCellProperties takes objects");
          applyCellProperties(sheet, ensureCell(sheet, row, col), v as Record<string, unknown>);
        });
      },
      "1.9",
    );
  }
  select(): void {
    this._call("select", [], () => {
      const { sheet, rect } = this.rt;
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "Hidden sheet");
      this.context.wb.activeSheet = sheet;
      this.context.wb.selection = { sheet, range: rect };
    });
  }
  merge(across?: boolean): void {
    this._call("merge", [across ?? false], () => {
      const { sheet, rect } = this.rt;
      if (sheet.protection) throw denied(`merge on ${sheet.name}`);
      const rows = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => rect.top + i)
        : [rect.top];
      for (const top of rows) {
        const m = across ? { ...rect, top, bottom: top } : rect;
        if (sheet.merges.some((x) => intersects(x, m)))
          throw new FakeOfficeError("InvalidOperation", `Cannot merge over another merge at ${rectA1(m)}`);
        if (tableAt(this.context.wb, sheet, m))
          throw new FakeOfficeError("InvalidOperation", "Cannot merge in a table");
        eachCell([m], (r, c) => {
          if (r === m.top && c === m.left) return;
          const cell = cellAtModel(sheet, r, c);
          if (cell) {
            cell.value = null;
            delete cell.formula;
            delete cell.error;
          }
        });
        sheet.merges.push(m);
      }
    });
  }
  unmerge(): void {
    this._call("unmerge", [], () => {
      const { sheet, rect } = this.rt;
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }
  /** ExcelApi 1.13: the merged areas that touch the range, or a null object when there are none. */
  getMergedAreasOrNullObject(): RangeAreasP {
    return new RangeAreasP(
      this.context,
      this,
      () => {
        this._needApi("1.13", "Range.getMergedAreasOrNullObject");
        const { sheet, rect } = this.rt;
        const rects = sheet.merges.filter((m) => intersects(m, rect));
        return rects.length > 0 ? { sheet, rects } : null;
      },
      true,
      { name: "getMergedAreasOrNullObject", args: [] },
    );
  }
  getCell(row: number, column: number): RangeP {
    return new RangeP(
      this.context,
      this,
      () => {
        const { sheet, rect } = this.rt;
        const r = rect.top + row;
        const c = rect.left + column;
        return { sheet, rect: { top: r, left: c, bottom: r, right: c } };
      },
      false,
      { name: "getCell", args: [row, column] },
    );
  }
  clear(applyTo?: string): void {
    this._call("clear", [applyTo ?? "All"], () => {
      const { sheet, rect } = this.rt;
      const what = applyTo ?? "All";
      if (what !== "Formats") assertContent(sheet, [rect]);
      if (what !== "Contents") assertFormat(sheet);
      eachCell([rect], (r, c) => {
        const cell = cellAtModel(sheet, r, c);
        if (!cell) return;
        if (what === "All" || what === "Contents") {
          cell.value = null;
          delete cell.formula;
          delete cell.error;
        }
        if (what === "All" || what === "Formats") {
          delete cell.numberFormat;
          delete cell.fill;
          delete cell.font;
          delete cell.wrapText;
        }
      });
    });
  }
}

function applyHyperlink(
  cell: FakeCell,
  v: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string },
): void {
  const link: FakeCell["hyperlink"] = {};
  if (v.documentReference !== undefined) link.documentReference = v.documentReference;
  if (v.address !== undefined) link.address = v.address;
  if (v.textToDisplay !== undefined) link.textToDisplay = v.textToDisplay;
  if (v.screenTip !== undefined) link.screenTip = v.screenTip;
  cell.hyperlink = link;
  if (v.textToDisplay !== undefined) {
    cell.value = v.textToDisplay;
    delete cell.formula;
    delete cell.error;
  }
}

export interface CellPropertiesLoad {
  address?: boolean;
  format?: {
    fill?: { color?: boolean; pattern?: boolean; patternColor?: boolean; tintAndShade?: boolean };
    font?: { color?: boolean; bold?: boolean; italic?: boolean };
    wrapText?: boolean;
    protection?: boolean;
  };
  hyperlink?: boolean;
}

function cellProperties(
  sheet: FakeSheet,
  row: number,
  col: number,
  o: CellPropertiesLoad,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const cell = cellAtModel(sheet, row, col);
  const one = { top: row, left: col, bottom: row, right: col };
  if (o.address) out.address = qualifiedA1(sheet, one);
  if (o.format) {
    const format: Record<string, unknown> = {};
    if (o.format.fill) {
      const fill: Record<string, unknown> = {};
      for (const [k, want] of Object.entries(o.format.fill)) if (want) fill[k] = readFill(sheet, [one], k);
      format.fill = fill;
    }
    if (o.format.font) {
      const font: Record<string, unknown> = {};
      for (const [k, want] of Object.entries(o.format.font)) if (want) font[k] = readFont(sheet, [one], k);
      format.font = font;
    }
    if (o.format.wrapText) format.wrapText = cell?.wrapText ?? false;
    if (o.format.protection) format.protection = { locked: cell?.locked ?? true };
    out.format = format;
  }
  if (o.hyperlink) out.hyperlink = cell?.hyperlink ?? null;
  return out;
}

function applyCellProperties(sheet: FakeSheet, cell: FakeCell, p: Record<string, unknown>): void {
  const format = p.format as Record<string, unknown> | undefined;
  if (format) {
    const fill = format.fill as Record<string, unknown> | undefined;
    if (fill) {
      // Pattern first: "None" removes the fill, a colour then starts a new one.
      if (fill.pattern !== undefined) writeFill(sheet, cell, "pattern", fill.pattern);
      if (fill.color !== undefined) writeFill(sheet, cell, "color", fill.color);
      if (fill.pattern !== undefined && fill.pattern !== "None")
        writeFill(sheet, cell, "pattern", fill.pattern);
      if (fill.patternColor !== undefined && fill.patternColor !== null)
        writeFill(sheet, cell, "patternColor", fill.patternColor);
      if (fill.tintAndShade !== undefined && fill.tintAndShade !== null)
        writeFill(sheet, cell, "tintAndShade", fill.tintAndShade);
    }
    const font = format.font as Record<string, unknown> | undefined;
    if (font) for (const [k, v] of Object.entries(font)) if (v !== undefined) writeFont(cell, k, v);
    if (format.wrapText !== undefined) cell.wrapText = Boolean(format.wrapText);
    if (format.horizontalAlignment !== undefined)
      cell.horizontalAlignment = String(format.horizontalAlignment);
  }
  const link = p.hyperlink as Parameters<typeof applyHyperlink>[1] | undefined;
  if (link) applyHyperlink(cell, link);
}

export class RangeAreasP extends ClientObj {
  private _format?: RangeFormatP;
  private _areas?: RangeCollectionP;

  _rects(): AreasTarget {
    const t = this._t<AreasTarget>();
    liveSheet(t.sheet);
    return t;
  }
  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get format(): RangeFormatP {
    return (this._format ??= new RangeFormatP(this.context, this));
  }
  get areas(): RangeCollectionP {
    return (this._areas ??= new RangeCollectionP(this.context, this));
  }
  protected override _read(name: string): unknown {
    const { sheet, rects } = this._rects();
    switch (name) {
      case "address":
        return rects.map((r) => qualifiedA1(sheet, r)).join(",");
      case "areaCount":
        return rects.length;
      case "cellCount":
        return cellsOf(rects);
    }
    return super._read(name);
  }
  protected override _nav(name: string): ClientObj | undefined {
    if (name === "format") return this.format;
    if (name === "areas") return this.areas;
    return undefined;
  }
}

export class RangeCollectionP extends ClientCollection<RangeP> {
  constructor(context: FakeContext, parent: RangeAreasP) {
    super(context, parent, () => parent._rects(), false);
  }
  protected _targets(): unknown[] {
    const { sheet, rects } = this._t<AreasTarget>();
    return rects.map((rect) => ({ sheet, rect }));
  }
  protected _item(target: unknown): RangeP {
    return new RangeP(this.context, this, () => target, false);
  }
}

export class RangeFormatP extends ClientObj {
  private _fill?: RangeFillP;
  private _font?: RangeFontP;
  private _protection?: FormatProtectionP;

  constructor(context: FakeContext, parent: RangeP | RangeAreasP) {
    super(context, parent, () => parent._rects(), false);
  }
  _rects(): AreasTarget {
    return this._t<AreasTarget>();
  }
  get fill(): RangeFillP {
    return (this._fill ??= new RangeFillP(this.context, this));
  }
  get font(): RangeFontP {
    return (this._font ??= new RangeFontP(this.context, this));
  }
  get protection(): FormatProtectionP {
    return (this._protection ??= new FormatProtectionP(this.context, this));
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v, () => {
      const { sheet, rects } = this._rects();
      assertFormat(sheet);
      for (const r of rects) for (let c = r.left; c <= r.right; c++) sheet.columnWidths.set(c, v);
    });
  }
  /** Points; setting it sets every row the range spans. */
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._set("rowHeight", v, () => {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 409)
        throw new FakeOfficeError(
          "InvalidArgument",
          `A row height must be from 0 to 409 points: ${String(v)}`,
        );
      const { sheet, rects } = this._rects();
      for (const r of rects) for (let row = r.top; row <= r.bottom; row++) sheet.rowHeights.set(row, v);
    });
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._set("wrapText", v, () => this.eachCellSet((cell) => (cell.wrapText = v)));
  }
  set horizontalAlignment(v: string) {
    this._set("horizontalAlignment", v, () => this.eachCellSet((cell) => (cell.horizontalAlignment = v)));
  }
  set verticalAlignment(v: string) {
    this._set("verticalAlignment", v, () => this.eachCellSet((cell) => (cell.verticalAlignment = v)));
  }
  autofitColumns(): void {
    this._call("autofitColumns", [], () => undefined);
  }
  private eachCellSet(f: (cell: FakeCell) => void): void {
    const { sheet, rects } = this._rects();
    assertFormat(sheet);
    eachCell(rects, (r, c) => f(ensureCell(sheet, r, c)));
  }
  protected override _read(name: string): unknown {
    const { sheet, rects } = this._rects();
    if (name === "columnWidth") {
      const widths: number[] = [];
      for (const r of rects)
        for (let c = r.left; c <= r.right; c++) widths.push(sheet.columnWidths.get(c) ?? 48);
      return uniform(widths);
    }
    if (name === "rowHeight") {
      const heights: number[] = [];
      for (const r of rects)
        for (let row = r.top; row <= r.bottom; row++)
          heights.push(sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT);
      return uniform(heights);
    }
    if (name === "wrapText") {
      const vals: boolean[] = [];
      eachCell(rects, (r, c) => vals.push(cellAtModel(sheet, r, c)?.wrapText ?? false));
      return uniform(vals);
    }
    return super._read(name);
  }
  protected override _nav(name: string): ClientObj | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    if (name === "protection") return this.protection;
    return undefined;
  }
}

export class RangeFillP extends ClientObj {
  constructor(context: FakeContext, parent: RangeFormatP) {
    super(context, parent, () => parent._rects(), false);
  }
  private rects(): AreasTarget {
    return this._t<AreasTarget>();
  }
  private setAll(prop: string, value: unknown, minApi?: string): void {
    this._set(
      prop,
      value,
      () => {
        const { sheet, rects } = this.rects();
        assertFormat(sheet);
        eachCell(rects, (r, c) => writeFill(sheet, ensureCell(sheet, r, c), prop, value));
      },
      minApi,
    );
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.setAll("color", v);
  }
  get pattern(): string {
    return this._get("pattern");
  }
  set pattern(v: string) {
    this.setAll("pattern", v, "1.9");
  }
  get patternColor(): string {
    return this._get("patternColor");
  }
  set patternColor(v: string) {
    this.setAll("patternColor", v, "1.9");
  }
  get tintAndShade(): number | null {
    return this._get("tintAndShade");
  }
  set tintAndShade(v: number) {
    this.setAll("tintAndShade", v, "1.9");
  }
  clear(): void {
    this._call("clear", [], () => {
      const { sheet, rects } = this.rects();
      assertFormat(sheet);
      eachCell(rects, (r, c) => {
        const cell = cellAtModel(sheet, r, c);
        if (cell) cell.fill = null;
      });
    });
  }
  protected override _read(name: string): unknown {
    if (name === "pattern" || name === "patternColor" || name === "tintAndShade")
      this._needApi("1.9", `RangeFill.${name}`);
    if (name === "color" || name === "pattern" || name === "patternColor" || name === "tintAndShade") {
      const { sheet, rects } = this.rects();
      return readFill(sheet, rects, name);
    }
    return super._read(name);
  }
}

/** A range's "Locked" format: null when its cells differ. Setting it is a format change. */
export class FormatProtectionP extends ClientObj {
  constructor(context: FakeContext, parent: RangeFormatP) {
    super(context, parent, () => parent._rects(), false);
  }
  get locked(): boolean | null {
    return this._get("locked");
  }
  set locked(v: boolean) {
    this._set("locked", v, () => {
      const { sheet, rects } = this._t<AreasTarget>();
      assertFormat(sheet);
      eachCell(rects, (r, c) => (ensureCell(sheet, r, c).locked = v));
    });
  }
  protected override _read(name: string): unknown {
    if (name === "locked") {
      const { sheet, rects } = this._t<AreasTarget>();
      const vals: boolean[] = [];
      eachCell(rects, (r, c) => vals.push(cellAtModel(sheet, r, c)?.locked ?? true));
      return uniform(vals);
    }
    return super._read(name);
  }
}

export class RangeFontP extends ClientObj {
  constructor(context: FakeContext, parent: RangeFormatP) {
    super(context, parent, () => parent._rects(), false);
  }
  private setAll(prop: string, value: unknown): void {
    this._set(prop, value, () => {
      const { sheet, rects } = this._t<AreasTarget>();
      assertFormat(sheet);
      eachCell(rects, (r, c) => writeFont(ensureCell(sheet, r, c), prop, value));
    });
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.setAll("color", v);
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this.setAll("bold", v);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this.setAll("italic", v);
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this.setAll("size", v);
  }
  set name(v: string) {
    this.setAll("name", v);
  }
  set underline(v: string) {
    this.setAll("underline", v);
  }
  protected override _read(name: string): unknown {
    const { sheet, rects } = this._t<AreasTarget>();
    if (["color", "bold", "italic", "size", "name", "underline"].includes(name))
      return readFont(sheet, rects, name);
    return super._read(name);
  }
}

// ---------------------------------------------------------------------------------------------- names

const NAME_RE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

function nameTaken(wb: FakeWorkbook, name: string): boolean {
  const k = name.toLowerCase();
  return (
    wb.names.some((n) => n.name.toLowerCase() === k) || wb.tables.some((t) => t.name.toLowerCase() === k)
  );
}

export class NamedItemCollectionP extends ClientCollection<NamedItemP> {
  constructor(context: FakeContext, parent: ClientObj) {
    super(context, parent, () => context.wb, false);
  }
  protected _targets(): unknown[] {
    return [...this.context.wb.names];
  }
  protected _item(target: unknown): NamedItemP {
    return new NamedItemP(this.context, this, () => target, false);
  }
  private find(name: string): FakeName | null {
    return this.context.wb.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(name: string): NamedItemP {
    return new NamedItemP(this.context, this, () => this.find(name), false, {
      name: "getItem",
      args: [name],
    });
  }
  getItemOrNullObject(name: string): NamedItemP {
    return new NamedItemP(
      this.context,
      this,
      () => {
        this._needApi("1.4", "NamedItemCollection.getItemOrNullObject");
        return this.find(name);
      },
      true,
      { name: "getItemOrNullObject", args: [name] },
    );
  }
  add(name: string, reference: RangeP | string, comment?: string): NamedItemP {
    const wb = this.context.wb;
    return this._callCreate(
      "add",
      [name, reference, comment ?? ""],
      (resolver) => new NamedItemP(this.context, this, resolver, false),
      () => {
        if (!NAME_RE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name))
          throw invalid(`Invalid name: ${name}`);
        if (nameTaken(wb, name)) throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} exists`);
        let target: FakeName["target"] = null;
        let formula = "";
        if (reference instanceof RangeP) {
          const t = reference._rects();
          target = { sheet: t.sheet, range: t.rects[0] as CellRange };
        } else {
          const p = parseAddress(reference);
          const sheet = p?.sheet ? findSheet(wb, p.sheet) : null;
          if (p && sheet) target = { sheet, range: p.rect };
          else formula = reference.startsWith("=") ? reference : `=${reference}`;
        }
        const item: FakeName = { name, target, formula, comment: comment ?? "", visible: true };
        wb.names.push(item);
        return item;
      },
      "1.4",
    );
  }
}

export class NamedItemP extends ClientObj {
  get name(): string {
    return this._get("name");
  }
  get formula(): string {
    return this._get("formula");
  }
  get value(): string {
    return this._get("value");
  }
  get type(): string {
    return this._get("type");
  }
  get visible(): boolean {
    return this._get("visible");
  }
  delete(): void {
    this._call(
      "delete",
      [],
      () => {
        const n = this._t<FakeName>();
        this.context.wb.names = this.context.wb.names.filter((x) => x !== n);
      },
      "1.4",
    );
  }
  protected override _read(name: string): unknown {
    const n = this._t<FakeName>();
    switch (name) {
      case "name":
        return n.name;
      case "formula":
        this._needApi("1.7", "NamedItem.formula");
        return nameFormula(n);
      case "value":
        return nameFormula(n).replace(/^=/, "");
      case "type":
        return n.target && !n.target.sheet.deleted ? "Range" : "Error";
      case "visible":
        return n.visible;
      case "comment":
        return n.comment;
    }
    return super._read(name);
  }
}

// ---------------------------------------------------------------------------------------------- tables

function validTableName(name: string): boolean {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name)) return false;
  return !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
}

export class TableCollectionP extends ClientCollection<TableP> {
  constructor(
    context: FakeContext,
    parent: ClientObj,
    private readonly sheetOf: (() => FakeSheet) | null,
  ) {
    super(context, parent, () => context.wb, false);
  }
  protected _targets(): unknown[] {
    const sheet = this.sheetOf?.() ?? null;
    return this.context.wb.tables.filter((t) => sheet === null || t.sheet === sheet);
  }
  protected _item(target: unknown): TableP {
    return new TableP(this.context, this, () => target, false);
  }
  getItemOrNullObject(name: string): TableP {
    return new TableP(
      this.context,
      this,
      () => this.context.wb.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null,
      true,
      { name: "getItemOrNullObject", args: [name] },
    );
  }
  add(address: RangeP | string, hasHeaders: boolean): TableP {
    const wb = this.context.wb;
    return this._callCreate(
      "add",
      [address, hasHeaders],
      (resolver) => new TableP(this.context, this, resolver, false),
      () => {
        let sheet: FakeSheet | null;
        let rect: CellRange;
        if (address instanceof RangeP) {
          const t = address._rects();
          sheet = t.sheet;
          rect = t.rects[0] as CellRange;
        } else {
          const p = parseAddress(address);
          if (!p) throw invalid(`Not an address: ${address}`);
          sheet = p.sheet !== null ? findSheet(wb, p.sheet) : (this.sheetOf?.() ?? null);
          rect = p.rect;
        }
        if (!sheet) throw invalid("A table needs a sheet");
        if (!hasHeaders)
          throw new FakeOfficeError("NotImplemented", "The fake makes tables with headers only");
        if (tableAt(wb, sheet, rect)) throw new FakeOfficeError("InvalidOperation", "Tables cannot overlap");
        if (sheet.merges.some((m) => intersects(m, rect)))
          throw new FakeOfficeError("InvalidOperation", "A table cannot hold merged cells");
        // Headers become unique text; blanks are named Column1, Column2…
        const seen = new Set<string>();
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = ensureCell(sheet, rect.top, c);
          let h = hasContent(cell) ? String(valueOf(cell)) : `Column${c - rect.left + 1}`;
          let k = 2;
          const base = h;
          while (seen.has(h.toLowerCase())) h = `${base}${k++}`;
          seen.add(h.toLowerCase());
          cell.value = h;
          delete cell.formula;
          delete cell.error;
        }
        let i = wb.tables.length + 1;
        while (nameTaken(wb, `Table${i}`)) i += 1;
        const table: FakeTable = {
          id: newId(wb, "table"),
          name: `Table${i}`,
          sheet,
          range: rect,
          showHeaders: true,
          showTotals: false,
          showFilterButton: true,
          style: "TableStyleMedium2",
        };
        wb.tables.push(table);
        return table;
      },
    );
  }
}

export class TableP extends ClientObj {
  private get table(): FakeTable {
    return this._t<FakeTable>();
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => {
      const t = this.table;
      if (!validTableName(v)) throw invalid(`Invalid table name: ${v}`);
      if (v.toLowerCase() !== t.name.toLowerCase() && nameTaken(this.context.wb, v))
        throw new FakeOfficeError("ItemAlreadyExists", `The name ${v} exists`);
      t.name = v;
    });
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  set showTotals(v: boolean) {
    this._set("showTotals", v, () => {
      const t = this.table;
      if (v === t.showTotals) return;
      if (v) {
        const below = t.range.bottom + 1;
        for (let c = t.range.left; c <= t.range.right; c++)
          if (hasContent(cellAtModel(t.sheet, below, c)))
            throw new FakeOfficeError(
              "InvalidOperation",
              "The totals row would overwrite cells below the table",
            );
        t.range = { ...t.range, bottom: below };
        ensureCell(t.sheet, below, t.range.left).value = "Total";
        const last = ensureCell(t.sheet, below, t.range.right);
        last.formula = "=SUBTOTAL(109,[Column])";
        last.value = 0;
      } else {
        t.range = { ...t.range, bottom: t.range.bottom - 1 };
      }
      t.showTotals = v;
    });
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  set showFilterButton(v: boolean) {
    this._set("showFilterButton", v, () => (this.table.showFilterButton = v), "1.9");
  }
  set style(v: string) {
    this._set("style", v, () => (this.table.style = v));
  }
  private _ws?: WorksheetP;
  get worksheet(): WorksheetP {
    return (this._ws ??= new WorksheetP(this.context, this, () => this.table.sheet, false));
  }
  protected override _nav(name: string): ClientObj | undefined {
    return name === "worksheet" ? this.worksheet : undefined;
  }
  getRange(): RangeP {
    return new RangeP(
      this.context,
      this,
      () => ({ sheet: this.table.sheet, rect: this.table.range }),
      false,
      {
        name: "getRange",
        args: [],
      },
    );
  }
  delete(): void {
    this._call("delete", [], () => {
      const t = this.table;
      this.context.wb.tables = this.context.wb.tables.filter((x) => x !== t);
    });
  }
  protected override _read(name: string): unknown {
    const t = this.table;
    switch (name) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "showTotals":
        return t.showTotals;
      case "showHeaders":
        return t.showHeaders;
      case "style":
        return t.style;
    }
    return super._read(name);
  }
}

// ---------------------------------------------------------------------------------------------- charts

export class ChartCollectionP extends ClientCollection<ChartP> {
  constructor(
    context: FakeContext,
    private readonly ws: WorksheetP,
  ) {
    super(context, ws, () => context.wb, false);
  }
  private sheet(): FakeSheet {
    return this.ws._t<FakeSheet>();
  }
  protected _targets(): unknown[] {
    return [...this.sheet().charts];
  }
  protected _item(target: unknown): ChartP {
    return new ChartP(this.context, this, () => target);
  }
  add(type: string, sourceData: RangeP, seriesBy?: string): ChartP {
    const wb = this.context.wb;
    return this._callCreate(
      "add",
      [type, sourceData, seriesBy ?? "Auto"],
      (resolver) => new ChartP(this.context, this, resolver),
      () => {
        const sheet = this.sheet();
        const src = sourceData._rects();
        if (src.sheet !== sheet) throw invalid("The fake charts data of their own sheet only");
        const source = rectA1(src.rects[0] as CellRange);
        const chart: FakeChart = {
          id: newId(wb, "chart"),
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          source,
          title: "",
          series: [{ name: null, values: source, xValues: null }],
          position: null,
          valueAxis: { minimum: null, maximum: null, numberFormat: null },
          dataLabels: { showValue: false, numberFormat: null },
          legendVisible: true,
        };
        sheet.charts.push(chart);
        return chart;
      },
    );
  }
}

abstract class ChartPart extends ClientObj {
  constructor(context: FakeContext, parent: ClientObj) {
    super(context, parent, () => (parent as ChartPart | ChartP)._chart(), false);
  }
  _chart(): FakeChart {
    return this._t<FakeChart>();
  }
  protected change(name: string, value: unknown, f: (c: FakeChart) => void, minApi?: string): void {
    this._set(name, value, () => f(this._chart()), minApi);
  }
}

export class ChartP extends ClientObj {
  private parts = new Map<string, ClientObj>();
  constructor(context: FakeContext, parent: ClientObj, resolver: () => unknown) {
    super(context, parent, resolver, false);
  }
  _chart(): FakeChart {
    return this._t<FakeChart>();
  }
  private part<T extends ClientObj>(key: string, make: () => T): T {
    let p = this.parts.get(key);
    if (!p) {
      p = make();
      this.parts.set(key, p);
    }
    return p as T;
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => (this._chart().name = v));
  }
  get title(): ChartTitleP {
    return this.part("title", () => new ChartTitleP(this.context, this));
  }
  get series(): ChartSeriesCollectionP {
    return this.part("series", () => new ChartSeriesCollectionP(this.context, this));
  }
  get axes(): ChartAxesP {
    return this.part("axes", () => new ChartAxesP(this.context, this));
  }
  get dataLabels(): ChartDataLabelsP {
    return this.part("dataLabels", () => new ChartDataLabelsP(this.context, this));
  }
  get legend(): ChartLegendP {
    return this.part("legend", () => new ChartLegendP(this.context, this));
  }
  setPosition(startCell: RangeP | string, endCell?: RangeP | string): void {
    this._call("setPosition", [startCell, endCell ?? null], () => {
      const a1 = (x: RangeP | string): string =>
        typeof x === "string" ? x : rectA1(x._rects().rects[0] as CellRange);
      this._chart().position = { from: a1(startCell), to: endCell === undefined ? null : a1(endCell) };
    });
  }
  protected override _read(name: string): unknown {
    if (name === "name") return this._chart().name;
    return super._read(name);
  }
}

export class ChartTitleP extends ChartPart {
  set text(v: string) {
    this.change("text", v, (c) => (c.title = v));
  }
}

export class ChartSeriesCollectionP extends ChartPart {
  getItemAt(index: number): ChartSeriesP {
    return new ChartSeriesP(this.context, this, index);
  }
}

export class ChartSeriesP extends ClientObj {
  constructor(
    context: FakeContext,
    parent: ChartSeriesCollectionP,
    private readonly index: number,
  ) {
    super(context, parent, () => parent._chart(), false, { name: "getItemAt", args: [index] });
  }
  private s(): FakeChart["series"][number] {
    const c = this._t<FakeChart>();
    const s = c.series[this.index];
    if (!s) throw new FakeOfficeError("ItemNotFound", `No series ${this.index}`);
    return s;
  }
  set name(v: string) {
    this._set("name", v, () => (this.s().name = v));
  }
  setValues(source: RangeP): void {
    this._call(
      "setValues",
      [source],
      () => (this.s().values = rectA1(source._rects().rects[0] as CellRange)),
      "1.7",
    );
  }
  setXAxisValues(source: RangeP): void {
    this._call(
      "setXAxisValues",
      [source],
      () => (this.s().xValues = rectA1(source._rects().rects[0] as CellRange)),
      "1.7",
    );
  }
}

export class ChartAxesP extends ChartPart {
  private _value?: ChartAxisP;
  get valueAxis(): ChartAxisP {
    return (this._value ??= new ChartAxisP(this.context, this));
  }
}

export class ChartAxisP extends ChartPart {
  set maximum(v: number) {
    this.change("maximum", v, (c) => (c.valueAxis.maximum = v));
  }
  set minimum(v: number) {
    this.change("minimum", v, (c) => (c.valueAxis.minimum = v));
  }
  set numberFormat(v: string) {
    this.change("numberFormat", v, (c) => (c.valueAxis.numberFormat = v), "1.8");
  }
}

export class ChartDataLabelsP extends ChartPart {
  set showValue(v: boolean) {
    this.change("showValue", v, (c) => (c.dataLabels.showValue = v));
  }
  set numberFormat(v: string) {
    this.change("numberFormat", v, (c) => (c.dataLabels.numberFormat = v), "1.8");
  }
}

export class ChartLegendP extends ChartPart {
  set visible(v: boolean) {
    this.change("visible", v, (c) => (c.legendVisible = v));
  }
}

// ---------------------------------------------------------------------------------------------- settings

export class SettingCollectionP extends ClientCollection<SettingP> {
  constructor(context: FakeContext, parent: ClientObj) {
    super(context, parent, () => context.wb, false);
  }
  protected _targets(): unknown[] {
    this._needApi("1.4", "Workbook.settings");
    return [...this.context.wb.settings.keys()];
  }
  protected _item(target: unknown): SettingP {
    return new SettingP(this.context, this, () => target, false);
  }
  getItem(key: string): SettingP {
    return new SettingP(this.context, this, () => (this.context.wb.settings.has(key) ? key : null), false, {
      name: "getItem",
      args: [key],
    });
  }
  getItemOrNullObject(key: string): SettingP {
    return new SettingP(this.context, this, () => (this.context.wb.settings.has(key) ? key : null), true, {
      name: "getItemOrNullObject",
      args: [key],
    });
  }
  add(key: string, value: unknown): SettingP {
    return this._callCreate(
      "add",
      [key, value],
      (resolver) => new SettingP(this.context, this, resolver, false),
      () => {
        if (value === undefined) throw invalid("A setting needs a value");
        this.context.wb.settings.set(key, JSON.stringify(value));
        return key;
      },
      "1.4",
    );
  }
}

export class SettingP extends ClientObj {
  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    this._set("value", v, () => this.context.wb.settings.set(this._t<string>(), JSON.stringify(v)));
  }
  delete(): void {
    this._call("delete", [], () => this.context.wb.settings.delete(this._t<string>()), "1.4");
  }
  protected override _read(name: string): unknown {
    const key = this._t<string>();
    if (name === "key") return key;
    if (name === "value") {
      const raw = this.context.wb.settings.get(key);
      return raw === undefined ? null : JSON.parse(raw);
    }
    return super._read(name);
  }
}

export type { LoadArg };
export { contains };

/** The context `Excel.run` hands to the batch. */
export class ExcelContext extends FakeContext {
  readonly workbook: WorkbookP = new WorkbookP(this);
  /** Cells this batch wrote, for the onChanged events raised after the sync. */
  _changed: { sheet: FakeSheet; rect: CellRange }[] = [];

  override async sync(): Promise<void> {
    try {
      await super.sync();
    } finally {
      const changed = this._changed;
      this._changed = [];
      for (const c of changed)
        void raise(
          this.wb,
          "changed",
          c.sheet.id,
          changedArgs(c.sheet, c.rect, "RangeEdited", "ThisLocalAddin"),
        );
    }
  }
}
