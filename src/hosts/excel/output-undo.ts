/// <reference types="office-js" />
/**
 * Finishing or undoing a write of the result sheets (see output.ts), each in one look and one write:
 *
 *   dropParked   after a complete write: deletes the old sheets that were set aside;
 *   undoOutput   after a failed one: deletes the sheets it added, brings the old ones back under their
 *                names (visible, tables renamed back), points our ownership names where they pointed,
 *                and puts the user back on the sheet they had open.
 *
 * Both look at the workbook first and touch only what is still there, so either can be run again
 * after it failed itself (the host keeps it pending until it succeeds).
 */
import { OWNER_NAMES, sheetOfReference } from "../../core/output/host";
import { OUTPUT_SHEET_IDS } from "../../core/output/model";
import type { OutputAttempt, ParkedSheet } from "./output";

const key = (name: string): string => name.normalize("NFC").toLocaleLowerCase("vi");

interface Look {
  /** Sheet ids by name (compared as Excel does), and names by id. */
  readonly sheets: Map<string, string>;
  readonly byId: Map<string, string>;
  readonly tables: Set<string>;
  readonly names: Set<string>;
}

async function look(context: Excel.RequestContext): Promise<Look> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/id");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  return {
    sheets: new Map(sheets.items.map((s) => [key(s.name), s.id])),
    byId: new Map(sheets.items.map((s) => [s.id, s.name])),
    tables: new Set(tables.items.map((t) => t.name.toLowerCase())),
    names: new Set(names.items.map((n) => n.name.toLowerCase())),
  };
}

export async function dropParked(
  context: Excel.RequestContext,
  parked: readonly ParkedSheet[],
): Promise<void> {
  if (parked.length === 0) return;
  const now = await look(context);
  for (const p of parked) {
    const name = now.byId.get(p.id);
    if (name !== undefined) context.workbook.worksheets.getItem(name).delete();
  }
  await context.sync();
}

export async function undoOutput(context: Excel.RequestContext, attempt: OutputAttempt): Promise<void> {
  const now = await look(context);
  const wb = context.workbook;
  const before = new Set(attempt.before);
  for (const name of attempt.added) {
    const id = now.sheets.get(key(name));
    if (id !== undefined && !before.has(id)) wb.worksheets.getItem(name).delete();
  }
  for (const p of attempt.parked) {
    const name = now.byId.get(p.id);
    if (name === undefined) continue;
    const ws = wb.worksheets.getItem(name);
    if (name !== p.original) ws.name = p.original;
    ws.visibility = "Visible";
    for (const t of p.tables)
      if (now.tables.has(t.parked.toLowerCase())) wb.tables.getItemOrNullObject(t.parked).name = t.original;
  }
  for (const id of OUTPUT_SHEET_IDS) {
    const owner = OWNER_NAMES[id];
    if (now.names.has(owner.toLowerCase())) wb.names.getItem(owner).delete();
    const was = attempt.marks[id];
    if (was === undefined) continue;
    const sheet = sheetOfReference(was);
    if (sheet !== null) wb.names.add(owner, wb.worksheets.getItem(sheet).getRange("A1"));
    else wb.names.add(owner, was);
  }
  if (attempt.active !== null) wb.worksheets.getItem(attempt.active).activate();
  await context.sync();
}
