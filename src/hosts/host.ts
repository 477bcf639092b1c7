import type { Grid } from "../core/grid";
import type { Field } from "../core/table/fields";
import type { Severity } from "../core/findings/finding";

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

/** Enough to put every changed cell back exactly as it was. Opaque to the pane. */
export interface RevertToken {
  readonly kind: "edits" | "highlight";
  readonly cells: number;
  readonly id: string;
}

export interface HighlightCell {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
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
  readonly settings: WorkbookSettings;
}

/** The user's corrected column mapping for a sheet, as kept in settings. */
export type SavedMapping = Partial<Record<Field, number>>;
