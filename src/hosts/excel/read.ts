/// <reference types="office-js" />
/**
 * Reading a sheet's used range into a Grid in a constant number of syncs.
 *
 *   sync 1      the sheet's name, the used-range address (values only), its tables, and (ExcelApi 1.13)
 *               its merged areas: everything that does not depend on the size of the list.
 *   syncs 2–4   the values, in READ_BATCHES row slices of the used range. Each slice is queued as
 *               range proxies of at most BLOCK_CELLS cells and synced once; the first slice also
 *               carries the tables' addresses. 1 000, 10 000 and 50 000 rows of 12 columns all take
 *               these three syncs (a slice of 50 000 × 12 is ~200 000 cells, ~2 MB of JSON).
 *   (sync 5)    only when a string looks like an Excel error ("#N/A"…): the value types of the columns
 *               holding such strings, to tell an error from text that merely looks like one.
 *
 * Beyond READ_BATCHES × CELLS_PER_BATCH cells (62 500 rows of 12 columns) a slice is added per
 * CELLS_PER_BATCH cells, so syncs grow by one per ~20 000 rows of 12 columns. The first slice's
 * measured bytes per cell re-plan the rest if the data is denser than planned (long notes), and a
 * payload refusal from Excel halves the slice and retries; both only ever add syncs for unusual data.
 *
 * Dates come as Excel serial numbers (`values` does not carry formats); the core reads serials in
 * date columns as dates. Between blocks the reader yields, checks the abort signal and reports progress.
 */
import type { CellRange, CellValue, Grid, GridTable } from "../../core/grid";
import type { WorkOptions } from "../host";
import { parseSheetRange, rangeRef } from "./address";
import type { ApiSupport } from "./api";
import { inSequence, isPayloadError, jsonBytes, packBySize, throwIfAborted, yieldToHost } from "./batch";
import { BLOCK_CELLS, BYTES, CELLS_PER_BATCH, READ_BATCHES, REQUEST_BUDGET_BYTES } from "./limits";

/** The error values Excel shows; `values` returns them as these strings. */
const EXCEL_ERROR_TEXTS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
  "#TIMEOUT!",
]);

/** Worksheet rows top..bottom (inclusive), all columns of the used range. */
export interface RowSpan {
  readonly top: number;
  readonly bottom: number;
}

export interface ReadPlanOptions {
  readonly batches?: number;
  readonly cellsPerBatch?: number;
  readonly blockCells?: number;
}

/** Splits rows top..bottom into `parts` spans of near-equal size (fewer when there are fewer rows). */
function splitRows(span: RowSpan, parts: number): RowSpan[] {
  const rows = span.bottom - span.top + 1;
  const n = Math.max(1, Math.min(parts, rows));
  const out: RowSpan[] = [];
  let top = span.top;
  for (let i = 0; i < n; i++) {
    const size = Math.floor(rows / n) + (i < rows % n ? 1 : 0);
    out.push({ top, bottom: top + size - 1 });
    top += size;
  }
  return out;
}

/** A batch's spans cut into blocks of at most `blockCells` cells. */
function blocksOf(span: RowSpan, columns: number, blockCells: number): RowSpan[] {
  const rowsPerBlock = Math.max(1, Math.floor(blockCells / columns));
  const rows = span.bottom - span.top + 1;
  return splitRows(span, Math.ceil(rows / rowsPerBlock));
}

/**
 * The batches (one sync each) and their blocks (one range proxy each) for a used range: READ_BATCHES
 * slices, or one per CELLS_PER_BATCH cells when that is more.
 */
export function planRead(range: CellRange, options: ReadPlanOptions = {}): RowSpan[][] {
  const columns = range.right - range.left + 1;
  const rows = range.bottom - range.top + 1;
  const cellsPerBatch = options.cellsPerBatch ?? CELLS_PER_BATCH;
  const batches = Math.max(options.batches ?? READ_BATCHES, Math.ceil((rows * columns) / cellsPerBatch));
  return splitRows({ top: range.top, bottom: range.bottom }, batches).map((s) =>
    blocksOf(s, columns, options.blockCells ?? BLOCK_CELLS),
  );
}

const spanCells = (batch: readonly RowSpan[], columns: number): number =>
  batch.reduce((n, s) => n + (s.bottom - s.top + 1) * columns, 0);

/** Halves a batch that Excel refused: its blocks in two batches, or a lone block in two. */
function halve(batch: readonly RowSpan[], columns: number): RowSpan[][] | null {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const only = batch[0];
  if (!only || only.top === only.bottom) return null;
  return splitRows(only, 2).map((s) => blocksOf(s, columns, BLOCK_CELLS));
}

/** Re-cuts the remaining batches when the bytes measured so far say they would not fit. */
function replan(rest: readonly RowSpan[][], columns: number, bytesPerCell: number): RowSpan[][] {
  return rest.flatMap((batch) => {
    const predicted = spanCells(batch, columns) * bytesPerCell * 1.1;
    if (predicted <= REQUEST_BUDGET_BYTES) return [batch];
    const top = batch[0]?.top ?? 0;
    const bottom = batch[batch.length - 1]?.bottom ?? -1;
    return splitRows({ top, bottom }, Math.ceil(predicted / REQUEST_BUDGET_BYTES)).map((s) =>
      blocksOf(s, columns, BLOCK_CELLS),
    );
  });
}

/** One value of `Range.values` as the core sees it; error-looking strings are settled later. */
function toCell(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  return null;
}

function trimRow(row: CellValue[]): CellValue[] {
  let n = row.length;
  while (n > 0 && row[n - 1] === null) n -= 1;
  return n === row.length ? row : row.slice(0, n);
}

