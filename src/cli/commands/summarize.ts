import { summaryJson } from "../../core/summary/json";
import { summarize } from "../../core/summary/summary";
import type { CliArgs } from "../args";
import type { Io } from "../context";
import { checkFiles, exitCode, optionsOf } from "../context";
import { COMBINED_TITLE, summaryText } from "../summary-report";
import { jsonText } from "../terminal";

export async function runSummarize(args: CliArgs, io: Io): Promise<number> {
  const options = optionsOf(args, io);
  const { checked, failures } = await checkFiles(args, options, io);
  const summaries = checked.map(({ file, result }) => ({ file, summary: summarize(result.tables, options) }));
  // A province adding up its districts: the same summary over every file's schools.
  const combined =
    checked.length > 1
      ? summarize(
          checked.flatMap((c) => c.result.tables),
          options,
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
