/**
 * Opening a province's lists at once in the page: every file (or every sheet of one workbook) is
 * opened in this tab, read, checked and summed as its own unit. Each file keeps its own session, so a
 * finding of any unit opens that file's grid.
 */
import type { Grid } from "../core/grid";
import { checkWorkbook } from "../app/check";
import type { RollupEntry, RollupResult } from "../app/rollup";
import { checkSheetsAsUnits, rollUpChecks } from "../app/rollup";
import type { Localized } from "../core/text/localized";
import type { StandaloneSession } from "../hosts/file/browser";

type BrowserModule = typeof import("../hosts/file/browser");

/** Where a unit's list is: its file's session, and the sheet when each sheet is a unit. */
export interface UnitPlace {
  readonly session: StandaloneSession;
  readonly sheet: string | null;
}

export interface OpenedRollup {
  readonly result: RollupResult;
  /** By unit source (the file name, or the sheet name). */
  readonly places: ReadonlyMap<string, UnitPlace>;
  /** The file the sheets come from, when each sheet is a unit. */
  readonly book: string | null;
}

/** The lists of a workbook: every sheet that is not one of our own. */
async function listGrids(session: StandaloneSession): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const sheet of await session.host.listSheets()) {
    if (!sheet.ours) grids.push(await session.host.readSheet(sheet.name));
  }
  return grids;
}

function failureOf(e: unknown): Localized {
  const named = e as { name?: unknown; vi?: unknown; en?: unknown } | null;
  if (named && named.name === "InputError" && typeof named.vi === "string" && typeof named.en === "string")
    return { vi: named.vi, en: named.en };
  const detail = e instanceof Error ? (e.message.split("\n")[0] ?? "") : "";
  return { vi: `Không đọc được tệp. ${detail}`.trim(), en: `The file cannot be read. ${detail}`.trim() };
}

/** File names made distinct: two files called "ds.xlsx" from different folders are two lists. */
function sourceNames(files: readonly File[]): string[] {
  const seen = new Map<string, number>();
  return files.map((f) => {
    const n = (seen.get(f.name) ?? 0) + 1;
    seen.set(f.name, n);
    return n === 1 ? f.name : `${f.name} (${n})`;
  });
}

/** Opens and checks every file, one after the other; `onFile` tells which one is being read. */
export async function openMany(
  browser: BrowserModule,
  files: readonly File[],
  today: Date,
  options: { readonly signal: AbortSignal; readonly onFile: (index: number, name: string) => void },
): Promise<OpenedRollup> {
  const names = sourceNames(files);
  const entries: RollupEntry[] = [];
  const places = new Map<string, UnitPlace>();
  for (const [i, file] of files.entries()) {
    const source = names[i] ?? file.name;
    options.onFile(i, file.name);
    try {
      const session = await browser.openFile(await file.arrayBuffer(), file.name, { signal: options.signal });
      const outcome = checkWorkbook(await listGrids(session), {}, { today, fileName: file.name });
      if (outcome.kind === "checked") entries.push({ source, check: outcome.check });
      places.set(source, { session, sheet: null });
    } catch (e) {
      if (options.signal.aborted) throw e;
      entries.push({ source, failure: failureOf(e) });
    }
  }
  return { result: rollUpChecks(entries, {}, today), places, book: null };
}

/** Every sheet of the open workbook as a unit (a Sở's workbook with a commune per sheet). */
export async function rollUpSheets(session: StandaloneSession, today: Date): Promise<OpenedRollup> {
  const entries = checkSheetsAsUnits(await listGrids(session), {}, { today, fileName: session.fileName });
  const places = new Map<string, UnitPlace>();
  for (const e of entries) places.set(e.source, { session, sheet: e.source });
  return { result: rollUpChecks(entries, {}, today), places, book: session.fileName };
}
