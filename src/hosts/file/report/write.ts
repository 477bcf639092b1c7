/**
 * Node only: the report package, the user's package plus our parts.
 *
 * Every part of the input that is not ours is copied byte for byte, compressed as it was: sheets,
 * defined names and their scope, print areas, sparklines, pictures, charts, pivot tables, macros.
 * Ours are added as new parts: each output sheet's worksheet, its tables, the drawing and chart of
 * the summary. The parts that list the others get the smallest edits that let ours in:
 * workbook.xml (our `<sheet>` elements), its relationships, [Content_Types].xml, styles.xml (our
 * cell formats appended), and docProps/custom.xml (the mark saying which sheets are ours).
 *
 * A report made from an earlier report replaces only our sheets, recognised by that mark: each new
 * one takes the place of the old in the tab order (so the user's sheet-scoped names and print areas
 * still point at the same sheets), and the old one's parts are dropped with whatever only they used.
 */
import type { ExistingSheet, SheetPlan } from "../../../core/output/host";
import { planSheetWrites } from "../../../core/output/host";
import type { OutputSheet, OutputSheetId } from "../../../core/output/model";
import { qualifiedRange, uniqueTableName } from "../../../core/output/model";
import {
  CUSTOM_CONTENT_TYPE,
  CUSTOM_REL_TYPE,
  customPropertiesXml,
  propertyText,
} from "../package/custom-properties";
import {
  customPartName,
  mainPartName,
  markerText,
  OUTPUT_PROPERTY,
  ownedSheetsOf,
  OWN_SHEET_ID_GAP,
  parseMarker,
} from "../package/marker";
import type { Rel } from "../package/parts";
import {
  attributes,
  CONTENT,
  contentTypeOf,
  escapeXml,
  freeRelId,
  insertBeforeClose,
  overrideXml,
  parseContentTypes,
  parseRels,
  REL,
  REL_NS,
  relationshipsPrefix,
  relativeTarget,
  relsPathOf,
  relsXml,
  relXml,
  removeElements,
  resolveTarget,
  rootPrefix,
  sheetsOf,
} from "../package/parts";
import { DamagedPackage } from "../package/zip";
import type { ZipWriter } from "../package/zip-writer";
import { chartXml, drawingXml } from "../sheet-xml/chart";
import { addOurStyles, MINIMAL_STYLES } from "../sheet-xml/styles";
import { tableColumns, tableXml } from "../sheet-xml/table";
import { worksheetXml } from "../sheet-xml/worksheet";
import type { PackageSource } from "./source";
import { cellPosition, parseRangeA1 } from "../../../core/grid";
import { maxOf } from "../../../core/arrays";

/** The file extension a package must be saved under, from its main part's content type. */
export async function packageExtension(source: PackageSource): Promise<"xlsx" | "xlsm" | null> {
  const types = await source.text("[Content_Types].xml");
  const main = mainPartName(await source.text("_rels/.rels"));
  if (types === null || main === null) return null;
  const type = contentTypeOf(parseContentTypes(types), main);
  if (type === CONTENT.workbook) return "xlsx";
  if (type === CONTENT.macroWorkbook) return "xlsm";
  return null;
}

const isRelsPart = (name: string): boolean => /(^|\/)_rels\/[^/]*\.rels$/.test(name);

/** "xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; "_rels/.rels" → "" (the package). */
function sourceOfRels(relsPart: string): string {
  return relsPart.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");
}

/** Internal relationship targets of every part, read from every .rels part of the package. */
async function relationshipGraph(source: PackageSource): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  for (const name of source.names) {
    if (!isRelsPart(name)) continue;
    const from = sourceOfRels(name);
    const targets = parseRels(await source.text(name))
      .filter((r) => !r.external)
      .map((r) => resolveTarget(from, r.target));
    graph.set(from, targets);
  }
  return graph;
}

