import { rollupJson, summaryJson, unitWithSource } from "../../app/report";
import type { RollupEntry } from "../../app/rollup";
import { checkSheetsAsUnits, rollUpChecks } from "../../app/rollup";
import type { Summary } from "../../core/summary/summary";
import type { CliArgs } from "../args";
import type { Io } from "../context";
import { checkFiles, choicesOf, exitCode } from "../context";
import { COMBINED_TITLE, summaryText } from "../summary-report";
import { jsonText } from "../terminal";

/** Each file by its name; by its path where two files share a name. */
function unitNames(files: readonly string[]): string[] {
  const base = files.map((f) => f.replace(/^.*[\\/]/, ""));
  return base.map((b, i) => (base.indexOf(b) !== base.lastIndexOf(b) ? (files[i] ?? b) : b));
}

export async function runSummarize(args: CliArgs, io: Io): Promise<number> {
  const { checked, failures } = await checkFiles(args, io);
  const names = unitNames(checked.map((c) => c.file));
  // A province adding up its communes: each file (or, with --all-sheets, each sheet) is a unit.
  const entries: RollupEntry[] = [];
  checked.forEach(({ file, check }, i) => {
    const name = names[i] ?? file;
    if (!args.allSheets) {
      entries.push({ source: name, check });
      return;
    }
    const sheets = checkSheetsAsUnits(check.grids, choicesOf(args), { today: io.today, fileName: file });
    for (const e of sheets) entries.push(checked.length > 1 ? { ...e, source: `${name}: ${e.source}` } : e);
  });
  for (const f of failures) entries.push({ source: f.file, failure: { vi: f.error, en: f.error } });
  const rolled = entries.length > 1 ? rollUpChecks(entries, choicesOf(args), io.today) : null;
  // One summary per list: per file, or per sheet with --all-sheets. Each is the unit's own, the figures
  // its line in the roll-up shows (a list that states no plan year is read for the roll-up's).
  const summaries: { file: string; unit: string | null; summary: Summary }[] =
    rolled && args.allSheets
      ? rolled.units.flatMap(({ unit, check }) =>
          unit.summary && check ? [{ file: unit.source, unit: unit.name, summary: unit.summary }] : [],
        )
      : checked.map(({ file, check }, i) => {
          const rolledUnit = rolled?.units.find((u) => u.unit.source === (names[i] ?? file))?.unit;
          return { file, unit: rolledUnit?.name ?? null, summary: rolledUnit?.summary ?? check.summary };
        });
  if (args.json) {
    const doc = {
      files: [
        ...summaries.map(({ file, unit, summary }) => ({
          file,
          ...(unit === null ? {} : { unit }),
          ...summaryJson(summary, args.lang),
        })),
        ...failures,
      ],
      ...(rolled ? { combined: rollupJson(rolled.rollup, args.lang) } : {}),
    };
    io.stdout(`${jsonText(doc)}\n`);
  } else {
    const parts = summaries.map(({ file, unit, summary }) =>
      summaryText(unit === null ? file : unitWithSource(unit, file), summary, args.lang),
    );
    if (rolled)
      parts.push(summaryText(COMBINED_TITLE[args.lang], rolled.rollup.combined, args.lang, rolled.rollup));
    io.stdout(parts.join("\n"));
  }
  return exitCode(checked, failures);
}
