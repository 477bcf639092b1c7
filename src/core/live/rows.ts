/**
 * Which rows an edit asks to re-check, decided once for every host. A live check keeps the header and
 * column map of the last full check; an edit of school rows is re-checked row by row, anything that
 * may move the table's shape (rows or columns inserted or deleted, the title or header rows edited, a
 * pasted block too large to patch) asks for the whole sheet again.
 */
import type { CellRange } from "../grid";
import type { RuleId } from "../rules/registry";
import type { SchoolTable } from "../table/model";

/** An edit as the host reports it: cells changed in place, or rows/columns moved. */
export interface SheetChange {
  readonly kind: "edit" | "structure";
  /** The changed cells; null when the host could not say. */
  readonly range: CellRange | null;
}

/** Rows pasted at once beyond which the sheet is read again rather than patched. */
export const MAX_PATCH_ROWS = 2_000;

export type RecheckPlan =
  /** Read the sheet again and check it whole. */
  | { readonly kind: "read-all" }
  /**
   * Read worksheet rows top..bottom again; `scope` "rows" patches them into the last check, "sheet"
   * checks the whole kept sheet again with them (a title or header row changed).
   */
  | {
      readonly kind: "rows";
      readonly top: number;
      readonly bottom: number;
      readonly scope: "rows" | "sheet";
    };

/**
 * What to read again after `change` on a sheet whose kept grid starts at column `gridLeft` and whose
 * tables were read as `tables`.
 */
export function recheckPlan(
  tables: readonly SchoolTable[],
  gridLeft: number,
  change: SheetChange,
): RecheckPlan {
  const range = change.range;
  if (change.kind === "structure" || range === null) return { kind: "read-all" };
  // Cells left of the kept grid widen it: the columns would shift under the map.
  if (range.left < gridLeft) return { kind: "read-all" };
  if (range.bottom - range.top + 1 > MAX_PATCH_ROWS) return { kind: "read-all" };
  const first = tables[0];
  // Above or in a header: the title says the period, the header says the columns.
  const touchesHeader =
    first === undefined ||
    range.top <= first.headerRow ||
    tables.some((t) => range.top <= t.headerRow && range.bottom >= t.headerTop);
  return { kind: "rows", top: range.top, bottom: range.bottom, scope: touchesHeader ? "sheet" : "rows" };
}

/**
 * Rules that compare rows with one another or judge the table as a whole: after an edit they run over
 * every record again. Every other rule judges each row alone (a test checks it), so only the edited
 * rows are checked again.
 */
export const TABLE_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  "duplicate-school",
  "code-noncanonical",
  "missing-column",
  "total-mismatch",
]);