interface Position {
  readonly row: number;
  readonly col: number;
}

/** Column runs (one column, consecutive rows from the first to the last candidate) of error-looking cells. */
function candidateColumns(cands: readonly Position[]): CellRange[] {
  const byCol = new Map<number, { top: number; bottom: number }>();
  for (const p of cands) {
    const cur = byCol.get(p.col);
    if (cur) {
      cur.top = Math.min(cur.top, p.row);
      cur.bottom = Math.max(cur.bottom, p.row);
    } else byCol.set(p.col, { top: p.row, bottom: p.row });
  }
  return [...byCol.entries()].map(([col, s]) => ({ top: s.top, bottom: s.bottom, left: col, right: col }));
}

/**
 * Reads the used range of `sheetName` (the active sheet when null) into a Grid. Call inside one
 * `Excel.run`; the syncs it makes are described at the top of this file.
 */
export async function readGrid(
  context: Excel.RequestContext,
  api: ApiSupport,
  sheetName: string | null,
  options: WorkOptions = {},
): Promise<Grid> {
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  const worksheets = context.workbook.worksheets;
  const sheet = sheetName === null ? worksheets.getActiveWorksheet() : worksheets.getItem(sheetName);
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  const tables = sheet.tables;
  tables.load("items/name, items/showHeaders");
  const merged = api.v1_13 ? used.getMergedAreasOrNullObject() : null;
  const mergedAreas = merged ? merged.areas : null;
  if (mergedAreas) mergedAreas.load("items/address");
  await context.sync();

  const name = sheet.name;
  if (used.isNullObject) {
    onProgress?.({ done: 1 });
    return { sheet: name, top: 1, left: 1, cells: [], merges: [], tables: [] };
  }
  const usedRange = parseSheetRange(used.address)?.range;
  if (!usedRange) throw new Error(`Unexpected used-range address: ${used.address}`);
  const merges: CellRange[] = [];
  if (merged && mergedAreas && !merged.isNullObject) {
    for (const area of mergedAreas.items) {
      const r = parseSheetRange(area.address)?.range;
      if (r) merges.push(r);
    }
  }
  onProgress?.({ done: 0.05 });

  const { top, left, right } = usedRange;
  const columns = right - left + 1;
  const totalCells = (usedRange.bottom - top + 1) * columns;
  const cells: CellValue[][] = [];
  const candidates: Position[] = [];
  const gridTables: GridTable[] = [];
  let cellsDone = 0;
  let bytesDone = 0;

  const convert = (values: unknown[][], span: RowSpan): void => {
    for (let i = 0; i < values.length; i++) {
      const src = values[i] ?? [];
      const row: CellValue[] = new Array<CellValue>(src.length);
      for (let j = 0; j < src.length; j++) {
        const raw = src[j];
        row[j] = toCell(raw);
        if (typeof raw === "string" && raw.startsWith("#") && EXCEL_ERROR_TEXTS.has(raw))
          candidates.push({ row: span.top + i, col: left + j });
      }
      cells[span.top + i - top] = trimRow(row);
    }
    bytesDone += jsonBytes(values);
    cellsDone += values.length * columns;
    onProgress?.({ done: 0.05 + (0.9 * cellsDone) / totalCells });
  };

  const step = async (queue: readonly RowSpan[][], first: boolean): Promise<void> => {
    const [batch, ...rest] = queue;
    if (!batch) return;
    throwIfAborted(signal);
    const blocks = batch.map((span) => {
      const range = sheet.getRange(rangeRef({ top: span.top, bottom: span.bottom, left, right }));
      range.load("values");
      return { span, range };
    });
    const tableRanges = first
      ? tables.items.map((t) => {
          const range = t.getRange();
          range.load("address");
          return { table: t, range };
        })
      : [];
    try {
      await context.sync();
    } catch (e) {
      const halves = isPayloadError(e) ? halve(batch, columns) : null;
      if (!halves) throw e;
      return step([...halves, ...rest], first);
    }
    for (const { table, range } of tableRanges) {
      const r = parseSheetRange(range.address)?.range;
      if (r) gridTables.push({ name: table.name, range: r, hasHeader: table.showHeaders });
    }
    await inSequence(blocks, async ({ span, range }) => {
      throwIfAborted(signal);
      convert(range.values, span);
      await yieldToHost();
    });
    return step(replan(rest, columns, bytesDone / Math.max(1, cellsDone)), false);
  };
  await step(planRead(usedRange), true);

  if (candidates.length > 0) {
    // Text such as "#N/A" typed with a leading apostrophe reads the same as the error; value types tell.
    const runs = candidateColumns(candidates);
    const packs = packBySize(runs, (r) => BYTES.proxy + (r.bottom - r.top + 1) * 10, REQUEST_BUDGET_BYTES);
    const confirmed = new Set<string>();
    await inSequence(packs, async (pack) => {
      throwIfAborted(signal);
      const loaded = pack.map((r) => {
        const range = sheet.getRange(rangeRef(r));
        range.load("valueTypes");
        return { r, range };
      });
      await context.sync();
      for (const { r, range } of loaded) {
        range.valueTypes.forEach((line, i) => {
          if (line[0] === "Error") confirmed.add(`${r.top + i}:${r.left}`);
        });
      }
    });
    for (const p of candidates) {
      if (!confirmed.has(`${p.row}:${p.col}`)) continue;
      const row = cells[p.row - top];
      const v = row?.[p.col - left];
      if (row && typeof v === "string") row[p.col - left] = { error: v };
    }
  }

  for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = [];
  onProgress?.({ done: 1 });
  return { sheet: name, top, left, cells, merges, tables: gridTables };
}
