/**
 * What a user does in Excel while the add-in runs: typing or pasting over cells, inserting or
 * deleting rows, renaming or deleting a sheet. Each changes the workbook at once and raises the events
 * Excel raises (events.ts); the promise resolves when every handler has finished.
 *
 *   await office.user.edit("Danh sách", "E9", [["cấp độ 2"]]);
 *   await office.user.insertRows("Danh sách", 12, 1);
 */
import type { CellRange } from "../../../src/core/grid";
import { parseAddress } from "./address";
import type { CellSpec } from "./builder";
import { setCell } from "./builder";
import { changedArgs, EVENT_TYPES, raise } from "./events";
import type { FakeSheet, FakeWorkbook } from "./model";
import { findSheet, MAX_COLS } from "./model";

function sheetNamed(wb: FakeWorkbook, name: string): FakeSheet {
  const sheet = findSheet(wb, name);
  if (!sheet) throw new Error(`No sheet named ${name}`);
  return sheet;
}

export class FakeUser {
  constructor(private readonly wb: FakeWorkbook) {}

  /** Types or pastes `rows` from the top-left cell of `address` (a value, a typed text, an error…). */
  edit(sheetName: string, address: string, rows: readonly (readonly CellSpec[])[]): Promise<void> {
    const sheet = sheetNamed(this.wb, sheetName);
    const at = parseAddress(address);
    if (!at) throw new Error(`Not an address: ${address}`);
    const { top, left } = at.rect;
    let right = left;
    rows.forEach((line, i) =>
      line.forEach((spec, j) => {
        const row = sheet.rows[top + i - 1];
        // A cell typed over loses its value (and error) but keeps its format, as in Excel.
        const cell = row?.[left + j - 1];
        if (cell) {
          cell.value = null;
          delete cell.error;
          delete cell.formula;
        }
        if (spec === "" || spec === null) return;
        setCell(sheet, top + i, left + j, spec);
        right = Math.max(right, left + j);
      }),
    );
    const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
    const rect: CellRange = {
      top,
      left,
      bottom: top + Math.max(rows.length, 1) - 1,
      right: Math.max(right, left + width - 1),
    };
    return raise(this.wb, "changed", sheet.id, changedArgs(sheet, rect, "RangeEdited", "Others"));
  }

  /** Inserts `count` empty rows at worksheet row `at` (rows below move down). */
  insertRows(sheetName: string, at: number, count: number): Promise<void> {
    const sheet = sheetNamed(this.wb, sheetName);
    const rows = sheet.rows;
    while (rows.length < at - 1) rows.push(undefined);
    const below = rows.splice(at - 1);
    for (let i = 0; i < count; i++) rows.push(undefined);
    for (const r of below) rows.push(r);
    sheet.merges = sheet.merges.map((m) =>
      m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m,
    );
    const rect = { top: at, bottom: at + count - 1, left: 1, right: MAX_COLS };
    return raise(this.wb, "changed", sheet.id, changedArgs(sheet, rect, "RowInserted", "Others"));
  }

  /** Deletes `count` rows from worksheet row `at` (rows below move up). */
  deleteRows(sheetName: string, at: number, count: number): Promise<void> {
    const sheet = sheetNamed(this.wb, sheetName);
    sheet.rows.splice(at - 1, count);
    sheet.merges = sheet.merges
      .filter((m) => m.bottom < at || m.top >= at + count)
      .map((m) => (m.top >= at + count ? { ...m, top: m.top - count, bottom: m.bottom - count } : m));
    const rect = { top: at, bottom: at + count - 1, left: 1, right: MAX_COLS };
    return raise(this.wb, "changed", sheet.id, changedArgs(sheet, rect, "RowDeleted", "Others"));
  }

  renameSheet(from: string, to: string): Promise<void> {
    const sheet = sheetNamed(this.wb, from);
    sheet.name = to;
    return raise(this.wb, "nameChanged", sheet.id, {
      type: EVENT_TYPES.nameChanged,
      worksheetId: sheet.id,
      nameBefore: from,
      nameAfter: to,
      source: "Local",
    });
  }

  deleteSheet(name: string): Promise<void> {
    const sheet = sheetNamed(this.wb, name);
    this.wb.sheets = this.wb.sheets.filter((s) => s !== sheet);
    this.wb.tables = this.wb.tables.filter((t) => t.sheet !== sheet);
    sheet.deleted = true;
    if (this.wb.activeSheet === sheet) this.wb.activeSheet = this.wb.sheets[0] ?? null;
    return raise(this.wb, "deleted", sheet.id, {
      type: EVENT_TYPES.deleted,
      worksheetId: sheet.id,
      source: "Local",
    });
  }
}
