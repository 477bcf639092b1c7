/** Node only: a file path → Grids. The browser uses `loadGridsFromBuffer` directly. */
import { readFile, stat } from "node:fs/promises";
import type { Grid } from "../../core/grid";
import { loadGridsFromBuffer } from "./buffer";
import { inputError } from "./errors";

export { InputError, type InputErrorKind } from "./errors";

export async function loadGrids(path: string): Promise<Grid[]> {
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
  return loadGridsFromBuffer(data, path);
}
