import type { Grid } from "../core/grid";
import type { SheetPlan } from "../core/output/host";
import type { OutputSheet } from "../core/output/model";
import type { HighlightCell } from "../core/findings/cells";
import type { ReadRows } from "../core/live/patch";
import type { SheetChange } from "../core/live/rows";

/**
 * What the task pane needs from the workbook it runs against. The Excel host implements it with
 * office-js; the standalone page implements it on an in-browser workbook. Components receive it
 * through context, so they render the same against a fake in tests.
 */

/** One cell to change, with the value to write. Text stays text (never a formula). */
export interface CellEdit {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  readonly value: string | number;
}

/** A cell an action left alone, and why. */
export interface SkippedCell {
  readonly sheet: string;
  readonly cell: string;
  /**
   * `formula`: the cell holds a formula, which a fix never overwrites; `no-sheet`: the sheet is gone;
   * `bad-address`: not an A1 cell address; `changed`: the user changed the cell after the fix, so
   * undoing the fix leaves it as the user made it; `protected`: the sheet's protection refuses the
   * change (a locked cell, or a format change the protection does not allow).
   */
  readonly reason: "formula" | "no-sheet" | "bad-address" | "changed" | "protected";
}

/** Enough to put every changed cell back exactly as it was. Opaque to the pane. */
export interface RevertToken {
  readonly kind: "edits" | "highlight";
  /** Cells actually changed (skipped ones are not counted). */
  readonly cells: number;
  readonly id: string;
  /** Cells asked for but left alone (formula cells for `applyEdits`); absent when none were. */
  readonly skipped?: readonly SkippedCell[];
}

export interface Progress {
  /** 0..1 */
  readonly done: number;
  readonly label?: string;
}

export interface WorkOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: Progress) => void;
}

/** Settings the add-in keeps in the workbook: mapping, plan header, language, regime… */
export interface WorkbookSettings {
  get<T>(key: string): T | null;
  set(key: string, value: unknown): Promise<void>;
}

export interface SheetInfo {
  readonly name: string;
  readonly active: boolean;
  /** Sheets the add-in wrote (summary, findings): never read as a list. */
  readonly ours: boolean;
}

/** What a watched sheet reports: cells changed, or the sheet is no longer there under its name. */
export type WatchEvent =
  | { readonly kind: "change"; readonly change: SheetChange }
  | { readonly kind: "gone"; readonly reason: "deleted" | "renamed" };

export interface SheetWatch {
  /** Stops the events; safe to call twice. */
  stop(): Promise<void>;
}

/** Rows read again after an edit, with the sheet's name now (a renamed sheet is no longer the list). */
export interface ReadBack extends ReadRows {
  readonly sheet: string;
}

/** The live check's needs of a host whose workbook the user edits while the pane is open (Excel). */
export interface LiveHost {
  /** Reports the user's edits of `sheet` until stopped. */
  watch(sheet: string, listener: (event: WatchEvent) => void): Promise<SheetWatch>;
  /** Worksheet rows top..bottom, columns left..right, in one request. */
  readRows(sheet: string, top: number, bottom: number, left: number, right: number): Promise<ReadBack>;
  /**
   * Brings a highlight of `sheet` up to date with `cells`, its marks now: cells no longer among them
   * get their formatting back exactly as the highlight's undo would, new ones are marked, and the
   * token (same id) still undoes everything. A constant number of requests whatever the list's size.
   */
  updateHighlight(token: RevertToken, sheet: string, cells: readonly HighlightCell[]): Promise<RevertToken>;
}

/** A drop-down to put on one column of a list. */
export interface ListTarget {
  /** Worksheet column. */
  readonly col: number;
  readonly values: readonly string[];
  readonly title: string;
  /** The input message shown when a cell is selected. */
  readonly prompt: string;
  /** The warning shown when a value outside the list is typed. */
  readonly alert: string;
}

/** A range the add-in gave a drop-down, as remembered to remove exactly it. */
export interface AppliedList {
  readonly sheet: string;
  /** A1 range on the sheet. */
  readonly address: string;
  /** The list as set ("CĐ1,CĐ2,…"): a range whose rule differs now is the user's. */
  readonly source: string;
}

export interface ListsOutcome {
  readonly applied: readonly AppliedList[];
  /** Columns that already had validation (the user's): left as they are. */
  readonly kept: readonly ListTarget[];
}

/** A new list sheet: its name, headers, column widths (points) and drop-downs (by worksheet column). */
export interface TemplateSpec {
  readonly name: string;
  readonly headers: readonly string[];
  readonly widths: readonly number[];
  readonly lists: readonly ListTarget[];
  /** Rows below the header that get the drop-downs. */
  readonly rows: number;
}

/** Drop-down lists on a list's columns, and new list sheets (Excel). */
export interface ListsHost {
  /** Drop-downs on rows top..bottom of each target column whose cells have no validation yet. */
  apply(sheet: string, top: number, bottom: number, targets: readonly ListTarget[]): Promise<ListsOutcome>;
  /** Adds a new list sheet under a free name (never over a sheet the workbook has); returns the name. */
  addSheet(spec: TemplateSpec): Promise<string>;
  /** Removes exactly the drop-downs the add-in set and still holding its rule. */
  remove(
    lists: readonly AppliedList[],
  ): Promise<{ readonly removed: readonly AppliedList[]; readonly left: readonly AppliedList[] }>;
}

export interface WorkbookHost {
  readonly kind: "excel" | "standalone";
  /** A name for the workbook, for downloads and titles. */
  readonly title: () => string;
  listSheets(): Promise<SheetInfo[]>;
  /** The used range of a sheet (the active one when `sheet` is null), read in blocks. */
  readSheet(sheet: string | null, options?: WorkOptions): Promise<Grid>;
  /** Selects and shows a cell. */
  select(sheet: string, cell: string): Promise<void>;
  /** Writes the edits and returns how to undo them exactly; formula cells are never overwritten. */
  applyEdits(edits: readonly CellEdit[]): Promise<RevertToken>;
  /** Marks cells by severity and returns how to restore their previous formatting exactly. */
  highlight(cells: readonly HighlightCell[]): Promise<RevertToken>;
  /** Undoes a previous `applyEdits` or `highlight`. */
  revert(token: RevertToken): Promise<void>;
  /**
   * Writes the add-in's own output sheets ("Tổng hợp", "Kết quả kiểm tra"), as built by
   * `buildOutputSheets` in `core/output/build`; the pane passes one or both. Added for the task pane:
   * implement it with `writeOutput(sheetHost, sheets)` from `core/output/host` (it replaces only the
   * sheets our ownership names mark, never a sheet the user made) and return its plan, whose `write`
   * names the sheets as actually written ("Tổng hợp (2)" when the user owns "Tổng hợp"). Those sheets
   * must then be listed with `ours: true`. The active sheet should stay the one the user had open.
   */
  writeOutputSheets(sheets: readonly OutputSheet[]): Promise<SheetPlan>;
  readonly settings: WorkbookSettings;
  /** Present where the user can edit the workbook while the pane is open (Excel). */
  readonly live?: LiveHost;
  /** Present where the host can put drop-down lists on cells (Excel). */
  readonly lists?: ListsHost;
}
