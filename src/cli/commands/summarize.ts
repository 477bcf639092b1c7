import { summaryJson } from "../../app/report";
import type { Summary } from "../../core/summary/summary";
import { combinedSummary } from "../../app/check";
import type { CliArgs } from "../args";
import type { Io } from "../context";
import { checkFiles, exitCode } from "../context";
import { COMBINED_TITLE, summaryText } from "../summary-report";
import { jsonText } from "../terminal";

/** Each file by its name; by its path where two files share a name. */
function unitNames(files: readonly string[]): string[] {
  const base = files.map((f) => f.replace(/^.*[\\/]/, ""));
  return base.map((b, i) => (base.indexOf(b) !== base.lastIndexOf(b) ? (files[i] ?? b) : b));
}

export async function runSummarize(args: CliArgs, io: Io): Promise<number> {
  const { checked, failures } = await checkFiles(args, io);
  const summaries: { file: string; summary: Summary }[] = checked.map(({ file, check }) => ({
    file,
    summary: check.summary,
  }));
  // A province adding up its districts: the same summary over every file's schools.
  const first = checked[0];
  const combined =
    checked.length > 1 && first
      ? combinedSummary(
          checked.map((c) => c.check),
          first.check.period,
          args.regime,
          unitNames(checked.map((c) => c.file)),
        )
      : null;
  if (args.json) {
    const doc = {
      files: [
        ...summaries.map(({ file, summary }) => ({ file, ...summaryJson(summary, args.lang) })),
        ...failures,
      ],
      ...(combined ? { combined: summaryJson(combined, args.lang) } : {}),
    };
    io.stdout(`${jsonText(doc)}\n`);
  } else {
    const parts = summaries.map(({ file, summary }) => summaryText(file, summary, args.lang));
    if (combined) parts.push(summaryText(COMBINED_TITLE[args.lang], combined, args.lang));
    io.stdout(parts.join("\n"));
  }
  return exitCode(checked, failures);
}
