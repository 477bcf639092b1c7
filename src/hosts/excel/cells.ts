/// <reference types="office-js" />
/**
 * Scattered cells (the targets of fixes and highlights): grouping them into runs, and reading their
 * content in few requests.
 *
 * A run is a vertical stretch of consecutive rows in one column of one sheet; findings of a column
 * rule (a missing value, a bad code) come in such stretches, so a run is usually many cells. With
 * ExcelApi 1.9 the runs of a sheet travel as one `getRanges("D5:D90,F7,…")` per ~4 000 characters of
 * address and their properties come back through `areas`; on the 1.7 floor each run is one range.
 */
import { columnLetter, parseA1 } from "../../core/grid";
import type { SkippedCell } from "../host";
import { packAddresses, parseSheetRange } from "./address";
import type { ApiSupport } from "./api";
import { inSequence, packBySize } from "./batch";
import { AREAS_ADDRESS_CHARS, BYTES, REQUEST_BUDGET_BYTES } from "./limits";

export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** Longest run: one range's data then stays far below a request's budget (10 000 cells × ~80 bytes). */
const MAX_RUN = 10_000;

export const cellKey = (c: CellRef): string => `${c.sheet}\u0000${c.row}\u0000${c.col}`;
export const a1Of = (c: CellRef): string => `${columnLetter(c.col)}${c.row}`;

export interface Run<T extends CellRef> {
  readonly sheet: string;
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
  /** The run's cells, top to bottom. */
  readonly cells: readonly T[];
}

export const runRef = (r: Run<CellRef>): string =>
  r.top === r.bottom
    ? `${columnLetter(r.col)}${r.top}`
    : `${columnLetter(r.col)}${r.top}:${columnLetter(r.col)}${r.bottom}`;

/**
 * Maximal runs of consecutive rows in one column, sheets in order of first appearance. `same`
 * (optional) must also hold between neighbours, e.g. the same severity or the same previous format.
 */
export function columnRuns<T extends CellRef>(
  cells: readonly T[],
  same?: (a: T, b: T) => boolean,
  maxLength = MAX_RUN,
): Run<T>[] {
  const sheetOrder = new Map<string, number>();
  for (const c of cells) if (!sheetOrder.has(c.sheet)) sheetOrder.set(c.sheet, sheetOrder.size);
  const sorted = [...cells].sort(
    (a, b) =>
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.col - b.col || a.row - b.row,
  );
  const runs: Run<T>[] = [];
  let cur: T[] = [];
  const flush = (): void => {
    const first = cur[0];
    const last = cur[cur.length - 1];
    if (first && last)
      runs.push({ sheet: first.sheet, col: first.col, top: first.row, bottom: last.row, cells: cur });
    cur = [];
  };
  for (const c of sorted) {
    const prev = cur[cur.length - 1];
    if (
      prev &&
      (prev.sheet !== c.sheet ||
        prev.col !== c.col ||
        prev.row + 1 !== c.row ||
        cur.length >= maxLength ||
        (same && !same(prev, c)))
    )
      flush();
    cur.push(c);
  }
  flush();
  return runs;
}

/** The runs of each sheet, in sheet order. */
export function bySheet<T extends CellRef>(runs: readonly Run<T>[]): Map<string, Run<T>[]> {
  const out = new Map<string, Run<T>[]>();
  for (const r of runs) {
    const list = out.get(r.sheet);
    if (list) list.push(r);
    else out.set(r.sheet, [r]);
  }
  return out;
}

/** Parses the pane's (sheet, A1) pairs; bad addresses are returned as skipped. Later duplicates win. */
export function parseTargets<T extends { readonly sheet: string; readonly cell: string }>(
  items: readonly T[],
): { cells: (CellRef & { readonly item: T })[]; skipped: SkippedCell[] } {
  const byKey = new Map<string, CellRef & { readonly item: T }>();
  const skipped: SkippedCell[] = [];
  for (const item of items) {
    const p = parseA1(item.cell);
    if (!p) {
      skipped.push({ sheet: item.sheet, cell: item.cell, reason: "bad-address" });
      continue;
    }
    const ref = { sheet: item.sheet, row: p.row, col: p.col, item };
    byKey.set(cellKey(ref), ref);
  }
  return { cells: [...byKey.values()], skipped };
}

/** What a cell holds, enough to write it back exactly. */
export interface CellState {
  readonly kind: "formula" | "text" | "number" | "boolean" | "error" | "empty";
  /** The formula for a formula cell, else the value ("" when empty). */
  readonly content: string | number | boolean;
  readonly numberFormat: string;
}

