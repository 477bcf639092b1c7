/**
 * `kdcl report`: the user's workbook with the "Tổng hợp" and "Kết quả kiểm tra" sheets added, as a
 * new file. Every part of the original is copied byte for byte (macros, charts, pictures, names…);
 * only ours are new. The original is only read, and the output can never be the input.
 */
import { checkWorkbook } from "../../app/check";
import { outputSheetsOf } from "../../app/output";
import { InputError, inputError, limitError } from "../../hosts/file/errors";
import { readInputFile } from "../../hosts/file/load";
import { LimitError } from "../../hosts/file/package/limits";
import { DamagedPackage } from "../../hosts/file/package/zip";
import { ZipWriter } from "../../hosts/file/package/zip-writer";
import type { ReportInput } from "../../hosts/file/report/open";
import { openReportInput } from "../../hosts/file/report/open";
import { writeReport } from "../../hosts/file/report/write";
import type { CliArgs } from "../args";
import type { Io } from "../context";
import { choicesOf, EXIT, noteErrors } from "../context";
import { checkOutput, writeOutput } from "../output";
import { CLI_TEXT } from "../strings";
import { terminalLine } from "../terminal";

export async function runReport(args: CliArgs, io: Io): Promise<number> {
  const t = CLI_TEXT[args.lang];
  const file = args.files[0];
  if (file === undefined || args.out === null) return EXIT.input;
  let input: ReportInput;
  try {
    input = await openReportInput(await readInputFile(file), file);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.stderr(`kdcl: ${err[args.lang]}\n`);
    return EXIT.input;
  }
  const check = await checkOutput({
    out: args.out,
    inputs: [file],
    extension: input.extension,
    reason: input.extension === "xlsm" ? "macro" : "plain",
    force: args.force,
    lang: args.lang,
  });
  if (!check.ok) {
    io.stderr(`kdcl: ${check.message}\n`);
    return EXIT.input;
  }
  const outcome = checkWorkbook(input.grids, choicesOf(args), { today: io.today, fileName: file });
  if (outcome.kind === "no-sheet") {
    io.stderr(`kdcl: ${file}: ${t.noSheet(outcome.sheet, outcome.available.join(", "))}\n`);
    return EXIT.input;
  }
  const sheets = outputSheetsOf(outcome.check, args.lang, file.replace(/^.*[\\/]/, ""));
  let failure: string | null;
  try {
    failure = await writeOutput(
      check.target,
      async (sink) => {
        const zip = new ZipWriter(sink);
        await writeReport(input.source, sheets, zip);
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
  const lost = input.notCopied[args.lang];
  if (lost.length > 0) io.stderr(`kdcl: ${t.notCopied(lost.join(", "))}\n`);
  io.stdout(`${terminalLine(t.written(args.out))}\n`);
  noteErrors(outcome.check, file, args, io);
  return outcome.check.counts.error > 0 ? EXIT.findings : EXIT.ok;
}
