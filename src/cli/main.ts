import type { Grid } from "../core/grid";
import { validate } from "../core/validate";
import { tableInfo } from "../core/validate";
import { InputError, loadGrids } from "../hosts/file/load";
import { parseArgs, USAGE } from "./args";
import type { CliArgs } from "./args";
import { CLI_TEXT } from "./strings";
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

function selectSheet(grids: readonly Grid[], sheet: string | null): readonly Grid[] | string {
  if (sheet === null) return grids;
  const found = grids.filter((g) => g.sheet === sheet || g.sheet.normalize("NFC") === sheet.normalize("NFC"));
  return found.length > 0 ? found : grids.map((g) => g.sheet).join(", ");
}

async function runValidate(args: CliArgs, io: Io): Promise<number> {
  const planYear = args.year ?? args.date?.y ?? io.today.getFullYear();
  const options = {
    planYear,
    ...(args.date ? { referenceDate: args.date } : {}),
    regime: args.regime,
  };
  const t = CLI_TEXT[args.lang];
  const results: FileResult[] = [];
  const failures: { file: string; error: string }[] = [];
  for (const file of args.files) {
    let grids: readonly Grid[];
    try {
      grids = await loadGrids(file);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const message = err[args.lang];
      failures.push({ file, error: message });
      io.stderr(`kdcl: ${message}\n`);
      continue;
    }
    const selected = selectSheet(grids, args.sheet);
    if (typeof selected === "string") {
      const message = t.noSheet(args.sheet ?? "", selected);
      failures.push({ file, error: message });
      io.stderr(`kdcl: ${file}: ${message}\n`);
      continue;
    }
    const result = validate(selected, options);
    results.push({ file, tables: result.tables.map(tableInfo), findings: result.findings });
  }
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
    return await runValidate(parsed.args, io);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    io.stderr(`kdcl: lỗi không mong đợi khi kiểm tra (unexpected error): ${detail}\n`);
    return EXIT.input;
  }
}
