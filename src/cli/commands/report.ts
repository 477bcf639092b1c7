import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { buildOutputSheets } from "../../core/output/build";
import { summarize } from "../../core/summary/summary";
import { validate } from "../../core/validate";
import { InputError, inputError } from "../../hosts/file/errors";
import { openForReport, reportBytes } from "../../hosts/file/report";
import type { CliArgs } from "../args";
import type { Io } from "../context";
import { EXIT, optionsOf } from "../context";
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
  const options = optionsOf(args, io);
  let source;
  try {
    source = await openForReport(await readInput(file), file, args.lang);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.stderr(`kdcl: ${err[args.lang]}\n`);
    return EXIT.input;
  }
  const grids = args.sheet === null ? source.grids : source.grids.filter((g) => g.sheet === args.sheet);
  if (grids.length === 0) {
    io.stderr(`kdcl: ${file}: ${t.noSheet(args.sheet ?? "", source.grids.map((g) => g.sheet).join(", "))}\n`);
    return EXIT.input;
  }
  const result = validate(grids, options);
  const sheets = buildOutputSheets({
    summary: summarize(result.tables, options),
    findings: result.findings,
    lang: args.lang,
    sourceFile: file.replace(/^.*[\\/]/, ""),
  });
  try {
    await writeFile(args.out, await reportBytes(source, sheets));
  } catch (err) {
    io.stderr(`kdcl: ${writeFailure(args.out, err, args.lang)}\n`);
    return EXIT.input;
  }
  if (source.notCopied.length > 0) io.stderr(`kdcl: ${t.notCopied(source.notCopied.join(", "))}\n`);
  io.stdout(`${t.written(args.out)}\n`);
  return result.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}
