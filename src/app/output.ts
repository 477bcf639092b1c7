/** The sheets the add-in writes for a checked list: "Tổng hợp" and "Kết quả kiểm tra". */
import { buildOutputSheets } from "../core/output/build";
import { buildFindingsSheet } from "../core/output/findings-sheet";
import type { OutputSheet } from "../core/output/model";
import type { Lang } from "../core/text/format";
import type { WorkbookCheck } from "./check";

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
