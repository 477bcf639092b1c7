import { columnLetter } from "../../../app/format";
import type { SchoolTable } from "../../../core/table/model";

export interface ColumnChoice {
  readonly col: number;
  readonly letter: string;
  readonly header: string;
}

/** Every column of the table, left to right, with its header as written (empty when it has none). */
export function columnChoices(table: SchoolTable): ColumnChoice[] {
  const headers = new Map<number, string>();
  for (const c of table.otherColumns) headers.set(c.col, c.header);
  for (const c of Object.values(table.columns)) if (c) headers.set(c.col, c.header);
  const out: ColumnChoice[] = [];
  for (let col = table.left; col <= table.right; col++) {
    out.push({ col, letter: columnLetter(col), header: headers.get(col) ?? "" });
  }
  return out;
}
