/// <reference types="office-js" />
/**
 * Marking cells by severity, and putting their formatting back exactly.
 *
 *   highlight  0. ask what the workbook allows (access.ts): cells of a sheet renamed or deleted since
 *                 the check, or of a sheet whose protection forbids formatting, are skipped and said so;
 *              1. read each target's fill (colour, pattern, pattern colour; "no fill" told from a
 *                 white fill by its null tint) and font colour;
 *              2. paint: per sheet and severity, one `getRanges` over the runs of that severity
 *                 setting a light solid fill (ExcelApi 1.9).
 *   revert     0. find each sheet by its id (the user may have renamed it);
 *              1. per sheet and previous fill, one `getRanges` over the runs that had it: `clear()`
 *                 for no fill, else the colour (and pattern).
 *
 * The font is left alone — dark text (and Excel's automatic colour, which office-js reads as
 * "#000000" and could only write back as an explicit black) reads well on the light fills — except
 * where the user's text is light (white on a dark fill, say) and would vanish: those cells get the
 * severity's dark font, and revert puts their exact colour back.
 *
 * Reading goes through `getRanges(…).areas` with one area per cell (a run's format would read as
 * null when its cells differ), ~500 cells per call; should Excel hand back merged areas whose
 * formats differ, those areas are read again cell by cell with `getCellProperties`.
 *
 * On the ExcelApi 1.7 floor there is no `getRanges`, no fill pattern and no tint: runs are read
 * and painted as single ranges (a run whose cells differ is read again per cell), and a white fill
 * cannot be told from no fill — "#FFFFFF" is restored as no fill, the common case. Theme colours
 * come back as their RGB value. Highlights are undone exactly in reverse order of highlighting (each
 * records what it covered). A paint Excel refuses midway throws `WriteFailed` with the undo of
 * every target, which the host runs at once.
 */
import type { Severity } from "../../core/findings/severity";
import type { CellRange } from "../../core/grid";
import type { HighlightCell } from "../../core/findings/cells";
import { HIGHLIGHT_STYLE, needsDarkFont } from "../../core/findings/cells";
import type { RevertToken, SkippedCell } from "../host";
import { workbookAccess } from "./access";
import { packAddresses, parseSheetRange, rangeRef } from "./address";
import type { ApiSupport } from "./api";
import { inSequence, packBySize } from "./batch";
import type { CellRef, Run } from "./cells";
import { a1Of, bySheet, cellKey, columnRuns, parseTargets, runRef } from "./cells";
import { WriteFailed } from "./edits";
import { AREAS_ADDRESS_CHARS, BYTES, REQUEST_BUDGET_BYTES } from "./limits";
import { appendAll } from "../../core/arrays";

export interface CellFormat {
  /** null: no fill. */
  readonly fill: {
    readonly color: string;
    readonly pattern: string;
    readonly patternColor: string | null;
  } | null;
  readonly font: string;
}

/** What revert restores for a cell: its fill, and its font colour when the highlight changed it. */
interface Restore {
  readonly fill: CellFormat["fill"];
  readonly font: string | null;
}

const restoreKey = (r: Restore): string => JSON.stringify(r);

/** A fill as office-js reports it, with "no fill" recognised (pattern "None", or a null tint). */
function fillOf(
  color: unknown,
  pattern: unknown,
  patternColor: unknown,
  tintAndShade: unknown,
): CellFormat["fill"] {
  if (pattern === "None" || tintAndShade === null || tintAndShade === undefined) return null;
  const p = typeof pattern === "string" ? pattern : "Solid";
  return {
    color: String(color).toUpperCase(),
    pattern: p,
    patternColor: p !== "Solid" && typeof patternColor === "string" ? patternColor.toUpperCase() : null,
  };
}

interface Target extends CellRef {
  readonly severity: Severity;
}

export interface HighlightRecord extends CellRef {
  /** The sheet's id: removing the marks finds the sheet even after the user renamed it. */
  readonly sheetId: string;
  readonly before: Restore;
  /** The colour the cell was given, for a live update to tell a mark that changed colour. */
  readonly severity: Severity;
}

