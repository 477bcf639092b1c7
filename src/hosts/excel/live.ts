/// <reference types="office-js" />
/**
 * The live check's side of Excel: watching the checked sheet and reading back the rows an edit
 * changed.
 *
 *   watch     one request adds `onChanged` on the sheet, `onDeleted` on the worksheets and (ExcelApi
 *             1.17) `onNameChanged`; `stop` removes them in the context they were added in, as
 *             office-js requires. An edit reports its range; rows or columns inserted or deleted
 *             (and any change Excel cannot describe) report a structural change.
 *   readRows  one request: the sheet's name, and the values and value types of the rows (value types
 *             tell an error such as #N/A from text that merely looks like one).
 */
import type { CellRange, CellValue } from "../../core/grid";
import type { SheetChange } from "../../core/live/rows";
import type { ReadBack, SheetWatch, WatchEvent } from "../host";
import { rangeRef } from "./address";

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The range of an event's address: "B7", "A5:L5", whole rows "9:11", whole columns "C:D". */
export function eventRange(address: string): CellRange | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from = "", to = from] = bare.replace(/\$/g, "").split(":");
  const rows = /^(\d+)$/;
  const cols = /^([A-Za-z]{1,3})$/;
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  if (rows.test(from) && rows.test(to))
    return { top: Number(from), bottom: Number(to), left: 1, right: MAX_COLS };
  if (cols.test(from) && cols.test(to))
    return { top: 1, bottom: MAX_ROWS, left: columnNumber(from), right: columnNumber(to) };
  const a = cell.exec(from);
  const b = cell.exec(to);
  if (!a || !b) return null;
  const [l, r] = [columnNumber(a[1] ?? ""), columnNumber(b[1] ?? "")];
  const [t, btm] = [Number(a[2]), Number(b[2])];
  return { top: Math.min(t, btm), bottom: Math.max(t, btm), left: Math.min(l, r), right: Math.max(l, r) };
}

/** What an `onChanged` event says, as the core's change. */
export function changeOf(args: { readonly address?: string; readonly changeType?: string }): SheetChange {
  const range = typeof args.address === "string" ? eventRange(args.address) : null;
  return { kind: args.changeType === "RangeEdited" ? "edit" : "structure", range };
}

export async function watchSheet(
  sheetName: string,
  listener: (event: WatchEvent) => void,
): Promise<SheetWatch> {
  const canRename = Office.context.requirements.isSetSupported("ExcelApi", "1.17");
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.load("id");
    await context.sync();
    const id = sheet.id;
    const results: OfficeExtension.EventHandlerResult<unknown>[] = [];
    results.push(
      sheet.onChanged.add(async (args) => {
        // The add-in's own writes (a fix, its undo) are followed by a full check of their own.
        if (args.triggerSource === "ThisLocalAddin") return Promise.resolve();
        listener({ kind: "change", change: changeOf(args) });
        return Promise.resolve();
      }),
    );
    results.push(
      context.workbook.worksheets.onDeleted.add(async (args) => {
        if (args.worksheetId === id) listener({ kind: "gone", reason: "deleted" });
        return Promise.resolve();
      }),
    );
    if (canRename)
      results.push(
        sheet.onNameChanged.add(async () => {
          listener({ kind: "gone", reason: "renamed" });
          return Promise.resolve();
        }),
      );
    await context.sync();
    let stopped = false;
    return {
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await Excel.run(context, async (ctx) => {
          for (const r of results) r.remove();
          await ctx.sync();
        });
      },
    };
  });
}

function toCell(v: unknown, type: string | undefined): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (type === "Error" && typeof v === "string") return { error: v };
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  return null;
}

export async function readRows(
  sheetName: string,
  top: number,
  bottom: number,
  left: number,
  right: number,
): Promise<ReadBack> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.load("name");
    const range = sheet.getRange(rangeRef({ top, bottom, left, right }));
    range.load("values, valueTypes");
    await context.sync();
    const types: string[][] = range.valueTypes;
    const cells = range.values.map((line, i) => line.map((v, j) => toCell(v, types[i]?.[j])));
    return { sheet: sheet.name, top, cells };
  });
}
