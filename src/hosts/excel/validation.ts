/// <reference types="office-js" />
/**
 * Drop-down lists on a list's columns (data validation, ExcelApi 1.8), and their exact removal.
 *
 *   apply   sync 1: the validation type of each target column; a column where the user (or anyone)
 *                   already set validation, on any of its cells, is left alone and reported;
 *           sync 2: the list rule, the input message and the error alert of the others.
 *   remove  sync 1: each range the add-in set, as it is now; sync 2: clear those still holding the
 *           rule the add-in set. A range whose rule was changed since is the user's now: left alone.
 *
 * The alert is a warning, not a stop: lists hold codes written before the lists existed ("cấp độ 2",
 * a code the regime in force no longer offers); a stop alert would refuse re-entering such a value,
 * a warning says it is outside the list and lets the user keep it. Cell values are never touched.
 */
import { columnLetter } from "../../core/grid";
import type { AppliedList, ListTarget, ListsOutcome, TemplateSpec } from "../host";

const rangeOf = (col: number, top: number, bottom: number): string =>
  `${columnLetter(col)}${top}:${columnLetter(col)}${bottom}`;

const sourceOf = (t: ListTarget): string => t.values.join(",");

export async function applyLists(
  sheetName: string,
  top: number,
  bottom: number,
  targets: readonly ListTarget[],
): Promise<ListsOutcome> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const queued = targets.map((t) => {
      const range = sheet.getRange(rangeOf(t.col, top, bottom));
      range.load("dataValidation/type");
      return { t, range };
    });
    await context.sync();
    const applied: AppliedList[] = [];
    const kept: ListTarget[] = [];
    for (const { t, range } of queued) {
      const validation = range.dataValidation;
      if (validation.type !== "None") {
        kept.push(t);
        continue;
      }
      validation.rule = { list: { inCellDropDown: true, source: sourceOf(t) } };
      validation.prompt = { showPrompt: true, title: t.title, message: t.prompt };
      validation.errorAlert = { showAlert: true, style: "Warning", title: t.title, message: t.alert };
      applied.push({ sheet: sheetName, address: rangeOf(t.col, top, bottom), source: sourceOf(t) });
    }
    await context.sync();
    return { applied, kept };
  });
}

/** Removes the lists the add-in set; returns those it removed and those left (changed, or gone). */
export async function removeLists(
  lists: readonly AppliedList[],
): Promise<{ readonly removed: readonly AppliedList[]; readonly left: readonly AppliedList[] }> {
  return Excel.run(async (context) => {
    const queued = lists.map((l) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(l.sheet);
      const validation = sheet.getRange(l.address).dataValidation;
      validation.load("type, rule");
      return { l, sheet, validation };
    });
    await context.sync();
    const removed: AppliedList[] = [];
    const left: AppliedList[] = [];
    for (const { l, sheet, validation } of queued) {
      const rule = sheet.isNullObject ? null : (validation.rule as { list?: { source?: unknown } });
      if (rule && validation.type === "List" && rule.list?.source === l.source) {
        validation.clear();
        removed.push(l);
      } else left.push(l);
    }
    await context.sync();
    return { removed, left };
  });
}

/** "Danh sách mới", else "Danh sách mới (2)"…: never a name a sheet has (compared as Excel does). */
export function freeName(wanted: string, taken: readonly string[]): string {
  const have = new Set(taken.map((n) => n.normalize("NFC").toLocaleLowerCase("vi")));
  const free = (n: string): boolean => !have.has(n.normalize("NFC").toLocaleLowerCase("vi"));
  if (free(wanted)) return wanted;
  let i = 2;
  while (!free(`${wanted} (${i})`)) i += 1;
  return `${wanted} (${i})`;
}

/**
 * Adds a new list sheet after the others, in two syncs: the names taken, then the sheet with its
 * header (bold, frozen), widths and drop-downs, made active. No existing sheet is touched.
 */
export async function addTemplate(spec: TemplateSpec): Promise<string> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const name = freeName(
      spec.name,
      sheets.items.map((s) => s.name),
    );
    const sheet = sheets.add(name);
    const last = columnLetter(spec.headers.length);
    const header = sheet.getRange(`A1:${last}1`);
    header.values = [spec.headers.map((h) => h)];
    header.format.font.bold = true;
    header.format.wrapText = true;
    spec.widths.forEach((w, i) => {
      sheet.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = w;
    });
    sheet.freezePanes.freezeRows(1);
    for (const t of spec.lists) {
      const validation = sheet.getRange(rangeOf(t.col, 2, spec.rows + 1)).dataValidation;
      validation.rule = { list: { inCellDropDown: true, source: sourceOf(t) } };
      validation.prompt = { showPrompt: true, title: t.title, message: t.prompt };
      validation.errorAlert = { showAlert: true, style: "Warning", title: t.title, message: t.alert };
    }
    sheet.activate();
    await context.sync();
    return name;
  });
}