export interface HighlightUndo {
  readonly kind: "highlight";
  readonly cells: readonly HighlightRecord[];
}

type Sheets = (name: string) => Excel.Worksheet;

function sheetCache(context: Excel.RequestContext): Sheets {
  const cache = new Map<string, Excel.Worksheet>();
  return (name) => {
    let s = cache.get(name);
    if (!s) {
      s = context.workbook.worksheets.getItem(name);
      cache.set(name, s);
    }
    return s;
  };
}

const FILL_PROPS =
  "items/address, items/format/fill/color, items/format/fill/pattern, items/format/fill/patternColor, items/format/fill/tintAndShade, items/format/font/color";

/** ExcelApi 1.9: formats of single cells through `getRanges(…).areas`, ~500 cells per call. */
async function readFormats19(
  context: Excel.RequestContext,
  cells: readonly CellRef[],
): Promise<Map<string, CellFormat>> {
  const out = new Map<string, CellFormat>();
  const sheets = bySheet(columnRuns(cells));
  const chunks: { sheet: string; cells: CellRef[] }[] = [];
  for (const [sheet, runs] of sheets) {
    const flat = runs.flatMap((r) => [...r.cells]);
    for (const c of packAddresses(flat, a1Of, AREAS_ADDRESS_CHARS)) chunks.push({ sheet, cells: c });
  }
  const batches = packBySize(
    chunks,
    (c) => BYTES.proxy + c.cells.length * (BYTES.area + BYTES.cellFormat),
    REQUEST_BUDGET_BYTES,
  );
  const mixed: { sheet: string; range: CellRange }[] = [];
  const sheetOf = sheetCache(context);
  await inSequence(batches, async (batch) => {
    const queued = batch.map((chunk) => {
      const areas = sheetOf(chunk.sheet).getRanges(chunk.cells.map(a1Of).join(",")).areas;
      areas.load(FILL_PROPS);
      return { chunk, areas };
    });
    await context.sync();
    for (const { chunk, areas } of queued) {
      for (const area of areas.items) {
        const r = rangeOf(area.address);
        if (!r) continue;
        const fill = area.format.fill;
        const one = r.top === r.bottom && r.left === r.right;
        const uniform = fill.color !== null && fill.pattern !== null && area.format.font.color !== null;
        if (!one && !uniform) {
          mixed.push({ sheet: chunk.sheet, range: r });
          continue;
        }
        const format: CellFormat = {
          fill: fillOf(fill.color, fill.pattern, fill.patternColor, fill.tintAndShade),
          font: String(area.format.font.color).toUpperCase(),
        };
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++)
            out.set(cellKey({ sheet: chunk.sheet, row, col }), format);
      }
    }
  });
  if (mixed.length > 0) {
    const packs = packBySize(
      mixed,
      (m) =>
        BYTES.proxy +
        (m.range.bottom - m.range.top + 1) * (m.range.right - m.range.left + 1) * BYTES.cellFormat,
      REQUEST_BUDGET_BYTES,
    );
    await inSequence(packs, async (pack) => {
      const queued = pack.map((m) => ({
        m,
        props: sheetOf(m.sheet)
          .getRange(rangeRef(m.range))
          .getCellProperties({
            format: {
              fill: { color: true, pattern: true, patternColor: true, tintAndShade: true },
              font: { color: true },
            },
          }),
      }));
      await context.sync();
      for (const { m, props } of queued) {
        props.value.forEach((line, i) =>
          line.forEach((p, j) => {
            const f = p.format?.fill;
            out.set(cellKey({ sheet: m.sheet, row: m.range.top + i, col: m.range.left + j }), {
              fill: fillOf(f?.color, f?.pattern, f?.patternColor, f?.tintAndShade),
              font: String(p.format?.font?.color ?? "#000000").toUpperCase(),
            });
          }),
        );
      }
    });
  }
  return out;
}

function rangeOf(address: string): CellRange | null {
  return parseSheetRange(address)?.range ?? null;
}

