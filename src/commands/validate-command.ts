import { checkGrids } from "../app/check";
import { savedChoices } from "../app/settings";
import { findingsSheetOf } from "../app/output";
import type { Lang } from "../core/text/format";
import type { WorkbookHost } from "../hosts/host";
import { COMMAND_TEXT } from "./messages";

export interface CommandOutcome {
  readonly lang: Lang;
  readonly message: string;
}

/**
 * "Kiểm tra danh sách" from the ribbon: check the active sheet with the choices the workbook
 * remembers, write the findings sheet, and say the counts. The user's cells are not touched.
 *
 * This notice is where the ribbon shows the current counts. A ribbon label cannot show them:
 * `Office.ribbon.requestUpdate` (RibbonAPI 1.1) only enables, disables, shows or hides controls and
 * tabs, never changes a label, and it needs the shared runtime this add-in does not use. The command
 * checks the sheet as it is now, so its counts are those the pane's live check shows.
 */
export async function validateActiveSheet(host: WorkbookHost, today: Date): Promise<CommandOutcome> {
  const grid = await host.readSheet(null);
  const { lang, choices } = savedChoices(host.settings, grid.sheet);
  const t = COMMAND_TEXT[lang];
  const check = checkGrids([grid], choices, { today });
  if (check.tables.length === 0) return { lang, message: t.noTable(grid.sheet) };
  await host.writeOutputSheets([findingsSheetOf(check, lang)]);
  const { error, warning, info } = check.counts;
  const message =
    check.findings.length === 0 ? t.clean(grid.sheet) : t.counts(error, warning, info, grid.sheet);
  return { lang, message };
}
