/** The sheets the add-in writes for a checked list: "Tổng hợp" and "Kết quả kiểm tra". */
import { buildOutputSheets } from "../core/output/build";
import { buildFindingsSheet } from "../core/output/findings-sheet";
import type { OutputSheet } from "../core/output/model";
import type { Lang } from "../core/text/format";
import type { WorkbookCheck } from "./check";
import type { RollupResult } from "./rollup";

/** Both sheets, in the chosen language; `sourceFile` is named under their titles. */
export function outputSheetsOf(check: WorkbookCheck, lang: Lang, sourceFile?: string): OutputSheet[] {
  return buildOutputSheets({
    summary: check.summary,
    findings: check.findings,
    lang,
    ...(sourceFile !== undefined ? { sourceFile } : {}),
  });
}

/** The findings sheet alone, as the ribbon's check and the pane's export write it. */
export function findingsSheetOf(check: WorkbookCheck, lang: Lang, sourceFile?: string): OutputSheet {
  return buildFindingsSheet({
    findings: check.findings,
    lang,
    planYear: check.period.planYear,
    referenceDate: check.period.referenceDate,
    ...(sourceFile !== undefined ? { sourceFile } : {}),
  });
}

/**
 * The sheets of a roll-up: the combined summary with its table by unit, and, when the units are the
 * sheets of the workbook written to (so every finding's cell is there to link to), every unit's findings.
 */
export function rollupSheetsOf(
  result: RollupResult,
  lang: Lang,
  options: { readonly findings: boolean; readonly sourceFile?: string },
): OutputSheet[] {
  const sheets = buildOutputSheets({
    summary: result.rollup.combined,
    findings: result.units.flatMap((u) => u.check?.findings ?? []),
    lang,
    rollup: result.rollup,
    ...(options.sourceFile !== undefined ? { sourceFile: options.sourceFile } : {}),
  });
  return options.findings ? sheets : sheets.slice(0, 1);
}
