/**
 * The lean values-only .xlsx reader: bytes → the same Grids as exceljs + `gridsFromWorkbook`
 * (../workbook.ts), reading only the parts that carry values (workbook, relationships, shared
 * strings, styles for date formats, worksheets, tables) with hand-written scanners instead of
 * exceljs's object model.
 *
 * It mirrors exceljs 4.4 quirk for quirk where a real file can reach it, and refuses (throws
 * `Unsupported`) wherever it would have to guess: `tryReadXlsx` turns every refusal or error into
 * null, and the caller then reads the file with exceljs, so a file exceljs could read still reads
 * the same, and a damaged one still fails the same way. Runs in Node and in the browser.
 */
import type { Grid, GridTable } from "../../../core/grid";
import { readSharedStrings } from "./shared-strings";
import { readSheet } from "./sheet";
import { readStyles, type Styles } from "./styles";
import { readTable, type TablePart } from "./tables";
import { readRels, readWorkbookXml, type Relationship } from "./workbook";
import { own, unsupported } from "./xml";
import { Zip } from "./zip";
import { LimitError } from "../package/limits";

export { Unsupported } from "./xml";

// The entry names exceljs recognises (unanchored, as there), and the exact forms accepted here.
const WORKSHEET_LOOSE = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const SHEET_RELS_LOOSE = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;
const SHEET_RELS = /^xl\/worksheets\/_rels\/sheet(\d+)\.xml\.rels$/;
const TABLE_LOOSE = /xl\/tables\/(table\d+)[.]xml/;
const TABLE = /^xl\/tables\/(table\d+)\.xml$/;

/** exceljs's Worksheet name rules: a name it would refuse or truncate is left to it. */
function checkName(name: string, taken: Set<string>): void {
  if (
    name === "" ||
    name === "History" ||
    /[*?:/\\[\]]/.test(name) ||
    /(^')|('$)/.test(name) ||
    name.length > 31 ||
    taken.has(name.toLowerCase())
  ) {
    unsupported(`sheet name ${name}`);
  }
  taken.add(name.toLowerCase());
}

