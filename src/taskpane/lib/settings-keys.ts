/** Keys of what the pane keeps in the workbook's settings. The Excel host stores them as they are. */
export const SETTING = {
  lang: "lang",
  regime: "regime",
  budgetUnit: "budgetUnit",
  planYear: "planYear",
  planHeader: "plan:header",
  planSections: "plan:sections",
} as const;

/** The user's corrected column mapping of one sheet. */
export function mappingKey(sheet: string): string {
  return `mapping:${sheet}`;
}
