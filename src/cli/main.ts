import { parseArgs, USAGE } from "./args";
import type { CliArgs, Command } from "./args";
import type { Io } from "./context";
import { oneLine } from "./terminal";

export type { Io } from "./context";

/** Exit codes (SPEC §11); the same numbers as `EXIT` in context.ts, kept here so help loads nothing. */
const EXIT_INPUT = 2;

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: new Date(),
};

type Run = (args: CliArgs, io: Io) => Promise<number>;

/**
 * Each command loads only its own modules: `validate` never loads exceljs or docx, `report` never
 * loads docx, `plan` loads exceljs only for a file the lean reader leaves to it. A 5-row check then
 * starts almost as fast as node itself.
 */
const COMMANDS: Readonly<Record<Command, () => Promise<Run>>> = {
  validate: async () => (await import("./commands/validate")).runValidate,
  summarize: async () => (await import("./commands/summarize")).runSummarize,
  plan: async () => (await import("./commands/plan")).runPlan,
  report: async () => (await import("./commands/report")).runReport,
};

/** Entry point of the `kdcl` command; resolves to the exit code and never prints a stack trace. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  // Every stderr write is one message line: a file name or a value inside it cannot start another.
  const safe: Io = { ...io, stderr: (text) => io.stderr(oneLine(text)) };
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    io.stdout(USAGE);
    return argv.length === 0 ? EXIT_INPUT : 0;
  }
  if (parsed.kind === "error") {
    safe.stderr(`kdcl: ${parsed.message}\n`);
    return EXIT_INPUT;
  }
  try {
    const run = await COMMANDS[parsed.args.command]();
    return await run(parsed.args, safe);
  } catch (err) {
    // The first line says what went wrong; the rest of a library's message (its stack of causes,
    // a dump of its input) is no help on a terminal, and escaped it would read as one long line.
    const message = err instanceof Error ? err.message : String(err);
    const detail = message.split(/\r?\n/).find((line) => line.trim() !== "") ?? message;
    safe.stderr(`kdcl: lỗi không mong đợi (unexpected error): ${detail}\n`);
    return EXIT_INPUT;
  }
}
