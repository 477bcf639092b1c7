import type { Grid } from "../core/grid";
import type { ValidateOptions, ValidationResult } from "../core/validate";
import { validate } from "../core/validate";
import { InputError, loadGrids } from "../hosts/file/load";
import type { CliArgs } from "./args";
import { CLI_TEXT } from "./strings";

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today, for the default plan year. */
  readonly today: Date;
}

/** Exit codes of SPEC §11. */
export const EXIT = { ok: 0, findings: 1, input: 2 } as const;

export interface Checked {
  readonly file: string;
  readonly grids: readonly Grid[];
  readonly result: ValidationResult;
}

export interface Failure {
  readonly file: string;
  readonly error: string;
}

export function optionsOf(args: CliArgs, io: Io): ValidateOptions {
  return {
    planYear: args.year ?? args.date?.y ?? io.today.getFullYear(),
    ...(args.date ? { referenceDate: args.date } : {}),
    regime: args.regime,
  };
}

function selectSheet(grids: readonly Grid[], sheet: string | null): readonly Grid[] | string {
  if (sheet === null) return grids;
  const wanted = sheet.normalize("NFC");
  const found = grids.filter((g) => g.sheet.normalize("NFC") === wanted);
  return found.length > 0 ? found : grids.map((g) => g.sheet).join(", ");
}

/** Loads and checks every file; unreadable ones become one-line messages on stderr. */
export async function checkFiles(
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
    checked.push({ file, grids, result: validate(selected, options) });
  }
  return { checked, failures };
}

export function errorCount(checked: readonly Checked[]): number {
  let n = 0;
  for (const c of checked) for (const f of c.result.findings) if (f.severity === "error") n += 1;
  return n;
}

/** 2 when an input could not be read, else 1 when the lists hold errors, else 0. */
export function exitCode(checked: readonly Checked[], failures: readonly Failure[]): number {
  if (failures.length > 0) return EXIT.input;
  return errorCount(checked) > 0 ? EXIT.findings : EXIT.ok;
}
