/**
 * "Codes chosen, not typed": which columns of a checked list get drop-downs, with which values and
 * words, for the regime in force (the user's choice, else the one of the check's reference date);
 * and the sheet "Tạo danh sách mới" adds. The host puts them on the cells.
 */
import type { ListField, ListKind } from "../core/schools/dropdowns";
import { dropdownMessages, dropdownValues, LIST_FIELDS, templateHeaders } from "../core/schools/dropdowns";
import type { Regime, RegimeId } from "../core/schools/regimes";
import { regimeFor } from "../core/schools/regimes";
import { FIELD_LABELS } from "../core/table/field-labels";
import type { Lang } from "../core/text/format";
import type { WorkbookCheck } from "./check";

/** A drop-down for one column (the host's ListTarget). */
export interface ColumnList {
  readonly col: number;
  readonly values: readonly string[];
  readonly title: string;
  readonly prompt: string;
  readonly alert: string;
}

/** Rows below a list's last row that get the drop-downs too, for the schools still to be typed. */
export const ROWS_AHEAD = 500;

function regimeInForce(check: WorkbookCheck, override: RegimeId | null): Regime {
  return regimeFor({ date: check.period.referenceDate, precision: "day" }, override).regime;
}

function columnList(field: ListField, col: number, regime: Regime, lang: Lang): ColumnList {
  const m = dropdownMessages(field);
  return {
    col,
    values: dropdownValues(field, regime),
    title: FIELD_LABELS[field][lang].slice(0, 32),
    prompt: m.prompt[lang],
    alert: m.alert[lang],
  };
}

/** The drop-downs of the first list of a check: its sheet, rows and columns. Null without a list. */
export function codeLists(
  check: WorkbookCheck,
  override: RegimeId | null,
  lang: Lang,
): {
  readonly sheet: string;
  readonly top: number;
  readonly bottom: number;
  readonly lists: ColumnList[];
} | null {
  const table = check.tables[0]?.table;
  if (!table) return null;
  const regime = regimeInForce(check, override);
  const lists: ColumnList[] = [];
  for (const field of LIST_FIELDS) {
    const column = table.columns[field];
    if (column) lists.push(columnList(field, column.col, regime, lang));
  }
  return { sheet: table.sheet, top: table.headerRow + 1, bottom: table.bottom + ROWS_AHEAD, lists };
}

/** Widths (points) of a new list's columns, by field: names wide, codes narrow. */
const WIDTH: Partial<Record<string, number>> = { seq: 36, name: 200, commune: 120, fundingSource: 140 };

/** The sheet "Tạo danh sách mới" adds for a commune's or a province's list. */
export function templateSheet(
  kind: ListKind,
  override: RegimeId | null,
  lang: Lang,
  today: Date,
): {
  readonly name: string;
  readonly headers: string[];
  readonly widths: number[];
  readonly lists: ColumnList[];
  readonly rows: number;
} {
  const regime = regimeFor(
    { date: { y: today.getFullYear(), m: today.getMonth() + 1, d: today.getDate() }, precision: "day" },
    override,
  ).regime;
  const headers = templateHeaders(kind);
  const lists: ColumnList[] = [];
  headers.forEach((h, i) => {
    if ((LIST_FIELDS as readonly string[]).includes(h.field))
      lists.push(columnList(h.field as ListField, i + 1, regime, lang));
  });
  return {
    name: lang === "vi" ? "Danh sách mới" : "New list",
    headers: headers.map((h) => h.header),
    widths: headers.map((h) => WIDTH[h.field] ?? 90),
    lists,
    rows: 1000,
  };
}
