/**
 * An Excel table (ListObject) part over cells our worksheet already holds. The header cells must
 * read exactly as the table's column names, and Excel wants those names unique within the table
 * (compared without case), so both come from `tableColumns` below.
 */
import type { OutputTable } from "../../../core/output/model";
import { parseRangeA1, rangeA1 } from "../../../core/grid";
import { XML_HEAD } from "../package/parts";
import { xmlString } from "./text";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Column names as written: unique within the table, a repeated one numbered "Tên 2", "Tên 3"… */
export function tableColumns(table: OutputTable): string[] {
  const seen = new Set<string>();
  return table.columns.map((name) => {
    const base = name.trim() === "" ? "Cột" : name;
    let candidate = base;
    for (let i = 2; seen.has(candidate.toLocaleLowerCase("vi")); i++) candidate = `${base} ${i}`;
    seen.add(candidate.toLocaleLowerCase("vi"));
    return candidate;
  });
}

export interface TablePartInput {
  readonly table: OutputTable;
  /** Unique in the workbook, among table parts. */
  readonly id: number;
  /** Unique in the workbook, among tables and defined names. */
  readonly name: string;
  readonly columns: readonly string[];
  /** The text in the first cell of the totals row ("Tổng cộng"), kept as Excel keeps a label. */
  readonly totalsLabel: string | null;
}

export function tableXml(input: TablePartInput): string {
  const { table, id, name, columns, totalsLabel } = input;
  const range = parseRangeA1(table.range);
  if (!range) throw new Error(`Not an A1 range: ${table.range}`);
  const totals = table.totalsRow !== null;
  // The filter covers the header and data rows, never the totals row.
  const filter = table.filterButtons
    ? `<autoFilter ref="${rangeA1({ ...range, bottom: totals ? range.bottom - 1 : range.bottom })}"/>`
    : "";
  const cols = columns
    .map((c, i) => {
      const label =
        i === 0 && totals && totalsLabel !== null ? ` totalsRowLabel="${xmlString(totalsLabel)}"` : "";
      // Our totals are constants, not SUBTOTAL formulas that a later edit could leave stale.
      const fn = i > 0 && totals ? ' totalsRowFunction="none"' : "";
      return `<tableColumn id="${i + 1}" name="${xmlString(c)}"${label}${fn}/>`;
    })
    .join("");
  return (
    XML_HEAD +
    `<table xmlns="${MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${table.range}"` +
    `${totals ? ' totalsRowCount="1"' : ""}>` +
    filter +
    `<tableColumns count="${columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}