/** ExcelApi 1.7: formats of runs as single ranges; runs whose cells differ are read again per cell. */
async function readFormats17(
  context: Excel.RequestContext,
  cells: readonly CellRef[],
): Promise<Map<string, CellFormat>> {
  const out = new Map<string, CellFormat>();
  const sheetOf = sheetCache(context);
  const at17 = (color: unknown, font: unknown): CellFormat => {
    const c = String(color).toUpperCase();
    return {
      fill: c === "#FFFFFF" ? null : { color: c, pattern: "Solid", patternColor: null },
      font: String(font).toUpperCase(),
    };
  };
  const runs = columnRuns(cells);
  const mixed: CellRef[] = [];
  const batches = packBySize(runs, () => 2 * BYTES.proxy, REQUEST_BUDGET_BYTES);
  await inSequence(batches, async (batch) => {
    const queued = batch.map((run) => {
      const format = sheetOf(run.sheet).getRange(runRef(run)).format;
      const fill = format.fill;
      const font = format.font;
      fill.load("color");
      font.load("color");
      return { run, fill, font };
    });
    await context.sync();
    for (const { run, fill, font } of queued) {
      if (fill.color === null || font.color === null) appendAll(mixed, run.cells);
      else for (const c of run.cells) out.set(cellKey(c), at17(fill.color, font.color));
    }
  });
  const packs = packBySize(mixed, () => 2 * BYTES.proxy, REQUEST_BUDGET_BYTES);
  await inSequence(packs, async (pack) => {
    const queued = pack.map((c) => {
      const format = sheetOf(c.sheet).getRange(a1Of(c)).format;
      const fill = format.fill;
      const font = format.font;
      fill.load("color");
      font.load("color");
      return { c, fill, font };
    });
    await context.sync();
    for (const { c, fill, font } of queued) out.set(cellKey(c), at17(fill.color, font.color));
  });
  return out;
}

/** Queues one format change over runs: `getRanges` chunks with 1.9, one range per run on 1.7. */
function queueOverRuns(
  sheetOf: Sheets,
  api: ApiSupport,
  runs: readonly Run<CellRef>[],
  apply: (format: Excel.RangeFormat) => void,
): void {
  for (const [sheet, list] of bySheet(runs)) {
    if (api.v1_9) {
      for (const chunk of packAddresses(list, runRef, AREAS_ADDRESS_CHARS))
        apply(sheetOf(sheet).getRanges(chunk.map(runRef).join(",")).format);
    } else {
      for (const run of list) apply(sheetOf(sheet).getRange(runRef(run)).format);
    }
  }
}

