/**
 * A history of recognitions, not a plan: offices keep lists with one row per recognition given
 * ("Trường Mầm non Hoa Sen | 2016-2017 | Công nhận lần đầu | 12/05/2017", then "… | 2021-2022 | Công
 * nhận lại | 20/04/2022"). Their action column says what was done on the row's own decision date;
 * read as a plan, every row would be a target of the plan year.
 */
import type { CellValue } from "../grid";
import { isCellError } from "../grid";
import { parseAction } from "../schools/actions";
import { parseCode } from "../schools/codes";
import type { DayDate } from "../text/dates";
import { compareDays, parseDate } from "../text/dates";
import { foldWords } from "../text/normalize";
import { PLAN } from "./column-choice";
import type { SchoolTable, TableRow } from "./model";

/**
 * Whether the table records recognitions given rather than planned. Either of two things only a
 * history does:
 * - two or more first recognitions, every one dated before the plan year with its level of the
 *   national standard: a plan's new recognition has no decision nor level yet (one such row is a slip
 *   `new-with-previous` reports; all of them is a record);
 * - one school on several rows with actions, such a first recognition dated before another of its
 *   rows: its first recognition and a later one, each on its row (a plan may give a school two rows
 *   for two kinds of recognition, never its first recognition beside a later one).
 * A first recognition dated without a level of the standard is the common plan row of a school whose
 * accreditation is dated and whose first national standard is sought: no evidence either way.
 * Only the rows of first recognitions are dated and keyed at first: a plan has few or none.
 */
export function readsAsHistory(table: SchoolTable, planYear: number): boolean {
  const { action, decisionDate, name } = table.columns;
  if (!action || !decisionDate || !name) return false;
  // An action column headed as a plan ("Đề nghị", "Kế hoạch năm 2026") holds plans, whatever its rows.
  if (PLAN.test(foldWords(action.header))) return false;
  const at = (row: TableRow, col: number): CellValue => {
    const v = row.values[col - table.left] ?? null;
    return isCellError(v) ? null : v;
  };
  const commune = table.columns.commune;
  const keyOf = (row: TableRow): string =>
    `${foldWords(String(at(row, name.col) ?? ""))}|${commune ? foldWords(String(at(row, commune.col) ?? "")) : ""}`;
  const standardColumns = [
    [table.columns.standard, "standard"],
    [table.columns.combinedCode, "combined"],
  ] as const;
  const hasStandard = (row: TableRow): boolean =>
    standardColumns.some(([column, kind]) => {
      if (!column) return false;
      const code = parseCode(at(row, column.col), kind);
      return code.kind === "ok" && code.standard !== null;
    });
  const dayOf = (row: TableRow): DayDate | null => {
    const d = parseDate(at(row, decisionDate.col));
    return d.kind === "ok" ? d.value.date : null;
  };

  // By school, the date of its earliest first recognition.
  const firsts = new Map<string, DayDate>();
  let planned = 0;
  const others: TableRow[] = [];
  for (const row of table.rows) {
    if (row.kind !== "school") continue;
    const parsed = parseAction(at(row, action.col));
    if (parsed.kind !== "ok") continue;
    if (parsed.action !== "new") {
      others.push(row);
      continue;
    }
    const day = dayOf(row);
    if (day === null || day.y >= planYear || !hasStandard(row)) planned++;
    else {
      const key = keyOf(row);
      const before = firsts.get(key);
      if (!before || compareDays(day, before) < 0) firsts.set(key, day);
    }
  }
  if (firsts.size >= 2 && planned === 0) return true;
  if (firsts.size === 0) return false;
  for (const row of others) {
    const first = firsts.get(keyOf(row));
    if (first === undefined) continue;
    const day = dayOf(row);
    if (day !== null && compareDays(day, first) > 0) return true;
  }
  return false;
}
