import { useCallback, useRef, useState } from "react";
import type { Grid } from "../../core/grid";
import { problemOf, type Problem } from "./problem";

/** The list the user picked, read into grids in the browser (nothing leaves the computer). */
export interface ListFile {
  readonly name: string;
  readonly grids: readonly Grid[];
}

export interface ListFileState {
  /** Name of the file being read, or null. */
  readonly reading: string | null;
  readonly file: ListFile | null;
  /** Why the last file picked could not be read. */
  readonly problem: (Problem & { readonly name: string }) | null;
  readonly pick: (file: File) => Promise<void>;
}

function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Reads a picked .xlsx/.xlsm/.csv with the file host's reader, loaded on first use (it brings the
 * spreadsheet libraries). A later pick wins over one still being read; a file that cannot be read
 * replaces the previous list with its message, so a plan never comes from a file the user left.
 */
export function useListFile(): ListFileState {
  const [reading, setReading] = useState<string | null>(null);
  const [file, setFile] = useState<ListFile | null>(null);
  const [problem, setProblem] = useState<ListFileState["problem"]>(null);
  const latest = useRef(0);

  const pick = useCallback(async (picked: File) => {
    const id = ++latest.current;
    setReading(picked.name);
    setProblem(null);
    try {
      const [{ loadSheetsFromBuffer }, bytes] = await Promise.all([
        import(/* webpackChunkName: "file-reader" */ "../../hosts/file/buffer"),
        readBytes(picked),
      ]);
      const { grids } = await loadSheetsFromBuffer(bytes, picked.name);
      if (id === latest.current) setFile({ name: picked.name, grids });
    } catch (e) {
      if (id !== latest.current) return;
      setFile(null);
      setProblem({ name: picked.name, ...problemOf(e) });
    } finally {
      if (id === latest.current) setReading(null);
    }
  }, []);

  return { reading, file, problem, pick };
}
