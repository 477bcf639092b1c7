/** Node only: a file path → Grids. The browser uses `loadGridsFromBuffer` directly. */
import { readFile, stat } from "node:fs/promises";
import type { Grid } from "../../core/grid";
import { loadSheetsFromBuffer } from "./buffer";
import type { LoadedSheets } from "./buffer";
import { inputError } from "./errors";

export { InputError, type InputErrorKind } from "./errors";

/** The lists of a file, without the sheets the add-in wrote itself. */
export async function loadWorkbookFile(path: string): Promise<LoadedSheets> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw inputError("missing", path);
  }
  if (info.isDirectory()) throw inputError("directory", path);
  let data: Uint8Array;
  try {
    data = await readFile(path);
  } catch {
    throw inputError("missing", path);
  }
  return loadSheetsFromBuffer(data, path);
}

/** Every sheet of a file as a Grid (our own output sheets excluded). */
export async function loadGrids(path: string): Promise<Grid[]> {
  return (await loadWorkbookFile(path)).grids;
}
