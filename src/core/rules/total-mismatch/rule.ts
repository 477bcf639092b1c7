import { a1 } from "../../grid";
import type { CellValue } from "../../grid";
import { parseNumber, type NumberParse } from "../../text/numbers";
import { displayValue } from "../../text/format";
import { clean, foldWords } from "../../text/normalize";
import type { Column, SchoolTable, TableRow } from "../../table/model";
import { defineRule } from "../rule";
import { messages, type Params } from "./messages";
import type { Reporter } from "../rule";

/** "Tổng cộng", "Tổng số", "Toàn huyện" cover the whole table; "Cộng …" covers the group above it. */
const GRAND = /^(tong|toan)\b/;

/**
 * A bare "Cộng" as the last total, under sections that have no subtotals of their own, closes the
 * whole list, as offices write it under "A. MẦM NON / B. TIỂU HỌC …"; anywhere else it is a subtotal.
 */
const BARE = /^cong$/;

/** Sums school rows in header units; null when one of them is not a number (reported elsewhere). */
interface Scope {
  sum: number;
  rows: number;
  broken: boolean;
}

const fresh = (): Scope => ({ sum: 0, rows: 0, broken: false });

/** Counts one school row's figure into a scope. */
function add(scope: Scope, parsed: NumberParse): void {
  if (parsed.kind === "ok") scope.sum += parsed.value;
  else if (parsed.kind === "invalid") scope.broken = true;
  scope.rows += 1;
}

function at(table: SchoolTable, row: TableRow, col: number | undefined): CellValue {
  if (col === undefined) return null;
  return row.values[col - table.left] ?? null;
}

function labelOf(table: SchoolTable, row: TableRow): string {
  const name = at(table, row, table.columns.name?.col);
  if (typeof name === "string" && clean(name) !== "") return clean(name);
  for (const v of row.values) if (typeof v === "string" && clean(v) !== "") return clean(v);
  return "";
}

/** Sums at the precision budgets are written with; float noise is not a mismatch. */
const differs = (a: number, b: number): boolean => Math.abs(a - b) > 0.005 + 1e-9 * Math.abs(b);

export default defineRule({
  id: "total-mismatch",
  messages,
  severity: "error",
  needs: [["budget"]],
  basis: null,
  check({ table, records }, report) {
    const budget = table.columns.budget;
    if (!budget) return;
    const split = table.budgetSplit;
    if (!split) {
      checkColumn(table, budget, report);
      return;
    }
    // A budget split by funding source: each of its columns adds up on its own in the total rows…
    for (const c of [...split.sources, ...(split.total ? [split.total] : [])].sort((a, b) => a.col - b.col))
      checkColumn(table, { field: "budget", col: c.col, header: c.header, how: "header" }, report);
    // …and a school's total column is the sum of its source columns.
    const sources = split.sources.map((c) => c.source ?? c.header);
    for (const r of records) {
      const s = r.budgetSplit;
      if (!s?.mismatch || !s.total) continue;
      const cell = s.total.cell.source;
      report({
        place: { sheet: cell.sheet, row: cell.row, column: cell.header, cell: cell.address },
        value: displayValue(s.total.cell.raw),
        params: { label: r.name ?? "", written: s.mismatch.written, sum: s.mismatch.sum, rows: 1, sources },
      });
    }
  },
});

/** The total rows of one budget column against the school rows they cover. */
function checkColumn(table: SchoolTable, budget: Column, report: Reporter<Params>): void {
  const all = fresh();
  let group = fresh();
  // A group row that carries a figure is a subtotal of the schools under it.
  let groupHeader: { row: TableRow; value: number } | null = null;

  const closeGroup = (): void => {
    if (groupHeader && !group.broken) check(table, budget, groupHeader.row, groupHeader.value, group, report);
    groupHeader = null;
  };

  let subtotals = 0;
  let lastTotal: TableRow | null = null;
  for (const r of table.rows) if (r.kind === "total") lastTotal = r;
  for (const row of table.rows) {
    const raw = at(table, row, budget.col);
    const parsed = parseNumber(raw);
    if (row.kind === "school") {
      add(all, parsed);
      add(group, parsed);
    } else if (row.kind === "group") {
      closeGroup();
      group = fresh();
      if (parsed.kind === "ok") groupHeader = { row, value: parsed.value };
    } else if (row.kind === "total") {
      if (parsed.kind !== "ok") continue;
      const label = foldWords(labelOf(table, row));
      const grand = GRAND.test(label) || (BARE.test(label) && subtotals === 0 && row === lastTotal);
      const scope = grand ? all : group;
      if (!scope.broken && scope.rows > 0) check(table, budget, row, parsed.value, scope, report);
      if (!grand) {
        subtotals += 1;
        groupHeader = null;
        group = fresh();
      }
    }
  }
  closeGroup();
}

function check(
  table: SchoolTable,
  col: Column,
  row: TableRow,
  written: number,
  scope: Scope,
  report: Reporter<Params>,
): void {
  if (!differs(written, scope.sum)) return;
  const sum = Math.round(scope.sum * 1000) / 1000;
  report({
    place: { sheet: table.sheet, row: row.row, column: col.header, cell: a1(row.row, col.col) },
    value: displayValue(at(table, row, col.col)),
    params: { label: labelOf(table, row), written, sum, rows: scope.rows },
  });
}
