import type { Grid } from "../core/grid";
import type { ValidateOptions } from "../core/validate";
import { tableInfo, validate } from "../core/validate";
import type { ValidationResult } from "../core/validate";
import { summarize } from "../core/summary/summary";
import { summaryJson } from "../core/summary/json";
import { InputError, loadGrids } from "../hosts/file/load";
import { parseArgs, USAGE } from "./args";
import type { CliArgs } from "./args";
import { CLI_TEXT } from "./strings";
import { COMBINED_TITLE, summaryText } from "./summary-report";
import type { FileResult } from "./validate-report";
import { countBySeverity, findingJson, textReport } from "./validate-report";

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today, for the default plan year. */
  readonly today: Date;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: new Date(),
};

/** Exit codes of SPEC §11. */
export const EXIT = { ok: 0, findings: 1, input: 2 } as const;

interface Checked {
  readonly file: string;
  readonly result: ValidationResult;
}

interface Failure {
  readonly file: string;
  readonly error: string;
}

function selectSheet(grids: readonly Grid[], sheet: string | null): readonly Grid[] | string {
  if (sheet === null) return grids;
  const wanted = sheet.normalize("NFC");
  const found = grids.filter((g) => g.sheet.normalize("NFC") === wanted);
  return found.length > 0 ? found : grids.map((g) => g.sheet).join(", ");
}

function optionsOf(args: CliArgs, io: Io): ValidateOptions {
  return {
    planYear: args.year ?? args.date?.y ?? io.today.getFullYear(),
    ...(args.date ? { referenceDate: args.date } : {}),
    regime: args.regime,
  };
}

/** Loads and checks every file; unreadable ones become one-line messages on stderr. */
async function checkFiles(
  args: CliArgs,
  options: ValidateOptions,
  io: Io,
): Promise<{ checked: Checked[]; failures: Failure[] }> {
  const t = CLI_TEXT[args.lang];
  const checked: Checked[] = [];
  const failures: Failure[] = [];
  const fail = (file: string, error: string): void => {
    failures.push({ file, error });
    io.stderr(`kdcl: ${error}\n`);
  };
  for (const file of args.files) {
    let grids: readonly Grid[];
    try {
      grids = await loadGrids(file);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      fail(file, err[args.lang]);
      continue;
    }
    const selected = selectSheet(grids, args.sheet);
    if (typeof selected === "string") {
      fail(file, `${file}: ${t.noSheet(args.sheet ?? "", selected)}`);
      continue;
    }
    checked.push({ file, result: validate(selected, options) });
  }
  return { checked, failures };
}

async function runValidate(args: CliArgs, io: Io): Promise<number> {
  const { checked, failures } = await checkFiles(args, optionsOf(args, io), io);
  const results: FileResult[] = checked.map(({ file, result }) => ({
    file,
    tables: result.tables.map(tableInfo),
    findings: result.findings,
  }));
  if (args.json) {
    const files = [
      ...results.map((r) => ({
        file: r.file,
        tables: r.tables,
        findings: r.findings.map((f) => findingJson(f, args.lang)),
      })),
      ...failures,
    ];
    io.stdout(`${JSON.stringify({ files }, null, 2)}\n`);
  } else if (results.length > 0) {
    io.stdout(textReport(results, args.lang));
  }
  if (failures.length > 0) return EXIT.input;
  const errors = results.reduce((n, r) => n + countBySeverity(r.findings).error, 0);
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

async function runSummarize(args: CliArgs, io: Io): Promise<number> {
  const options = optionsOf(args, io);
  const { checked, failures } = await checkFiles(args, options, io);
  const summaries = checked.map(({ file, result }) => ({ file, summary: summarize(result.tables, options) }));
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
    io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    const parts = summaries.map(({ file, summary }) => summaryText(file, summary, args.lang));
    if (combined) parts.push(summaryText(COMBINED_TITLE[args.lang], combined, args.lang));
    io.stdout(parts.join("\n"));
  }
  if (failures.length > 0) return EXIT.input;
  const errors = checked.reduce((n, c) => n + countBySeverity(c.result.findings).error, 0);
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

const COMMANDS = { validate: runValidate, summarize: runSummarize } as const;

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
