/**
 * A school the list itself says no longer exists: "Sáp nhập vào TH Bình Minh 1 từ 01/8/2025", "Giải
 * thể theo QĐ 123/QĐ-UBND", "Đã ngừng hoạt động" in its notes. It is no school of the area any more,
 * so it is left out of the rates and the renewals due, and named. A merger still to come ("sẽ sáp
 * nhập", "dự kiến sáp nhập") changes nothing yet.
 */
import { a1 } from "../grid";
import type { SchoolRecord } from "../records/record";
import type { SchoolTable } from "../table/model";
import { foldWords } from "../text/normalize";
import type { ExcludedCell } from "./excluded";

const NOTE_HEADER = /^(?:ghi chu|ghi chu khac|tinh trang|hien trang)\b/;
const CLOSED = /(?:^| )(?:da )?(?:sap nhap vao|giai the|ngung hoat dong|dung hoat dong|chuyen thanh)(?: |$)/;
const TO_COME = /(?:^| )(?:se|du kien|de nghi|dang|chuan bi|ke hoach)(?: |$)/;

/** The notes columns of each table, found once: asked for every school of a national list. */
const notesOf = new WeakMap<SchoolTable, readonly number[]>();

function noteColumns(table: SchoolTable): readonly number[] {
  let cols = notesOf.get(table);
  if (cols === undefined) {
    cols = table.otherColumns.filter((c) => NOTE_HEADER.test(foldWords(c.header))).map((c) => c.col);
    notesOf.set(table, cols);
  }
  return cols;
}

/** The note cell saying the school was merged away or dissolved, else null. */
export function closedNote(r: SchoolRecord): ExcludedCell | null {
  const table = r.table;
  const cols = [...noteColumns(table)];
  // A notes column read as the actions holds such a note as an action it cannot read.
  if (table.columns.action && r.actionCell?.kind === "invalid") cols.push(table.columns.action.col);
  for (const col of cols) {
    const v = r.tableRow.values[col - table.left];
    if (typeof v !== "string") continue;
    const key = foldWords(v);
    const at = key.search(CLOSED);
    if (at < 0 || TO_COME.test(key.slice(0, at + 1))) continue;
    return { sheet: table.sheet, cell: a1(r.row, col), reason: "closed" };
  }
  return null;
}
