/**
 * Node only: what `kdcl report` starts from. An .xlsx or .xlsm is its own package, copied as it is;
 * a CSV becomes a minimal package holding its text; an .xls or .ods becomes the .xlsx of its values
 * and merges. Each comes with the lists to check (our sheets of an earlier report left out) and the
 * extension the copy must have. Every failure is an InputError.
 */
import type { Grid } from "../../../core/grid";
import { freeSheetName } from "../../../core/output/host";
import type { Lang } from "../../../core/text/format";
import {
  extensionOf,
  isLegacyExtension,
  loadSheetsFromBuffer,
  readCsv,
  readLegacy,
  workbookFormat,
} from "../buffer";
import { inputError, limitError } from "../errors";
import { LimitError } from "../package/limits";
import { DamagedPackage } from "../package/zip";
import type { PackageSource } from "./source";
import { csvSource, ZipSource } from "./source";
import { packageExtension } from "./write";

export interface ReportInput {
  readonly source: PackageSource;
  /** The lists to check, named as the sheets of the copy. */
  readonly grids: readonly Grid[];
  /** The extension the copy must have: .xlsm keeps a workbook's macros. */
  readonly extension: "xlsx" | "xlsm";
  /** What the copy cannot keep, in each language (an .xls or .ods file's formatting); else empty. */
  readonly notCopied: Readonly<Record<Lang, readonly string[]>>;
}

const NOTHING_LOST = { vi: [], en: [] } as const;

function zipSource(bytes: Uint8Array, fileName: string): ZipSource {
  try {
    return new ZipSource(bytes);
  } catch (err) {
    if (err instanceof LimitError) throw limitError(err.breach, fileName);
    if (err instanceof DamagedPackage) throw inputError("corrupt", fileName);
    throw err;
  }
}

export async function openReportInput(bytes: Uint8Array, fileName: string): Promise<ReportInput> {
  const ext = extensionOf(fileName);
  if (ext !== "xlsx" && ext !== "xlsm" && ext !== "csv" && !isLegacyExtension(ext))
    throw inputError("unsupported", fileName);
  if (bytes.length === 0) throw inputError("empty", fileName);
  if (ext === "csv") {
    const [read] = readCsv(bytes, fileName);
    if (!read) throw inputError("empty", fileName);
    // "DS [2024]?.csv" names a sheet Excel accepts; findings point at it.
    const sheet = freeSheetName(read.sheet, new Set());
    return {
      source: csvSource(read, sheet),
      grids: [{ ...read, sheet }],
      extension: "xlsx",
      notCopied: NOTHING_LOST,
    };
  }
  const format = workbookFormat(bytes, fileName);
  if (format !== "xlsx") {
    // exceljs is loaded only here: an .xlsx or a CSV is reported without it.
    const [{ LEGACY_NOT_COPIED, workbookOfLegacy }, { gridsOfWorkbook }] = await Promise.all([
      import("../open-book"),
      import("../workbook"),
    ]);
    const workbook = workbookOfLegacy(await readLegacy(bytes, fileName, format));
    const copy = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    return {
      source: zipSource(copy, fileName),
      // Grids from the copy, so findings point at the cells of the workbook written.
      grids: gridsOfWorkbook(workbook, fileName),
      extension: "xlsx",
      notCopied: { vi: [LEGACY_NOT_COPIED.vi], en: [LEGACY_NOT_COPIED.en] },
    };
  }
  const source = zipSource(bytes, fileName);
  // The lists, read as `validate` reads them; our own sheets of an earlier report are left out.
  const { grids } = await loadSheetsFromBuffer(bytes, fileName);
  const extension = await packageExtension(source).catch(() => null);
  if (extension === null) throw inputError("not-workbook", fileName);
  return { source, grids, extension, notCopied: NOTHING_LOST };
}
