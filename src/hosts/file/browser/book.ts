/**
 * The standalone page's workbook: an exceljs workbook in memory, plus what Excel would keep beside it
 * (the active sheet, each sheet's selected cell, the cells marked by a highlight) and the output
 * sheets written, to finish them (charts) when the workbook is downloaded.
 *
 * The host (host.ts) and the grid view (view.ts) share one Book: the host changes it as the pane asks,
 * the view draws it, and every change bumps `version` and tells the subscribers.
 */
import type ExcelJS from "exceljs";
import type { Severity } from "../../../core/findings/severity";
import type { OutputSheet, OutputSheetId } from "../../../core/output/model";
import type { OwnedSheets } from "../write-sheets";
import type { BookSettings } from "./settings";

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

export const markKey = (sheet: string, row: number, col: number): string =>
  `${sheet}\u0000${row}\u0000${col}`;

const isVisible = (ws: ExcelJS.Worksheet): boolean => (ws.state ?? "visible") === "visible";

export class Book {
  private revision = 0;
  private structure = 0;
  private readonly listeners = new Set<() => void>();
  /** The sheet the user looks at: what `readSheet(null)` reads. */
  private activeName: string;
  /** The selected cell of each sheet, as Excel keeps one per sheet. */
  private readonly selections = new Map<string, CellPosition>();
  /** Counts selections, so the view scrolls to a cell selected again after the user scrolled away. */
  selectSeq = 0;
  /** Severity of each highlighted cell (`markKey`), while the highlight lasts. */
  readonly marks = new Map<string, Severity>();
  /** The output sheets last written, by id, with the name each went to: to finish them (charts) on
   *  download, and to draw their charts in the grid view. */
  readonly written = new Map<OutputSheetId, { readonly sheet: OutputSheet; readonly name: string }>();

  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly fileName: string,
    readonly settings: BookSettings,
    /** The file's own custom-properties part, to keep the user's properties in the download. */
    readonly customXml: string | null,
    /** Our sheets, by output id: from kdcl's mark in the file, then from what the page writes. */
    readonly owned: OwnedSheets = new Map(),
  ) {
    const tab = workbook.views?.[0]?.activeTab;
    const all = workbook.worksheets;
    const opened = typeof tab === "number" ? all[tab] : undefined;
    this.activeName = (opened && isVisible(opened) ? opened : all.find(isVisible))?.name ?? "";
  }

  /** Bumped by every change, of the cells or of the view state (active sheet, selection). */
  get version(): number {
    return this.revision;
  }

  /** Bumped when sheets, cells or formats change; not by a new selection. */
  get contentVersion(): number {
    return this.structure;
  }

  /** Tells every subscriber that the workbook (or, with `content` false, only its view) changed. */
  changed(content = true): void {
    this.revision += 1;
    if (content) this.structure += 1;
    for (const listener of [...this.listeners]) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  sheet(name: string): ExcelJS.Worksheet | undefined {
    return this.workbook.worksheets.find((ws) => ws.name === name);
  }

  visibleSheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter(isVisible);
  }

  /** The active sheet's name; the first visible sheet when the active one is gone. */
  get active(): string {
    const ws = this.sheet(this.activeName);
    if (ws && isVisible(ws)) return this.activeName;
    return this.visibleSheets()[0]?.name ?? "";
  }

  activate(name: string): void {
    if (!this.sheet(name)) throw new Error(`Không có trang “${name}”. / No sheet named “${name}”.`);
    if (name === this.activeName) return;
    this.activeName = name;
    this.changed(false);
  }

  selection(sheet: string): CellPosition {
    return this.selections.get(sheet) ?? { row: 1, col: 1 };
  }

  /** Activates `sheet` and selects a cell of it. */
  select(sheet: string, cell: CellPosition): void {
    if (!this.sheet(sheet)) throw new Error(`Không có trang “${sheet}”. / No sheet named “${sheet}”.`);
    this.activeName = sheet;
    this.selections.set(sheet, { row: cell.row, col: cell.col });
    this.selectSeq += 1;
    this.changed(false);
  }
}
