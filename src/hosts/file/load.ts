/** Node only: a file path → Grids. The browser uses `loadGridsFromBuffer` directly. */
import { readFile, stat } from "node:fs/promises";
import type { Grid } from "../../core/grid";
import { loadSheetsFromBuffer } from "./buffer";
import type { LoadedSheets } from "./buffer";
import type { InputError } from "./errors";
import { inputError } from "./errors";
import { useWholeInflater } from "./package/inflate";
import { zlibInflater } from "./package/inflate-node";

export { InputError, type InputErrorKind } from "./errors";

// Files read here are read in Node, whose zlib inflates a part in one call.
useWholeInflater(zlibInflater);

/** Why a path could not be opened, as the user should hear it: missing is not the same as forbidden. */
export function openFailure(err: unknown, path: string): InputError {
  const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
  if (code === "EACCES" || code === "EPERM") return inputError("unreadable", path);
  if (code === "EISDIR") return inputError("directory", path);
  if (code === "ERR_FS_FILE_TOO_LARGE" || err instanceof RangeError) return inputError("too-large", path);
  if (code === "ENOENT" || code === "ENOTDIR") return inputError("missing", path);
  return inputError("read-error", path);
}

/** A file's bytes; every failure is a one-line InputError. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw openFailure(err, path);
  }
  if (info.isDirectory()) throw inputError("directory", path);
  try {
    return await readFile(path);
  } catch (err) {
    throw openFailure(err, path);
  }
}

/** The lists of a file, without the sheets the add-in wrote itself. */
export async function loadWorkbookFile(path: string): Promise<LoadedSheets> {
  return loadSheetsFromBuffer(await readInputFile(path), path);
}

/** Every sheet of a file as a Grid (our own output sheets excluded). */
export async function loadGrids(path: string): Promise<Grid[]> {
  return (await loadWorkbookFile(path)).grids;
}