/** The Grids of an .xlsx/.xlsm; throws Unsupported (or a zip/XML error) when exceljs must decide. */
export async function readXlsx(bytes: Uint8Array): Promise<Grid[]> {
  const zip = Zip.open(bytes);

  const worksheets = new Map<string, string>(); // part name → sheet number (exceljs's `sheetNo`)
  const sheetRels = new Map<string, string>(); // sheet number → rels part name
  const tableParts = Object.create(null) as Record<string, string>; // "../tables/tableN.xml" → part
  for (const name of zip.names()) {
    if (WORKSHEET_LOOSE.test(name)) {
      const m = WORKSHEET.exec(name);
      if (!m || m[1] === undefined) unsupported(`part ${name}`);
      worksheets.set(name, m[1]);
    } else if (SHEET_RELS_LOOSE.test(name)) {
      const m = SHEET_RELS.exec(name);
      if (!m || m[1] === undefined) unsupported(`part ${name}`);
      sheetRels.set(m[1], name);
    } else if (TABLE_LOOSE.test(name)) {
      const m = TABLE.exec(name);
      if (!m || m[1] === undefined) unsupported(`part ${name}`);
      tableParts[`../tables/${m[1]}.xml`] = name;
    }
  }

  if (!zip.has("xl/workbook.xml")) unsupported("no xl/workbook.xml");
  // Only the parts that carry values are inflated. The others (pictures, charts, printer settings…)
  // are never touched: a damaged or oversized one there does not stop the list from being read, and a
  // zip bomb hidden in one costs nothing.
  // Parts inflate off the main thread where the platform can: ask for them early, read them in order.
  const part = (name: string): Promise<string> | null => (zip.has(name) ? early(zip.text(name)) : null);
  const workbookText = part("xl/workbook.xml") as Promise<string>;
  const relsText = part("xl/_rels/workbook.xml.rels");
  const sharedStringsText = part("xl/sharedStrings.xml");
  const stylesText = part("xl/styles.xml");
  const workbook = readWorkbookXml(await workbookText);
  const rels: Readonly<Record<string, Relationship>> = relsText
    ? readRels(await relsText)
    : Object.create(null);

  // exceljs's reconcile: a sheet whose relationship leads to a worksheet part it parsed; others
  // (chart sheets, dangling ids) are dropped. Order is the workbook's, by sheetId.
  const ids = new Set<number>();
  const taken = new Set<string>();
  const claimed = new Set<string>();
  const sheets: { name: string; part: string }[] = [];
  for (const sheet of workbook.sheets) {
    if (ids.has(sheet.id)) unsupported("repeated sheetId");
    ids.add(sheet.id);
    const rel = own(rels, String(sheet.rId));
    if (!rel) continue;
    if (rel.target === undefined) unsupported("relationship without a target");
    const target = `xl/${rel.target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (!worksheets.has(target)) continue;
    if (claimed.has(target)) unsupported("two sheets on one part");
    claimed.add(target);
    // exceljs indexes worksheets by sheetId: 0, negative or missing ids lose the sheet.
    if (!(sheet.id >= 1)) unsupported("sheetId");
    checkName(sheet.name, taken);
    sheets.push({ name: sheet.name, part: target });
  }
  // A worksheet part no sheet claims still becomes a (nameless) worksheet inside exceljs.
  if (claimed.size !== worksheets.size) unsupported("worksheet part outside the workbook");
  if (sheets.length === 0) unsupported("no worksheets");

  // One worksheet ahead at most: its text and its relationships.
  const fetchSheet = (i: number): { xml: Promise<string>; rels: Promise<string> | null } | null => {
    const sheet = sheets[i];
    if (!sheet) return null;
    const relsPart = sheetRels.get(worksheets.get(sheet.part) as string);
    return { xml: early(zip.text(sheet.part)), rels: relsPart ? early(zip.text(relsPart)) : null };
  };
  let next = fetchSheet(0);

  const sharedStrings = sharedStringsText ? readSharedStrings(await sharedStringsText) : null;
  const styles: Styles | null = stylesText ? readStyles(await stylesText) : null;

  // exceljs parses every table part, referenced or not.
  const tables = new Map<string, TablePart>();
  for (const tablePart of Object.values(tableParts))
    tables.set(tablePart, readTable(await zip.text(tablePart)));

  const grids: Grid[] = [];
  for (let i = 0; i < sheets.length; i++) {
    const { name } = sheets[i] as { name: string };
    const current = next as { xml: Promise<string>; rels: Promise<string> | null };
    next = fetchSheet(i + 1);
    const sheetRelsMap: Readonly<Record<string, Relationship>> = current.rels
      ? readRels(await current.rels)
      : Object.create(null);
    const { grid, tableTargets } = readSheet({
      name,
      xml: await current.xml,
      rels: sheetRelsMap,
      sharedStrings,
      styles,
      date1904: workbook.date1904,
    });
    // exceljs keys a sheet's tables by name: a repeated name keeps its first place, its last model.
    const byName = Object.create(null) as Record<string, GridTable | null>;
    const order: string[] = [];
    for (const target of tableTargets) {
      const tablePart = own(tableParts, target);
      if (tablePart === undefined) unsupported(`table part ${target}`);
      const table = tables.get(tablePart) as TablePart;
      if (!(table.key in byName)) order.push(table.key);
      byName[table.key] = table.table;
    }
    const sheetTables = orderKeys(order)
      .map((k) => byName[k])
      .filter((t): t is GridTable => !!t);
    grids.push({ ...grid, tables: sheetTables });
  }
  return grids;
}

/** A promise read later: should the read stop first, its failure must not go unhandled. */
function early<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** Object.values order: integer-like keys first, ascending, then the rest in insertion order. */
function orderKeys(keys: readonly string[]): string[] {
  const isIndex = (k: string): boolean => /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295;
  const indexes = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...keys.filter((k) => !isIndex(k))];
}

/**
 * The Grids, or null when the exceljs path must read this file (the reason is dropped). A file over
 * a limit is refused outright: handing it to exceljs would only cost more.
 */
export async function tryReadXlsx(bytes: Uint8Array): Promise<Grid[] | null> {
  try {
    return await readXlsx(bytes);
  } catch (err) {
    if (err instanceof LimitError) throw err;
    return null;
  }
}
