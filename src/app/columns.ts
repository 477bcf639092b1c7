/**
 * Columns named by their header rather than their position, as the command line takes them
 * (`--column "Hình thức công nhận=Kế hoạch năm 2023"`): resolved against the headers each table
 * actually has, so one choice serves every sheet and file.
 */
import { columnLetter } from "../core/grid";
import { FIELD_LABELS } from "../core/table/field-labels";
import type { Field } from "../core/table/fields";
import { FIELDS } from "../core/table/fields";
import type { SchoolTable } from "../core/table/model";
import { NO_COLUMN } from "../core/table/read";
import { foldWords } from "../core/text/normalize";
import type { SavedMapping } from "./choices";

/** A field and the header (or column letter) to read it from; an empty header: the list has none. */
export interface ColumnChoice {
  readonly field: Field;
  readonly header: string;
}

/** A field by its id ("action") or its label in either language ("Hình thức công nhận"), or null. */
export function fieldNamed(name: string): Field | null {
  const key = foldWords(name);
  for (const f of FIELDS) {
    if (f.toLowerCase() === name.trim().toLowerCase()) return f;
    if (foldWords(FIELD_LABELS[f].vi) === key || foldWords(FIELD_LABELS[f].en) === key) return f;
  }
  return null;
}

/** The column a table holds under `header`: its header text (accents and case aside), or its letter. */
function columnOf(table: SchoolTable, header: string): number | null {
  const key = foldWords(header);
  const all = [
    ...Object.values(table.columns).flatMap((c) => (c ? [{ col: c.col, header: c.header }] : [])),
    ...table.otherColumns,
  ];
  const exact = all.find((c) => foldWords(c.header) === key);
  if (exact) return exact.col;
  if (/^[A-Za-z]{1,3}$/.test(header.trim())) {
    const letter = header.trim().toUpperCase();
    for (let col = table.left; col <= table.right; col++) if (columnLetter(col) === letter) return col;
  }
  return null;
}

/** The mappings, by sheet, that the choices give for these tables, and the headers found nowhere. */
export function resolveColumns(
  tables: readonly SchoolTable[],
  choices: readonly ColumnChoice[],
): { mappings: Record<string, SavedMapping>; unresolved: ColumnChoice[] } {
  const mappings: Record<string, SavedMapping> = {};
  const found = new Set<ColumnChoice>();
  for (const table of tables) {
    const mapping: SavedMapping = { ...(mappings[table.sheet] ?? {}) };
    for (const choice of choices) {
      if (choice.header.trim() === "" || choice.header.trim() === "-") {
        mapping[choice.field] = NO_COLUMN;
        found.add(choice);
        continue;
      }
      const col = columnOf(table, choice.header);
      if (col !== null) {
        mapping[choice.field] = col;
        found.add(choice);
      }
    }
    mappings[table.sheet] = mapping;
  }
  return { mappings, unresolved: choices.filter((c) => !found.has(c)) };
}
