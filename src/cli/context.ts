import type { WorkbookCheck } from "../app/check";
import { checkWorkbook } from "../app/check";
import type { Choices } from "../app/choices";
import type { Grid } from "../core/grid";
import { InputError, loadGrids } from "../hosts/file/load";
import type { CliArgs } from "./args";
import { CLI_TEXT } from "./strings";
import { FIELD_LABELS } from "../app/vocabulary";

/** A name as one terminal line: line breaks and control characters shown, never acted on. */
function oneLine(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

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
  readonly check: WorkbookCheck;
}

export interface Failure {
  readonly file: string;
  readonly error: string;
}

/** The user's choices from the command line; what it leaves out, the workbook or today decides. */
export function choicesOf(args: CliArgs): Choices {
  return {
    planYear: args.year,
    referenceDate: args.date,
    regime: args.regime,
    sheet: args.sheet,
    columns: args.columns,
  };
}

/** Loads and checks every file; unreadable ones become one-line messages on stderr. */
export async function checkFiles(
  args: CliArgs,
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
    const outcome = checkWorkbook(grids, choicesOf(args), { today: io.today, fileName: file });
    if (outcome.kind === "no-sheet") {
      fail(file, `${file}: ${t.noSheet(outcome.sheet, outcome.available.join(", "))}`);
      continue;
    }
    for (const c of outcome.check.unresolvedColumns) {
      io.stderr(`kdcl: ${t.columnNotFound(oneLine(file), c.header, FIELD_LABELS[c.field][args.lang])}\n`);
    }
    checked.push({ file, check: outcome.check });
  }
  return { checked, failures };
}

function errorCount(checked: readonly Checked[]): number {
  let n = 0;
  for (const c of checked) n += c.check.counts.error;
  return n;
}

/** 2 when an input could not be read, else 1 when the lists hold errors, else 0. */
export function exitCode(checked: readonly Checked[], failures: readonly Failure[]): number {
  if (failures.length > 0) return EXIT.input;
  return errorCount(checked) > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * After `report` or `plan` wrote its file: how many errors the list still has and how to see them, so
 * figures left out are never a surprise. Nothing when the list has none.
 */
export function noteErrors(check: WorkbookCheck, file: string, args: CliArgs, io: Io): void {
  if (check.counts.error === 0) return;
  io.stderr(`kdcl: ${CLI_TEXT[args.lang].errorsToSee(check.counts.error, oneLine(file))}\n`);
}
