import type { Finding } from "../core/findings/finding";
import { buildFindingsSheet } from "../core/output/findings-sheet";
import { referenceDateOf } from "../core/records/options";
import type { Lang } from "../core/text/format";
import { validate } from "../core/validate";
import type { WorkbookHost } from "../hosts/host";
import { COMMAND_TEXT } from "./messages";
import { savedChoices } from "./options";

export interface CommandOutcome {
  readonly lang: Lang;
  readonly message: string;
}

/**
 * "Kiểm tra danh sách" from the ribbon: check the active sheet with the choices the workbook
 * remembers, write the findings sheet, and say the counts. The user's cells are not touched.
 */
export async function validateActiveSheet(host: WorkbookHost, today: Date): Promise<CommandOutcome> {
  const grid = await host.readSheet(null);
  const { lang, options } = savedChoices(host.settings, grid.sheet, today);
  const t = COMMAND_TEXT[lang];
  const result = validate([grid], options);
  if (result.tables.length === 0) return { lang, message: t.noTable(grid.sheet) };
  const findings: readonly Finding[] = result.findings;
  await host.writeOutputSheets([
    buildFindingsSheet({
      findings,
      lang,
      planYear: options.planYear,
      referenceDate: referenceDateOf(options),
    }),
  ]);
  const count = (s: Finding["severity"]): number => findings.filter((f) => f.severity === s).length;
  const message =
    findings.length === 0
      ? t.clean(grid.sheet)
      : t.counts(count("error"), count("warning"), count("info"), grid.sheet);
  return { lang, message };
}
