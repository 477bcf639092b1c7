import { parseArgs, USAGE } from "./args";
import type { CliArgs, Command } from "./args";
import type { Io } from "./context";
import { EXIT } from "./context";
import { runPlan } from "./commands/plan";
import { runReport } from "./commands/report";
import { runSummarize } from "./commands/summarize";
import { runValidate } from "./commands/validate";

export type { Io } from "./context";
export { EXIT } from "./context";

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: new Date(),
};

const COMMANDS: Readonly<Record<Command, (args: CliArgs, io: Io) => Promise<number>>> = {
  validate: runValidate,
  summarize: runSummarize,
  plan: runPlan,
  report: runReport,
};

/** Entry point of the `kdcl` command; resolves to the exit code and never prints a stack trace. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    io.stdout(USAGE);
    return argv.length === 0 ? EXIT.input : EXIT.ok;
  }
  if (parsed.kind === "error") {
    io.stderr(`kdcl: ${parsed.message}\n`);
    return EXIT.input;
  }
  try {
    return await COMMANDS[parsed.args.command](parsed.args, io);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    io.stderr(`kdcl: lỗi không mong đợi (unexpected error): ${detail}\n`);
    return EXIT.input;
  }
}