function reachable(
  graph: ReadonlyMap<string, readonly string[]>,
  roots: readonly string[],
  skip: (from: string, to: string) => boolean,
): Set<string> {
  const seen = new Set<string>(roots);
  const queue = [...roots];
  while (queue.length > 0) {
    const from = queue.shift() as string;
    for (const to of graph.get(from) ?? []) {
      if (seen.has(to) || skip(from, to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return seen;
}

/** The first free "prefixN.xml" name in a folder. */
function freePart(taken: Set<string>, prefix: string, suffix: string): string {
  for (let i = 1; ; i++) {
    const name = `${prefix}${i}${suffix}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

interface NewSheet {
  readonly id: OutputSheetId;
  readonly name: string;
  readonly sheet: OutputSheet;
  readonly sheetId: number;
  readonly relId: string;
  readonly part: string;
  readonly tables: {
    readonly part: string;
    readonly relId: string;
    readonly id: number;
    readonly name: string;
  }[];
  readonly drawing: {
    readonly part: string;
    readonly relId: string;
    readonly charts: { part: string; relId: string }[];
  } | null;
}

const PRINT_NAMES = new Set(["_xlnm.Print_Area", "_xlnm.Print_Titles"]);

/** Elements that follow `<definedNames>` in CT_Workbook: a new one goes before the first of them. */
const AFTER_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/**
 * Each of our sheets' print area and repeated header rows, as the sheet-scoped names Excel keeps
 * them in (`_xlnm.Print_Area`, `_xlnm.Print_Titles`). Names of that kind scoped to the place one of
 * ours takes (an earlier sheet of ours) are replaced; every other name stays as it was.
 */
function withPrintNames(workbookXml: string, p: string, placed: readonly NewSheet[]): string {
  const order = sheetsOf(workbookXml).map((s) => s.sheetId);
  const names: string[] = [];
  const ours = new Set<number>();
  for (const s of placed) {
    const index = order.indexOf(s.sheetId);
    if (index < 0) continue;
    ours.add(index);
    const print = s.sheet.print;
    names.push(
      `<${p}definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(qualifiedRange(s.name, print.area))}</${p}definedName>`,
    );
    if (print.titleRows) {
      const rows = `$${print.titleRows.first}:$${print.titleRows.last}`;
      const quoted = qualifiedRange(s.name, "A1").replace(/!.*$/, "");
      names.push(
        `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(`${quoted}!${rows}`)}</${p}definedName>`,
      );
    }
  }
  let xml = workbookXml.replace(
    /<(?:[\w.-]+:)?definedName\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?definedName\s*>/g,
    (el) => {
      const a = attributes(/^<[^>]*>/.exec(el)?.[0] ?? "");
      const scope = Number(a.get("localSheetId"));
      return PRINT_NAMES.has(a.get("name") ?? "") && ours.has(scope) ? "" : el;
    },
  );
  if (names.length === 0) return xml;
  if (new RegExp(`<${p}definedNames\\b`).test(xml))
    return insertBeforeClose(xml, "definedNames", names.join(""));
  const block = `<${p}definedNames>${names.join("")}</${p}definedNames>`;
  for (const next of AFTER_NAMES) {
    const at = xml.search(new RegExp(`<${p}${next}\\b`));
    if (at >= 0) return xml.slice(0, at) + block + xml.slice(at);
  }
  xml = xml.replace(new RegExp(`</${p}workbook\\s*>`), (close) => block + close);
  return xml;
}

/**
 * Writes the report package into `zip` (not finished: the caller finishes it). Returns where our
 * sheets went. Throws DamagedPackage when the package lacks the parts every workbook has.
 */
export async function writeReport(
  source: PackageSource,
  sheets: readonly OutputSheet[],
  zip: ZipWriter,
): Promise<SheetPlan> {
  const typesXml = await source.text("[Content_Types].xml");
  const rootRelsXml = await source.text("_rels/.rels");
  const main = mainPartName(rootRelsXml);
  if (typesXml === null || rootRelsXml === null || main === null)
    throw new DamagedPackage("no workbook part");
  const workbookXml = await source.text(main);
  if (workbookXml === null) throw new DamagedPackage("no workbook part");
  const wbRelsPart = relsPathOf(main);
  const wbRelsXml = (await source.text(wbRelsPart)) ?? relsXml([]);
  const wbRels = parseRels(wbRelsXml);
  const customPart = customPartName(rootRelsXml);
  const customXml = source.names.includes(customPart) ? await source.text(customPart) : null;
  const types = parseContentTypes(typesXml);

  // Which sheets are ours: only what our mark says.
  const owned = ownedSheetsOf(parseMarker(propertyText(customXml, OUTPUT_PROPERTY)), workbookXml);
  const ownerOf = new Map([...owned].map(([id, name]) => [name, id]));
  const sheetEls = sheetsOf(workbookXml);
  const existing: ExistingSheet[] = sheetEls.map((s) => ({
    name: s.name,
    ours: ownerOf.get(s.name) ?? null,
  }));
  const plan = planSheetWrites(existing, sheets);

  // Our earlier sheets, and the parts only they used.
  const removedEls = sheetEls.filter((s) => plan.remove.includes(s.name));
  const relOf = new Map(wbRels.map((r) => [r.id, r]));
  const removedRels = removedEls.map((s) => relOf.get(s.relId)).filter((r): r is Rel => r !== undefined);
  const removedSheetParts = new Set(removedRels.map((r) => resolveTarget(main, r.target)));
  const removedParts = new Set<string>();
  if (removedSheetParts.size > 0) {
    const graph = await relationshipGraph(source);
    const theirs = reachable(graph, [...removedSheetParts], () => false);
    const kept = reachable(graph, [""], (from, to) => from === main && removedSheetParts.has(to));
    for (const part of theirs) {
      if (kept.has(part) || !source.names.includes(part)) continue;
      removedParts.add(part);
      if (source.names.includes(relsPathOf(part))) removedParts.add(relsPathOf(part));
    }
  }
  // The calculation chain is a cache Excel rebuilds. If it lists cells of a sheet we drop (formulas
  // the user typed on our sheet), Excel would call the file damaged: it goes, with its relationship.
  const calcRel = wbRels.find((r) => r.type === REL.calcChain && !r.external);
  const dropped = new Set(removedEls.map((e) => String(e.sheetId)));
  if (calcRel && dropped.size > 0) {
    const calcPart = resolveTarget(main, calcRel.target);
    const chain = source.names.includes(calcPart) ? ((await source.text(calcPart)) ?? "") : "";
    if ([...chain.matchAll(/\si="(\d+)"/g)].some((m) => dropped.has(m[1] as string))) {
      removedParts.add(calcPart);
      removedRels.push(calcRel);
    }
  }

  // Names, ids and relationship ids for our parts, clear of everything that stays.
  // A name is taken by a part that stays, and by an override that stays (even one without its part).
  const taken = new Set(source.names.filter((n) => !removedParts.has(n)).map((n) => n.toLowerCase()));
  const removedLower = new Set([...removedParts].map((n) => n.toLowerCase()));
  for (const part of types.overrides.keys()) if (!removedLower.has(part)) taken.add(part);
  const folder = main.slice(0, main.lastIndexOf("/") + 1);
  const usedRelIds = new Set(wbRels.filter((r) => !removedRels.includes(r)).map((r) => r.id));
  const remainingIds = sheetEls
    .filter((s) => !removedEls.includes(s))
    .map((s) => s.sheetId)
    .filter(Number.isFinite);
  let nextSheetId = maxOf(remainingIds, 0) + OWN_SHEET_ID_GAP;

  const tableNames = new Set<string>();
  let nextTableId = 1;
  for (const name of source.names) {
    if (removedParts.has(name) || contentTypeOf(types, name) !== CONTENT.table) continue;
    const start = /<(?:[\w.-]+:)?table\b[^>]*>/.exec((await source.text(name)) ?? "")?.[0];
    if (!start) continue;
    const a = attributes(start);
    nextTableId = Math.max(nextTableId, Number(a.get("id")) + 1 || 1);
    for (const n of [a.get("name"), a.get("displayName")]) if (n) tableNames.add(n);
  }
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?definedName\b[^>]*>/g)) {
    const n = attributes(m[0]).get("name");
    if (n) tableNames.add(n);
  }

  const placed: NewSheet[] = plan.write.map((w) => {
    const sheet = sheets.find((s) => s.id === w.id) as OutputSheet;
    const relId = freeRelId(usedRelIds);
    usedRelIds.add(relId);
    const part = freePart(taken, `${folder}worksheets/sheet`, ".xml");
    const sheetRelIds = new Set<string>();
    const nextRel = (): string => {
      const id = freeRelId(sheetRelIds);
      sheetRelIds.add(id);
      return id;
    };
    const drawing =
      sheet.charts.length > 0
        ? {
            relId: nextRel(),
            part: freePart(taken, `${folder}drawings/drawing`, ".xml"),
            charts: sheet.charts.map((_c, i) => ({
              relId: `rId${i + 1}`,
              part: freePart(taken, `${folder}charts/chart`, ".xml"),
            })),
          }
        : null;
    const tables = sheet.tables.map((t) => {
      const name = uniqueTableName(t.name, tableNames);
      tableNames.add(name);
      return {
        relId: nextRel(),
        part: freePart(taken, `${folder}tables/table`, ".xml"),
        id: nextTableId++,
        name,
      };
    });
    return { id: w.id, name: w.name, sheet, sheetId: nextSheetId++, relId, part, tables, drawing };
  });

  // workbook.xml: each new sheet where the old one of the same id was, else after the user's.
  const p = rootPrefix(workbookXml);
  const rp = relationshipsPrefix(workbookXml);
  const sheetElement = (s: NewSheet): string =>
    `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" ` +
    (rp ? `${rp}:id="${s.relId}"/>` : `xmlns:kdcl_r="${REL_NS}" kdcl_r:id="${s.relId}"/>`);
  let workbook = workbookXml;
  const appended: string[] = [];
  for (const s of placed) {
    const old = removedEls.find((e) => ownerOf.get(e.name) === s.id);
    if (old) workbook = workbook.replace(old.xml, () => sheetElement(s));
    else appended.push(sheetElement(s));
  }
  const replaced = new Set(placed.map((s) => removedEls.find((e) => ownerOf.get(e.name) === s.id)));
  workbook = removeElements(
    workbook,
    removedEls.filter((e) => !replaced.has(e)).map((e) => e.xml),
  );
  if (appended.length > 0) workbook = insertBeforeClose(workbook, "sheets", appended.join(""));
  workbook = withPrintNames(workbook, p, placed);

  // Styles: ours appended to the user's (or a minimal styles part when the package had none).
  const stylesRel = wbRels.find((r) => r.type === REL.styles && !r.external);
  const stylesPart = stylesRel ? resolveTarget(main, stylesRel.target) : `${folder}styles.xml`;
  const stylesXml = (stylesRel ? await source.text(stylesPart) : null) ?? null;
  const styled = addOurStyles(
    stylesXml ?? MINIMAL_STYLES,
    placed.map((s) => s.sheet),
  );

  let wbRelsOut = removeElements(
    wbRelsXml,
    removedRels.map((r) => r.xml),
  );
  const newRels = placed.map((s) => relXml(s.relId, REL.worksheet, relativeTarget(main, s.part)));
  if (stylesXml === null) {
    const id = freeRelId(usedRelIds);
    usedRelIds.add(id);
    newRels.push(relXml(id, REL.styles, relativeTarget(main, stylesPart)));
  }
  wbRelsOut = insertBeforeClose(wbRelsOut, "Relationships", newRels.join(""));

  // The mark: our sheets by sheetId; every other custom property kept as it was.
  const marker = markerText({
    kind: "report",
    sheets: Object.fromEntries(placed.map((s) => [s.id, s.sheetId])),
  });
  const customOut = customPropertiesXml(customXml, (n) => n === OUTPUT_PROPERTY, [
    { name: OUTPUT_PROPERTY, text: marker },
  ]) as string;
  let rootRelsOut = rootRelsXml;
  if (customXml === null) {
    const ids = new Set(parseRels(rootRelsXml).map((r) => r.id));
    rootRelsOut = insertBeforeClose(
      rootRelsXml,
      "Relationships",
      relXml(freeRelId(ids), CUSTOM_REL_TYPE, customPart),
    );
  }

  // Content types: the dropped parts' overrides out, ours in.
  let typesOut = removeElements(
    typesXml,
    [...removedParts]
      .map((part) => types.overrideXml.get(part.toLowerCase()))
      .filter((x): x is string => x !== undefined),
  );
  const overrides: string[] = [];
  for (const s of placed) {
    overrides.push(overrideXml(s.part, CONTENT.worksheet));
    for (const t of s.tables) overrides.push(overrideXml(t.part, CONTENT.table));
    if (s.drawing) {
      overrides.push(overrideXml(s.drawing.part, CONTENT.drawing));
      for (const c of s.drawing.charts) overrides.push(overrideXml(c.part, CONTENT.chart));
    }
  }
  if (stylesXml === null) overrides.push(overrideXml(stylesPart, CONTENT.styles));
  if (customXml === null) overrides.push(overrideXml(customPart, CUSTOM_CONTENT_TYPE));
  typesOut = insertBeforeClose(typesOut, "Types", overrides.join(""));

  const edited = new Map<string, string>([
    ["[Content_Types].xml", typesOut],
    ["_rels/.rels", rootRelsOut],
    [main, workbook],
    [wbRelsPart, wbRelsOut],
    [stylesPart, styled.stylesXml],
    [customPart, customOut],
  ]);

  // The user's parts in their order (edited ones rewritten, dropped ones left out), then ours.
  const written = new Set<string>();
  for (const name of source.names) {
    if (removedParts.has(name)) continue;
    const text = edited.get(name);
    if (text !== undefined) await zip.add(name, text);
    else await source.emit(name, zip);
    written.add(name);
  }
  for (const [name, text] of edited) if (!written.has(name)) await zip.add(name, text);

  for (const [index, s] of placed.entries()) {
    const headerNames = new Map<number, string>();
    s.sheet.tables.forEach((t) => {
      const r = parseRangeA1(t.range);
      if (!r) return;
      tableColumns(t).forEach((name, i) => headerNames.set(cellPosition(t.headerRow, r.left + i), name));
    });
    await zip.addStream(
      s.part,
      worksheetXml({
        sheet: s.sheet,
        styleOf: (cell) => styled.styleOf(index, cell),
        headerNames,
        drawingRelId: s.drawing?.relId ?? null,
        tableRelIds: s.tables.map((t) => t.relId),
      }),
    );
    const sheetRels = [
      ...(s.drawing
        ? [{ id: s.drawing.relId, type: REL.drawing, target: relativeTarget(s.part, s.drawing.part) }]
        : []),
      ...s.tables.map((t) => ({ id: t.relId, type: REL.table, target: relativeTarget(s.part, t.part) })),
    ];
    if (sheetRels.length > 0) await zip.add(relsPathOf(s.part), relsXml(sheetRels));
    for (const [i, t] of s.tables.entries()) {
      const table = s.sheet.tables[i];
      if (!table) continue;
      const r = parseRangeA1(table.range);
      const label =
        table.totalsRow !== null && r
          ? s.sheet.cells.find((c) => c.row === table.totalsRow && c.col === r.left)
          : undefined;
      await zip.add(
        t.part,
        tableXml({
          table,
          id: t.id,
          name: t.name,
          columns: tableColumns(table),
          totalsLabel: label?.value.kind === "text" ? label.value.text : null,
        }),
      );
    }
    if (s.drawing) {
      const d = s.drawing;
      await zip.add(
        d.part,
        drawingXml(s.sheet.charts.map((chart, i) => ({ chart, relId: d.charts[i]?.relId ?? "" }))),
      );
      await zip.add(
        relsPathOf(d.part),
        relsXml(
          d.charts.map((c) => ({ id: c.relId, type: REL.chart, target: relativeTarget(d.part, c.part) })),
        ),
      );
      for (const [i, c] of d.charts.entries()) {
        const chart = s.sheet.charts[i];
        if (chart) await zip.add(c.part, chartXml(chart, s.sheet, s.name));
      }
    }
  }
  return plan;
}
