/**
 * kdcl's mark on the files it writes: one custom document property, `KDCL.output`, whose JSON text
 * says what the file is and, for a report, which sheets are ours, by their sheetId.
 *
 * Why sheetIds, and why these: a sheetId stays with its sheet when Excel saves the file and when the
 * user renames the sheet; a copy of the sheet made by the user gets a new one. We give our sheets ids
 * 1000 above every id in the workbook, and Excel numbers a new sheet one past the largest id it has,
 * so a sheet the user adds after deleting ours never takes an id we recorded. A name the user could
 * also type (a sheet name, a defined name) never decides that a sheet is ours: a user's sheet called
 * "Tổng hợp", or a defined name "KDCL_OWNED_FINDINGS" pointing at the user's sheet, stays the user's.
 *
 * Kinds: "report" and "plan" are files kdcl wrote; writing over one needs no `--force`. "book" is a
 * workbook downloaded from the standalone page: it records our sheets, but it is the user's working
 * copy (their fixes are in it), so kdcl never replaces it without `--force`.
 */
import type { OutputSheetId } from "../../../core/output/model";
import { OUTPUT_SHEET_IDS } from "../../../core/output/model";
import { CUSTOM_PART, CUSTOM_REL_TYPE, propertyText } from "./custom-properties";
import { readEntryText } from "./inflate";
import { parseRels, REL, resolveTarget, sheetsOf } from "./parts";
import type { ZipEntry } from "./zip";
import { readZipEntries } from "./zip";

export const OUTPUT_PROPERTY = "KDCL.output";

/** How far above the workbook's largest sheetId ours start. */
export const OWN_SHEET_ID_GAP = 1000;

export type OutputMarker =
  | {
      readonly kind: "report" | "book";
      readonly sheets: Readonly<Partial<Record<OutputSheetId, number>>>;
    }
  | { readonly kind: "plan" };

/** Is the file one kdcl may write over without `--force`? */
export function isReplaceable(marker: OutputMarker | null): boolean {
  return marker?.kind === "report" || marker?.kind === "plan";
}

export function markerText(marker: OutputMarker): string {
  return JSON.stringify(marker);
}

export function parseMarker(text: string | null): OutputMarker | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const v = value as { kind?: unknown; sheets?: unknown };
  if (v.kind === "plan") return { kind: "plan" };
  if (v.kind !== "report" && v.kind !== "book") return null;
  const sheets: Partial<Record<OutputSheetId, number>> = {};
  if (typeof v.sheets === "object" && v.sheets !== null) {
    for (const id of OUTPUT_SHEET_IDS) {
      const n = (v.sheets as Record<string, unknown>)[id];
      if (typeof n === "number" && Number.isInteger(n) && n > 0) sheets[id] = n;
    }
  }
  return { kind: v.kind, sheets };
}

/** The custom-properties part of a package, found as its relationship says (else where Office puts it). */
export function customPartName(rootRelsXml: string | null): string {
  const rel = parseRels(rootRelsXml).find((r) => r.type === CUSTOM_REL_TYPE && !r.external);
  return rel ? resolveTarget("", rel.target) : CUSTOM_PART;
}

/** The main part of a package (xl/workbook.xml, word/document.xml), as its relationship says. */
export function mainPartName(rootRelsXml: string | null): string | null {
  const rel = parseRels(rootRelsXml).find((r) => r.type === REL.officeDocument && !r.external);
  return rel ? resolveTarget("", rel.target) : null;
}

/** Our sheets of a workbook: output id → sheet name, from the mark and workbook.xml's sheetIds. */
export function ownedSheetsOf(marker: OutputMarker | null, workbookXml: string): Map<OutputSheetId, string> {
  const owned = new Map<OutputSheetId, string>();
  if (marker === null || marker.kind === "plan") return owned;
  const byId = new Map(sheetsOf(workbookXml).map((s) => [s.sheetId, s.name]));
  for (const id of OUTPUT_SHEET_IDS) {
    const sheetId = marker.sheets[id];
    const name = sheetId === undefined ? undefined : byId.get(sheetId);
    if (name !== undefined && ![...owned.values()].includes(name)) owned.set(id, name);
  }
  return owned;
}

/** Small parts only: a mark or a workbook list larger than this is not ours to read. */
const SMALL_PART = 16 * 1024 * 1024;

async function textOf(bytes: Uint8Array, entries: readonly ZipEntry[], name: string): Promise<string | null> {
  const entry = entries.find((e) => e.name === name);
  return entry ? readEntryText(bytes, entry, SMALL_PART) : null;
}

export interface PackageMark {
  readonly marker: OutputMarker | null;
  /** Our sheets by output id (reports only). */
  readonly owned: ReadonlyMap<OutputSheetId, string>;
}

/**
 * The mark of a package's bytes; throws what the zip layer throws (damage, limits). Reads only the
 * package relationships, the custom properties and workbook.xml.
 */
export async function readPackageMark(
  bytes: Uint8Array,
  entries = readZipEntries(bytes),
): Promise<PackageMark> {
  const rootRels = await textOf(bytes, entries, "_rels/.rels");
  const marker = parseMarker(
    propertyText(await textOf(bytes, entries, customPartName(rootRels)), OUTPUT_PROPERTY),
  );
  if (marker === null || marker.kind === "plan") return { marker, owned: new Map() };
  const main = mainPartName(rootRels);
  const workbook = main === null ? null : await textOf(bytes, entries, main);
  return { marker, owned: workbook === null ? new Map() : ownedSheetsOf(marker, workbook) };
}

/** Our sheet names in a workbook's bytes; none when the file carries no readable mark. */
export async function ownedSheetNames(bytes: Uint8Array): Promise<string[]> {
  try {
    return [...(await readPackageMark(bytes)).owned.values()];
  } catch {
    return [];
  }
}
