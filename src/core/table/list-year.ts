/**
 * A list as read for one plan year. In a workbook of lists of several years, a list's actions are
 * its own year's (`ownYear`); budget columns by year ("Kinh phí 2026 | Kinh phí 2027") give the budget
 * of the list's year, and none when it has no column for that year; a history of recognitions plans
 * nothing (`history`).
 */
import { readsAsHistory } from "./history";
import type { SchoolTable } from "./model";

export function tablesForYear(
  tables: readonly SchoolTable[],
  listYears: readonly (number | null)[],
  planYear: number,
): SchoolTable[] {
  const several = new Set(listYears.filter((y): y is number => y !== null)).size > 1;
  return tables.map((table, i) => {
    const stated = listYears[i] ?? null;
    const own = several && stated !== null && stated !== planYear ? stated : undefined;
    const history = readsAsHistory(table, planYear);
    if (own === undefined && !table.budgetYears && !history) return table;
    const t: SchoolTable = {
      ...table,
      ...(own === undefined ? {} : { ownYear: own }),
      ...(history ? { history: true as const } : {}),
    };
    return t.budgetYears ? withBudgetOf(t, own ?? planYear) : t;
  });
}

function withBudgetOf(table: SchoolTable, year: number): SchoolTable {
  const mine = table.budgetYears?.find((b) => b.year === year);
  const columns: SchoolTable["columns"] = { ...table.columns };
  delete columns.budget;
  if (mine) columns.budget = { field: "budget", col: mine.col, header: mine.header, how: "header" };
  return { ...table, columns };
}
