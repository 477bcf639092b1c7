import { tableInfo } from "../../app/report";
import type { CliArgs } from "../args";
import type { Io } from "../context";
import { checkFiles, exitCode } from "../context";
import type { FileResult } from "../validate-report";
import { findingJson, periodJson, skippedJson, textReport } from "../validate-report";
import { jsonText } from "../terminal";

export async function runValidate(args: CliArgs, io: Io): Promise<number> {
  const { checked, failures } = await checkFiles(args, io);
  const results: FileResult[] = checked.map(({ file, check }) => ({
    file,
    tables: check.tables.map(tableInfo),
    findings: check.findings,
    period: check.period,
    skipped: check.skipped,
  }));
  if (args.json) {
    const files = [
      ...results.map((r) => ({
        file: r.file,
        period: periodJson(r.period, args.lang),
        tables: r.tables,
        skipped: skippedJson(r.skipped, args.lang),
        findings: r.findings.map((f) => findingJson(f, args.lang)),
      })),
      ...failures,
    ];
    io.stdout(`${jsonText({ files })}\n`);
  } else if (results.length > 0) {
    io.stdout(textReport(results, args.lang));
  }
  return exitCode(checked, failures);
}
