import { tableInfo } from "../../app/report";
import type { CliArgs } from "../args";
import type { Io } from "../context";
import { checkFiles, exitCode } from "../context";
import { ChunkedWriter, JsonItems, jsonPieces, writeLines } from "../stream";
import { jsonEscape, terminalLine } from "../terminal";
import type { FileResult } from "../validate-report";
import { findingJson, periodJson, reportLines, skippedJson } from "../validate-report";

export async function runValidate(args: CliArgs, io: Io): Promise<number> {
  const { checked, failures } = await checkFiles(args, io);
  const results: FileResult[] = checked.map(({ file, check }) => ({
    file,
    tables: check.tables.map(tableInfo),
    findings: check.findings,
    period: check.period,
    skipped: check.skipped,
  }));
  // Written as it is made: each finding's JSON or lines are made only as they are written.
  const out = new ChunkedWriter(io.stdout);
  if (args.json) {
    const files = [
      ...results.map((r) => ({
        file: r.file,
        period: periodJson(r.period, args.lang),
        tables: r.tables,
        skipped: skippedJson(r.skipped, args.lang),
        findings: new JsonItems(r.findings, (f) => findingJson(f, args.lang)),
      })),
      ...failures,
    ];
    for (const piece of jsonPieces({ files })) out.put(jsonEscape(piece));
    out.put("\n");
  } else if (results.length > 0) {
    writeLines(reportLines(results, args.lang), terminalLine, out);
  }
  out.end();
  return exitCode(checked, failures);
}
