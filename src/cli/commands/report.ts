/**
 * `kdcl report`: the user's workbook with the "Tổng hợp" and "Kết quả kiểm tra" sheets added, as a
 * new file. Every part of the original is copied byte for byte (macros, charts, pictures, names…);
 * only ours are new. The original is only read, and the output can never be the input.
 */
import { summarize } from "../../core/summary/summary";
import { buildOutputSheets } from "../../core/output/build";
import { freeSheetName } from "../../core/output/host";
import type { Grid } from "../../core/grid";
import { validate } from "../../core/validate";
import { checkWorkbookKind, extensionOf, loadSheetsFromBuffer, readCsv } from "../../hosts/file/buffer";
import { InputError, inputError, limitError } from "../../hosts/file/errors";
import { readInputFile } from "../../hosts/file/load";
import { LimitError } from "../../hosts/file/package/limits";
import { DamagedPackage } from "../../hosts/file/package/zip";
import { ZipWriter } from "../../hosts/file/package/zip-writer";
import type { PackageSource } from "../../hosts/file/report/source";
import { csvSource, ZipSource } from "../../hosts/file/report/source";
import { packageExtension, writeReport } from "../../hosts/file/report/write";
import type { CliArgs } from "../args";
import type { Io } from "../context";
import { EXIT, optionsOf } from "../context";
import { checkOutput, writeOutput } from "../output";
import { CLI_TEXT } from "../strings";
import { terminalLine } from "../terminal";

interface Opened {
  readonly source: PackageSource;
  readonly grids: readonly Grid[];
  readonly extension: "xlsx" | "xlsm";
}

/** A CSV becomes a new package whose one sheet is named after the file, as Excel allows a name. */
function openCsv(bytes: Uint8Array, file: string): Opened {
  const [grid] = readCsv(bytes, file);
  if (!grid) throw inputError("empty", file);
  const sheet = freeSheetName(grid.sheet, new Set());
  return { source: csvSource(grid, sheet), grids: [{ ...grid, sheet }], extension: "xlsx" };
}

async function openWorkbook(bytes: Uint8Array, file: string): Promise<Opened> {
  if (bytes.length === 0) throw inputError("empty", file);
  checkWorkbookKind(bytes, file);
  let source: ZipSource;
  try {
    source = new ZipSource(bytes);
  } catch (err) {
    if (err instanceof LimitError) throw limitError(err.breach, file);
    if (err instanceof DamagedPackage) throw inputError("corrupt", file);
    throw err;
  }
  // The lists, read as `validate` reads them; our own sheets of an earlier report are left out.
  const { grids } = await loadSheetsFromBuffer(bytes, file);
  const extension = await packageExtension(source).catch(() => null);
  if (extension === null) throw inputError("not-workbook", file);
  return { source, grids, extension };
}

async function open(file: string): Promise<Opened> {
  const ext = extensionOf(file);
  if (ext !== "xlsx" && ext !== "xlsm" && ext !== "xls" && ext !== "csv")
    throw inputError("unsupported", file);
  const bytes = await readInputFile(file);
  return ext === "csv" ? openCsv(bytes, file) : openWorkbook(bytes, file);
}

export async function runReport(args: CliArgs, io: Io): Promise<number> {
  const t = CLI_TEXT[args.lang];
  const file = args.files[0];
  if (file === undefined || args.out === null) return EXIT.input;
  let opened: Opened;
  try {
    opened = await open(file);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.stderr(`kdcl: ${err[args.lang]}\n`);
    return EXIT.input;
  }
  const check = await checkOutput({
    out: args.out,
    inputs: [file],
    extension: opened.extension,
    reason: opened.extension === "xlsm" ? "macro" : "plain",
    force: args.force,
    lang: args.lang,
  });
  if (!check.ok) {
    io.stderr(`kdcl: ${check.message}\n`);
    return EXIT.input;
  }
  const grids = args.sheet === null ? opened.grids : opened.grids.filter((g) => g.sheet === args.sheet);
  if (grids.length === 0) {
    io.stderr(`kdcl: ${file}: ${t.noSheet(args.sheet ?? "", opened.grids.map((g) => g.sheet).join(", "))}\n`);
    return EXIT.input;
  }
  const options = optionsOf(args, io);
  const result = validate(grids, options);
  const sheets = buildOutputSheets({
    summary: summarize(result.tables, options),
    findings: result.findings,
    lang: args.lang,
    sourceFile: file.replace(/^.*[\\/]/, ""),
  });
  let failure: string | null;
  try {
    failure = await writeOutput(
      check.target,
      async (sink) => {
        const zip = new ZipWriter(sink);
        await writeReport(opened.source, sheets, zip);
        await zip.finish();
      },
      args.lang,
    );
  } catch (err) {
    // The package could be listed but one of the parts that tie it together cannot be read.
    if (err instanceof LimitError) failure = limitError(err.breach, file)[args.lang];
    else if (err instanceof DamagedPackage) failure = inputError("corrupt", file)[args.lang];
    else throw err;
  }
  if (failure !== null) {
    io.stderr(`kdcl: ${failure}\n`);
    return EXIT.input;
  }
  io.stdout(`${terminalLine(t.written(args.out))}\n`);
  return result.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}
