/**
 * A school the list itself says no longer exists: "Sáp nhập vào TH Bình Minh 1 từ 01/8/2025", "Giải
 * thể theo QĐ 123/QĐ-UBND", "Đã ngừng hoạt động" in its notes. It is no school of the area any more,
 * so it is left out of the rates and the renewals due, and named. A merger still to come ("sẽ sáp
 * nhập", "dự kiến sáp nhập", one dated after the day), proposed or denied ("Không giải thể") changes
 * nothing yet.
 */
import { a1 } from "../grid";
import type { SchoolRecord } from "../records/record";
import type { SchoolTable } from "../table/model";
import { foldWords } from "../text/normalize";
import type { DayDate } from "../text/dates";
import { compareDays, parseDate } from "../text/dates";
import type { ExcludedCell } from "./excluded";

const NOTE_HEADER = /^(?:ghi chu|ghi chu khac|tinh trang|hien trang)\b/;
const CLOSED = /(?:^| )(?:da )?(?:sap nhap vao|giai the|ngung hoat dong|dung hoat dong|chuyen thanh)(?: |$)/;
/** Words before it that make it no closure yet: one to come, proposed, or denied ("Không giải thể"). */
const NOT_YET =
  /(?:^| )(?:se|du kien|de nghi|de xuat|xin|dang|chuan bi|ke hoach|phuong an|du thao|khong|chua)(?: |$)/;
/** The day a closure takes effect, as a note writes it: "từ 01/8/2026", "tháng 8/2026", "năm 2026". */
const EFFECTIVE = /(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}[/.-]\d{4})|năm (\d{4})/u;

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

/** Whether a note dates the closure after `day` ("Sáp nhập vào TH X từ 01/8/2026" on 31/12/2025). */
function takesEffectAfter(note: string, day: DayDate): boolean {
  const m = EFFECTIVE.exec(note.normalize("NFC").toLocaleLowerCase("vi"));
  if (!m) return false;
  const read = parseDate(m[1] ?? m[2] ?? "");
  return read.kind === "ok" && compareDays(read.value.date, day) > 0;
}

/** The note cell saying the school was merged away or dissolved by `day`, else null. */
export function closedNote(r: SchoolRecord, day: DayDate): ExcludedCell | null {
  const table = r.table;
  // A notes column read as the actions holds such a note as an action it cannot read.
  const action = table.columns.action && r.actionCell?.kind === "invalid" ? [table.columns.action.col] : [];
  for (const cols of [noteColumns(table), action])
    for (const col of cols) {
      const v = r.tableRow.values[col - table.left];
      if (typeof v !== "string") continue;
      const key = foldWords(v);
      const at = key.search(CLOSED);
      if (at < 0 || takesEffectAfter(v, day)) continue;
      // Only the words just before count: "Không còn hoạt động, đã sáp nhập vào …" is a closure.
      const before = key
        .slice(0, at + 1)
        .trim()
        .split(" ")
        .slice(-3)
        .join(" ");
      if (NOT_YET.test(before)) continue;
      return { sheet: table.sheet, cell: a1(r.row, col), reason: "closed" };
    }
  return null;
}