/**
 * A formula is told from text that starts with "=" (a quote-prefixed or text-formatted cell, which
 * `formulas` also returns with its "=") by its value or its R1C1 form differing from the text.
 */
function cellState(
  formula: unknown,
  formulaR1C1: unknown,
  value: unknown,
  valueType: unknown,
  numberFormat: unknown,
): CellState {
  const nf = typeof numberFormat === "string" ? numberFormat : "General";
  if (
    typeof formula === "string" &&
    formula.startsWith("=") &&
    (formula !== value || formulaR1C1 !== formula)
  )
    return { kind: "formula", content: formula, numberFormat: nf };
  switch (valueType) {
    case "Empty":
      return { kind: "empty", content: "", numberFormat: nf };
    case "Error":
      return { kind: "error", content: String(value), numberFormat: nf };
    case "Boolean":
      return { kind: "boolean", content: Boolean(value), numberFormat: nf };
    case "Double":
      return { kind: "number", content: Number(value), numberFormat: nf };
    default:
      return { kind: "text", content: String(value ?? ""), numberFormat: nf };
  }
}

type StateProp = "formulas" | "formulasR1C1" | "values" | "valueTypes" | "numberFormat";

/**
 * Reads the content of many cells: `null` for cells on a sheet that does not exist. Runs are packed
 * so each sync stays within the request budget (one sync for any realistic number of fixes).
 */
export async function readStates<T extends CellRef>(
  context: Excel.RequestContext,
  api: ApiSupport,
  cells: readonly T[],
): Promise<Map<string, CellState | null>> {
  const out = new Map<string, CellState | null>();
  const runs = columnRuns(cells);
  const sheets = bySheet(runs);
  interface Chunk {
    readonly sheet: string;
    readonly runs: Run<T>[];
  }
  const chunks: Chunk[] = [];
  for (const [sheet, list] of sheets) {
    const groups = api.v1_9 ? packAddresses(list, runRef, AREAS_ADDRESS_CHARS) : list.map((r) => [r]);
    for (const g of groups) chunks.push({ sheet, runs: g });
  }
  const size = (c: Chunk): number =>
    BYTES.proxy + c.runs.reduce((n, r) => n + BYTES.area + (r.bottom - r.top + 1) * BYTES.cellState, 0);
  const batches = packBySize(chunks, size, REQUEST_BUDGET_BYTES);

  const record = (sheet: string, address: string, m: Record<StateProp, unknown[][]>): void => {
    const r = parseSheetRange(address)?.range;
    if (!r) return;
    for (let i = 0; i <= r.bottom - r.top; i++) {
      for (let j = 0; j <= r.right - r.left; j++) {
        const at = (k: StateProp): unknown => m[k][i]?.[j];
        out.set(
          cellKey({ sheet, row: r.top + i, col: r.left + j }),
          cellState(at("formulas"), at("formulasR1C1"), at("values"), at("valueTypes"), at("numberFormat")),
        );
      }
    }
  };

  await inSequence(batches, async (batch) => {
    const ws = new Map<string, Excel.Worksheet>();
    const sheetOf = (name: string): Excel.Worksheet => {
      const cached = ws.get(name);
      if (cached !== undefined) return cached;
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      ws.set(name, sheet);
      return sheet;
    };
    const queued = batch.map((chunk) => {
      const sheet = sheetOf(chunk.sheet);
      if (api.v1_9) {
        const areas = sheet.getRanges(chunk.runs.map(runRef).join(",")).areas;
        areas.load(
          "items/address, items/formulas, items/formulasR1C1, items/values, items/valueTypes, items/numberFormat",
        );
        return { chunk, sheet, areas, range: null };
      }
      const range = sheet.getRange(runRef(chunk.runs[0] as Run<T>));
      range.load("address, formulas, formulasR1C1, values, valueTypes, numberFormat");
      return { chunk, sheet, areas: null, range };
    });
    await context.sync();
    for (const q of queued) {
      if (q.sheet.isNullObject) {
        for (const r of q.chunk.runs) for (const c of r.cells) out.set(cellKey(c), null);
        continue;
      }
      if (q.areas) {
        for (const a of q.areas.items) record(q.chunk.sheet, a.address, a);
      } else if (q.range) {
        record(q.chunk.sheet, q.range.address, q.range);
      }
    }
  });
  return out;
}