/** Runs grouped by a key, each group's runs made only of cells sharing it. */
function runsByKey<T extends CellRef>(cells: readonly T[], key: (c: T) => string): Map<string, Run<T>[]> {
  const groups = new Map<string, T[]>();
  for (const c of cells) {
    const k = key(c);
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  return new Map([...groups].map(([k, list]) => [k, columnRuns(list)]));
}

/** Writes format groups in as few syncs as the budget allows (one for any realistic highlight). */
async function writeGroups<G>(
  context: Excel.RequestContext,
  api: ApiSupport,
  groups: readonly G[],
  runsOf: (g: G) => readonly Run<CellRef>[],
  queue: (g: G) => void,
): Promise<void> {
  // With getRanges a run costs its address (plus a few setters per ~4 000 characters); without, a
  // range and its setters each.
  const perRun = api.v1_9
    ? BYTES.area + (4 * BYTES.proxy * BYTES.area) / AREAS_ADDRESS_CHARS
    : 4 * BYTES.proxy;
  const size = (g: G): number => BYTES.proxy * 4 + runsOf(g).length * perRun;
  const batches = packBySize(groups, size, REQUEST_BUDGET_BYTES);
  await inSequence(batches, async (batch) => {
    for (const g of batch) queue(g);
    await context.sync();
  });
}

export async function highlightIn(
  context: Excel.RequestContext,
  api: ApiSupport,
  cells: readonly HighlightCell[],
): Promise<{ undo: HighlightUndo; token: Omit<RevertToken, "id"> }> {
  const parsed = parseTargets(cells);
  const skipped: SkippedCell[] = [...parsed.skipped];
  // A sheet renamed or deleted since the check, or one whose protection forbids formatting, is left
  // alone and said so, never tried.
  const access = await workbookAccess(context);
  // The core gives each cell once, with its colour decided; a repeat would only paint it twice.
  const unique = new Map<string, Target & { readonly sheetId: string }>();
  for (const c of parsed.cells) {
    const sheet = access.byName(c.sheet);
    if (!sheet || !sheet.canFormat) {
      skipped.push({ sheet: c.sheet, cell: c.item.cell, reason: sheet ? "protected" : "no-sheet" });
      continue;
    }
    const t = { sheet: c.sheet, sheetId: sheet.id, row: c.row, col: c.col, severity: c.item.severity };
    if (!unique.has(cellKey(t))) unique.set(cellKey(t), t);
  }
  const targets = [...unique.values()];
  const formats = api.v1_9 ? await readFormats19(context, targets) : await readFormats17(context, targets);
  const painted = targets.map((t) => {
    const f = formats.get(cellKey(t)) ?? { fill: null, font: "#000000" };
    return { ...t, before: { fill: f.fill, font: needsDarkFont(f.font) ? f.font : null } };
  });

  const records: HighlightRecord[] = painted.map((p) => ({
    sheet: p.sheet,
    sheetId: p.sheetId,
    row: p.row,
    col: p.col,
    before: p.before,
    severity: p.severity,
  }));
  const undo: HighlightUndo = { kind: "highlight", cells: records };
  const sheetOf = sheetCache(context);
  const groups = [...runsByKey(painted, (t) => `${t.severity}|${t.before.font === null ? "" : "font"}`)];
  await writeGroups(
    context,
    api,
    groups,
    ([, runs]) => runs,
    ([key, runs]) => {
      const [severity, font] = key.split("|");
      queuePaint(sheetOf, api, severity as Severity, font === "font", runs);
    },
  ).catch((e: unknown) => {
    throw new WriteFailed(undo, e);
  });
  return {
    undo,
    token: { kind: "highlight", cells: records.length, ...(skipped.length > 0 ? { skipped } : {}) },
  };
}

export async function revertHighlightIn(
  context: Excel.RequestContext,
  api: ApiSupport,
  undo: HighlightUndo,
): Promise<number> {
  // Each cell under its sheet's name now; a deleted sheet took its cells with it.
  const access = await workbookAccess(context);
  const present = undo.cells.flatMap((c) => {
    const sheet = access.byId(c.sheetId);
    return sheet ? [{ ...c, sheet: sheet.name }] : [];
  });
  const sheetOf = sheetCache(context);
  const groups = [...runsByKey(present, (c) => restoreKey(c.before))];
  await writeGroups(
    context,
    api,
    groups,
    ([, runs]) => runs,
    ([key, runs]) => queueRestore(sheetOf, api, key, runs),
  );
  return present.length;
}

/** Queues putting back the formatting `key` (a Restore as JSON) over runs. */
function queueRestore(sheetOf: Sheets, api: ApiSupport, key: string, runs: readonly Run<CellRef>[]): void {
  const r = JSON.parse(key) as Restore;
  queueOverRuns(sheetOf, api, runs, (format) => {
    if (r.fill === null) format.fill.clear();
    else {
      format.fill.color = r.fill.color;
      if (api.v1_9) {
        format.fill.pattern = r.fill.pattern as Excel.FillPattern;
        if (r.fill.patternColor !== null) format.fill.patternColor = r.fill.patternColor;
      }
    }
    if (r.font !== null) format.font.color = r.font;
  });
}

/** Queues the marks of one severity over runs, with the dark font where `font` says so. */
function queuePaint(
  sheetOf: Sheets,
  api: ApiSupport,
  severity: Severity,
  font: boolean,
  runs: readonly Run<CellRef>[],
): void {
  const style = HIGHLIGHT_STYLE[severity];
  queueOverRuns(sheetOf, api, runs, (format) => {
    format.fill.color = style.fill;
    if (api.v1_9) format.fill.pattern = "Solid";
    if (font) format.font.color = style.font;
  });
}

/**
 * Brings the marks of one sheet up to date after a live re-check: `cells` are the sheet's marks now.
 * Cells no longer marked get their formatting back as `revertHighlightIn` would; new cells are read and
 * marked; cells whose severity changed are painted again (their saved formatting stays the user's).
 * Syncs: one for the sheets, one for the formats of new cells, one for the writes (more only for a
 * pasted block of thousands of cells). Returns the undo now covering every mark.
 */
export async function updateHighlightIn(
  context: Excel.RequestContext,
  api: ApiSupport,
  undo: HighlightUndo,
  sheetName: string,
  cells: readonly HighlightCell[],
): Promise<HighlightUndo> {
  const access = await workbookAccess(context);
  const sheet = access.byName(sheetName);
  if (!sheet || !sheet.canFormat) return undo;
  const here = (r: HighlightRecord): boolean => r.sheetId === sheet.id;
  const at = (row: number, col: number): string => `${row}:${col}`;
  const wanted = new Map<string, Severity>();
  for (const c of parseTargets(cells.filter((c) => c.sheet === sheetName)).cells)
    wanted.set(at(c.row, c.col), c.item.severity);

  const kept: HighlightRecord[] = [];
  const gone: HighlightRecord[] = [];
  const recolour: (HighlightRecord & { readonly now: Severity })[] = [];
  const had = new Set<string>();
  for (const r of undo.cells) {
    if (!here(r)) {
      kept.push(r);
      continue;
    }
    const k = at(r.row, r.col);
    had.add(k);
    const now = wanted.get(k);
    if (now === undefined) gone.push(r);
    else if (now !== r.severity) {
      recolour.push({ ...r, sheet: sheet.name, now });
      kept.push({ ...r, severity: now });
    } else kept.push(r);
  }
  const added: Target[] = [];
  for (const [k, severity] of wanted) {
    if (had.has(k)) continue;
    const [row, col] = k.split(":").map(Number) as [number, number];
    added.push({ sheet: sheet.name, row, col, severity });
  }
  if (gone.length === 0 && added.length === 0 && recolour.length === 0) return undo;

  const formats =
    added.length === 0
      ? new Map<string, CellFormat>()
      : api.v1_9
        ? await readFormats19(context, added)
        : await readFormats17(context, added);
  const fresh: HighlightRecord[] = added.map((t) => {
    const f = formats.get(cellKey(t)) ?? { fill: null, font: "#000000" };
    return { ...t, sheetId: sheet.id, before: { fill: f.fill, font: needsDarkFont(f.font) ? f.font : null } };
  });
  const next: HighlightUndo = { kind: "highlight", cells: [...kept, ...fresh] };

  const sheetOf = sheetCache(context);
  type Group = { readonly runs: readonly Run<CellRef>[]; readonly queue: () => void };
  const groups: Group[] = [];
  for (const [key, runs] of runsByKey(
    gone.map((r) => ({ ...r, sheet: sheet.name })),
    (r) => restoreKey(r.before),
  ))
    groups.push({ runs, queue: () => queueRestore(sheetOf, api, key, runs) });
  const paint = [
    ...fresh.map((r) => ({ ...r, severity: r.severity })),
    ...recolour.map((r) => ({ ...r, severity: r.now })),
  ];
  for (const [key, runs] of runsByKey(
    paint,
    (t) => `${t.severity}|${t.before.font === null ? "" : "font"}`,
  )) {
    const [severity, font] = key.split("|");
    groups.push({ runs, queue: () => queuePaint(sheetOf, api, severity as Severity, font === "font", runs) });
  }
  await writeGroups(
    context,
    api,
    groups,
    (g) => g.runs,
    (g) => g.queue(),
  ).catch((e: unknown) => {
    // Whatever was written, restoring every cell ever marked puts the sheet back as it was.
    throw new WriteFailed({ kind: "highlight", cells: [...undo.cells, ...fresh] }, e);
  });
  return next;
}
