/**
 * xl/tables/tableN.xml → a GridTable, as `tablesOf` in ../workbook.ts reads exceljs's table model:
 * the display name (exceljs falls back to the name), the ref, and a header row assumed present.
 */
import { parseRangeA1, type GridTable } from "../../../core/grid";
import { parseXml, unsupported } from "./xml";

export interface TablePart {
  /** exceljs keys a sheet's tables by this (`name`), so a repeated name keeps one table. */
  readonly key: string;
  readonly table: GridTable | null;
}

export function readTable(xml: string): TablePart {
  const root = parseXml(xml);
  if (root.name !== "table") unsupported("table root");
  const { name, displayName, ref } = root.attrs;
  if (name === "__proto__") unsupported("table name");
  const shown = (displayName || name) ?? name ?? "";
  const range = typeof ref === "string" ? parseRangeA1(ref) : null;
  return { key: String(name), table: range ? { name: shown, range, hasHeader: true } : null };
}
