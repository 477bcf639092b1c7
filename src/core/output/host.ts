/**
 * Writing the output sheets through any host, and deciding which sheet each one goes to.
 *
 * Ownership: each host tells which sheet is ours for each output id, as a reference into that sheet
 * (`'Tổng hợp'!$A$1`), from whatever record it keeps. The file host (kdcl, the standalone page) keeps
 * kdcl's mark in the package: our sheets' sheetIds in a custom document property, which no sheet or
 * defined name of the user's can imitate (see hosts/file/package/marker.ts). The Excel host keeps
 * workbook-level defined names, `KDCL_OWNED_SUMMARY` → `'Tổng hợp'!$A$1` and `KDCL_OWNED_FINDINGS`
 * → `'Kết quả kiểm tra'!$A$1` (office-js `workbook.names`, ExcelApi 1.4; Excel keeps them pointing at
 * the sheet when the user renames it). A reference that no longer points at a sheet marks nothing.
 *
 * The plan: the sheet we own for an id is replaced (even if the user renamed it); a sheet the user made
 * is never touched, even when it has our name: ours then goes to "Tổng hợp (2)", "(3)"…
 */
import type { OutputSheet, OutputSheetId } from "./model";
import { OUTPUT_SHEET_IDS, qualifiedRange } from "./model";

/** The Excel host's record of its sheets (see above); the file host never reads these names. */
export const OWNER_NAMES: Readonly<Record<OutputSheetId, string>> = {
  summary: "KDCL_OWNED_SUMMARY",
  findings: "KDCL_OWNED_FINDINGS",
};

/** What a host reads before writing: sheet names in tab order and the references of our names. */
export interface SheetInventory {
  readonly sheets: readonly string[];
  /** The reference (formula) each ownership name holds, for the names that exist. */
  readonly marks: Readonly<Partial<Record<OutputSheetId, string>>>;
}

export interface ExistingSheet {
  readonly name: string;
  /** The output sheet this is, when one of our ownership names points into it. */
  readonly ours: OutputSheetId | null;
}

export interface SheetWrite {
  readonly id: OutputSheetId;
  readonly name: string;
}

export interface SheetPlan {
  /** Sheets we own that are replaced: delete them first, in this order. */
  readonly remove: readonly string[];
  /** Where each output sheet is written, in order; each name is free once `remove` is done. */
  readonly write: readonly SheetWrite[];
}

/**
 * Everything the core needs from a workbook. The office-js host may queue these calls and sync once
 * at the end; the exceljs host applies them at once.
 */
export interface SheetHost {
  inventory(): Promise<SheetInventory>;
  /** Deletes a sheet (only ever one of ours). */
  remove(name: string): Promise<void>;
  /** Adds a new sheet `name` (not present in the workbook) and writes the model into it. */
  write(sheet: OutputSheet, name: string): Promise<void>;
  /** Points the ownership name of `id` at cell A1 of sheet `name`, replacing any previous target. */
  mark(id: OutputSheetId, name: string): Promise<void>;
}

/** Excel compares sheet names case-insensitively. */
const key = (name: string): string => name.normalize("NFC").toLocaleLowerCase("vi");

/**
 * The sheet a reference points into: `'Tổng hợp'!$A$1`, `=Summary!A1:B2`, `'O''Brien'!$A$1`.
 * Null for `#REF!` or anything without a sheet.
 */
export function sheetOfReference(reference: string): string | null {
  const ref = reference.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!/.exec(ref);
  if (quoted?.[1]) return quoted[1].replace(/''/g, "'");
  const bare = /^([^'!:,=\s[\]*?/\\]+)!/.exec(ref);
  if (!bare?.[1] || bare[1].startsWith("#")) return null;
  return bare[1];
}

/** The reference an ownership name holds: `'Tổng hợp'!$A$1`. */
export function markReference(sheetName: string): string {
  return qualifiedRange(sheetName, "A1");
}

/** The workbook's sheets with the output id each one is, from our ownership names. */
export function existingSheets(inventory: SheetInventory): ExistingSheet[] {
  const owner = new Map<string, OutputSheetId>();
  for (const id of OUTPUT_SHEET_IDS) {
    const ref = inventory.marks[id];
    const sheet = ref === undefined ? null : sheetOfReference(ref);
    // Two marks into one sheet (edited by hand): the first id keeps it, the other writes anew.
    if (sheet !== null && !owner.has(key(sheet))) owner.set(key(sheet), id);
  }
  return inventory.sheets.map((name) => ({ name, ours: owner.get(key(name)) ?? null }));
}

const MAX_SHEET_NAME = 31;
/** What Excel refuses in a sheet name: []:*?/\\, control characters, and what XML cannot hold. */
const INVALID_SHEET_CHARS =
  // eslint-disable-next-line no-control-regex -- control characters are among what Excel refuses
  /[[\]:*?/\\\u0000-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** At most 31 UTF-16 units, as Excel counts, never cutting a surrogate pair. */
function fitName(s: string, room: number): string {
  if (s.length <= room) return s;
  const last = s.charCodeAt(room - 1);
  return s.slice(0, last >= 0xd800 && last <= 0xdbff ? room - 1 : room);
}

/**
 * `base` made a valid sheet name, else `base (2)`, `base (3)`… the first free one. A file name such
 * as "DS [2024]?.csv" or "'trích'.csv" becomes "DS  2024" or "trích"; Excel's reserved "History"
 * is never used as is.
 */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  const clean =
    base
      .replace(INVALID_SHEET_CHARS, " ")
      .replace(/^'+|'+$/g, "")
      .replace(/\s+/g, " ")
      .trim() || "KDCL";
  const fit = (s: string, suffix: string): string =>
    fitName(s, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
  const free = (name: string): boolean => !taken.has(key(name)) && key(name) !== "history";
  const first = fit(clean, "");
  if (free(first)) return first;
  for (let i = 2; ; i++) {
    const name = fit(clean, ` (${i})`);
    if (free(name)) return name;
  }
}

/** Decides, for each wanted output sheet, which of ours it replaces and which name it gets. */
export function planSheetWrites(
  existing: readonly ExistingSheet[],
  wanted: readonly { readonly id: OutputSheetId; readonly name: string }[],
): SheetPlan {
  const ids = new Set(wanted.map((w) => w.id));
  if (ids.size !== wanted.length) throw new Error("Each output sheet id may be written once");
  const remove = existing.filter((s) => s.ours !== null && ids.has(s.ours)).map((s) => s.name);
  const removed = new Set(remove.map(key));
  const taken = new Set(existing.map((s) => key(s.name)).filter((k) => !removed.has(k)));
  const write: SheetWrite[] = [];
  for (const w of wanted) {
    const name = freeSheetName(w.name, taken);
    taken.add(key(name));
    write.push({ id: w.id, name });
  }
  return { remove, write };
}

/** Replaces our sheets and marks the new ones, through any host. Returns what was done. */
export async function writeOutput(host: SheetHost, sheets: readonly OutputSheet[]): Promise<SheetPlan> {
  const plan = planSheetWrites(existingSheets(await host.inventory()), sheets);
  for (const name of plan.remove) await host.remove(name);
  for (const w of plan.write) {
    const sheet = sheets.find((s) => s.id === w.id) as OutputSheet;
    await host.write(sheet, w.name);
    await host.mark(w.id, w.name);
  }
  return plan;
}
