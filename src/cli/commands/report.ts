import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { checkWorkbook } from "../../app/check";
import { outputSheetsOf } from "../../app/output";
import { InputError, inputError } from "../../hosts/file/errors";
import { openForReport, reportBytes } from "../../hosts/file/report";
import type { CliArgs } from "../args";
import type { Io } from "../context";
import { choicesOf, EXIT, noteErrors } from "../context";
import { CLI_TEXT } from "../strings";
import { writeFailure } from "./write-failure";

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
    throw inputError(code === "EISDIR" ? "directory" : "missing", path);
  }
}

/** `kdcl report`: the workbook copied with the "Tổng hợp" and "Kết quả kiểm tra" sheets added. */
export async function runReport(args: CliArgs, io: Io): Promise<number> {
  const t = CLI_TEXT[args.lang];
  const file = args.files[0];
  if (file === undefined || args.out === null) return EXIT.input;
  if (resolve(file) === resolve(args.out)) {
    io.stderr(`kdcl: ${t.sameFile(args.out)}\n`);
    return EXIT.input;
  }
  let source;
  try {
    source = await openForReport(await readInput(file), file, args.lang);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.stderr(`kdcl: ${err[args.lang]}\n`);
    return EXIT.input;
  }
  const outcome = checkWorkbook(source.grids, choicesOf(args), { today: io.today, fileName: file });
  if (outcome.kind === "no-sheet") {
    io.stderr(`kdcl: ${file}: ${t.noSheet(outcome.sheet, outcome.available.join(", "))}\n`);
    return EXIT.input;
  }
  const { check } = outcome;
  const sheets = outputSheetsOf(check, args.lang, file.replace(/^.*[\\/]/, ""));
  try {
    await writeFile(args.out, await reportBytes(source, sheets));
  } catch (err) {
    io.stderr(`kdcl: ${writeFailure(args.out, err, args.lang)}\n`);
    return EXIT.input;
  }
  if (source.notCopied.length > 0) io.stderr(`kdcl: ${t.notCopied(source.notCopied.join(", "))}\n`);
  io.stdout(`${t.written(args.out)}\n`);
  noteErrors(check, file, args, io);
  return check.counts.error > 0 ? EXIT.findings : EXIT.ok;
}
