/**
 * Finishing the .xlsx that exceljs wrote for the standalone page's download, for what exceljs cannot
 * write itself:
 *
 * - the column chart of the summary sheet (chart and drawing parts from sheet-xml/chart.ts, their
 *   relationships, the sheet's `<drawing r:id>` and the content-type overrides);
 * - internal hyperlinks: exceljs writes them as external relationships with a `#` target plus a
 *   `location`; Excel's own form is a `location` alone (no relationship), which is what we leave;
 * - kdcl's mark: our sheets' sheetIds and the custom-properties part (see package/marker.ts).
 *
 * Only the parts of our own sheets, workbook.xml's sheetIds of ours and the custom properties are
 * edited; every other part of the package is kept as exceljs wrote it.
 */
import JSZip from "jszip";
import type { OutputChart, OutputSheet, OutputSheetId } from "../../core/output/model";
import { CUSTOM_CONTENT_TYPE, CUSTOM_PART, CUSTOM_REL_TYPE } from "./package/custom-properties";
import { OWN_SHEET_ID_GAP } from "./package/marker";
import { chartXml, drawingXml } from "./sheet-xml/chart";
import { maxOf } from "../../core/arrays";

export { chartXml, drawingXml } from "./sheet-xml/chart";

const NS = {
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  main: "http://schemas.openxmlformats.org/drawingml/2006/main",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;
const REL_TYPE = {
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
  hyperlink: `${NS.rel}/hyperlink`,
} as const;
const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function unescapeXml(s: string): string {
  return s.replace(
    /&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g,
    (_m, name: string, dec?: string, hex?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[name] ?? "";
    },
  );
}

/** Attributes of one start tag, values unescaped. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out.set(m[1] as string, unescapeXml(m[3] ?? m[4] ?? ""));
  }
  return out;
}

async function readText(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async("string") : null;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that holds it. */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The worksheet part of each sheet name, from the workbook and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await readText(zip, "xl/workbook.xml")) ?? "";
  const rels = (await readText(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id && target) targets.set(id, resolveTarget("xl/workbook.xml", target));
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const name = a.get("name");
    const part = targets.get(a.get("r:id") ?? "");
    if (name !== undefined && part) out.set(name, part);
  }
  return out;
}

interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

function parseRels(xml: string | null): Rel[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return {
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target: a.get("Target") ?? "",
      external: a.get("TargetMode") === "External",
    };
  });
}

function relsXml(rels: readonly Rel[]): string {
  const items = rels
    .map(
      (r) =>
        `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${
          r.external ? ' TargetMode="External"' : ""
        }/>`,
    )
    .join("");
  return `${XML_HEAD}<Relationships xmlns="${NS.pkgRels}">${items}</Relationships>`;
}

function freeRelId(rels: readonly Rel[]): string {
  const used = new Set(rels.map((r) => r.id));
  for (let i = 1; ; i++) if (!used.has(`rId${i}`)) return `rId${i}`;
}

/** The first N ≥ 1 such that `prefix + N + suffix` is not in the package. */
function freePartNumber(zip: JSZip, prefix: string, suffix: string, reserved: ReadonlySet<string>): number {
  for (let i = 1; ; i++) {
    const path = `${prefix}${i}${suffix}`;
    if (!zip.file(path) && !reserved.has(path)) return i;
  }
}

/**
 * Internal links as Excel writes them: `<hyperlink ref location display>` and no relationship.
 * Returns the sheet XML and its relationships without the `#…` pseudo-external ones.
 */
function fixInternalLinks(sheetXml: string, rels: Rel[]): { xml: string; rels: Rel[] } {
  const internal = new Map(
    rels.filter((r) => r.type === REL_TYPE.hyperlink && r.target.startsWith("#")).map((r) => [r.id, r]),
  );
  if (internal.size === 0) return { xml: sheetXml, rels };
  const xml = sheetXml.replace(/<hyperlink\b[^>]*\/>/g, (tag) => {
    const a = attributes(tag);
    const rel = internal.get(a.get("r:id") ?? "");
    if (!rel) return tag;
    const tooltip = a.get("tooltip");
    return `<hyperlink ref="${escapeXml(a.get("ref") ?? "")}" location="${escapeXml(rel.target.slice(1))}"${
      tooltip ? ` tooltip="${escapeXml(tooltip)}"` : ""
    }/>`;
  });
  return { xml, rels: rels.filter((r) => !internal.has(r.id)) };
}

/** Elements that follow `<drawing>` in a worksheet (CT_Worksheet order). */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

function insertDrawing(sheetXml: string, relId: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error("The sheet already has a drawing");
  let at = -1;
  for (const tag of AFTER_DRAWING) {
    const i = sheetXml.indexOf(tag);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) throw new Error("Not a worksheet part");
  let xml = `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(xml))
    xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.rel}"`);
  return xml;
}

function addOverride(contentTypes: string, part: string, type: string): string {
  if (contentTypes.includes(`PartName="/${part}"`)) return contentTypes;
  return contentTypes.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
}

export interface FinishTarget {
  /** The name the sheet was written under. */
  readonly sheetName: string;
  readonly sheet: OutputSheet;
}

/**
 * Our sheets get sheetIds 1000 above the user's, which kdcl's mark records (see package/marker.ts):
 * the returned ids by output id.
 */
function renumberOurSheets(
  workbookXml: string,
  owned: ReadonlyMap<OutputSheetId, string>,
): { xml: string; ids: Partial<Record<OutputSheetId, number>> } {
  const ours = new Set(owned.values());
  const elements = [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
    xml: m[0],
    a: attributes(m[0]),
  }));
  const theirs = elements
    .filter((e) => !ours.has(e.a.get("name") ?? ""))
    .map((e) => Number(e.a.get("sheetId")));
  let next = maxOf(theirs.filter(Number.isFinite), 0) + OWN_SHEET_ID_GAP;
  const ids: Partial<Record<OutputSheetId, number>> = {};
  let xml = workbookXml;
  for (const [outputId, name] of owned) {
    const el = elements.find((e) => e.a.get("name") === name);
    if (!el) continue;
    const id = next++;
    ids[outputId] = id;
    xml = xml.replace(el.xml, () => el.xml.replace(/\ssheetId="[^"]*"/, ` sheetId="${id}"`));
  }
  return { xml, ids };
}

/** `docProps/custom.xml` set to `xml` (or removed), with its relationship and content type. */
async function putCustomXml(zip: JSZip, xml: string | null, contentTypes: string): Promise<string> {
  let types = contentTypes;
  let rels = (await readText(zip, "_rels/.rels")) ?? "";
  if (xml === null) {
    if (!zip.file(CUSTOM_PART)) return types;
    zip.remove(CUSTOM_PART);
    types = types.replace(/<Override\b[^>]*PartName="\/docProps\/custom\.xml"[^>]*\/>/g, "");
    rels = rels.replace(/<Relationship\b[^>]*Target="\/?docProps\/custom\.xml"[^>]*\/>/g, "");
  } else {
    zip.file(CUSTOM_PART, xml);
    types = addOverride(types, CUSTOM_PART, CUSTOM_CONTENT_TYPE);
    if (!rels.includes(CUSTOM_REL_TYPE)) {
      const id = freeRelId(parseRels(rels));
      rels = rels.replace(
        "</Relationships>",
        `<Relationship Id="${id}" Type="${CUSTOM_REL_TYPE}" Target="${CUSTOM_PART}"/></Relationships>`,
      );
    }
  }
  zip.file("_rels/.rels", rels);
  return types;
}

/**
 * Finishes the package exceljs wrote: the charts and internal links (in Excel's own form) of the
 * sheets just written (`targets`), the sheetIds of all our sheets (`owned`), and the
 * custom-properties part `customXml` builds from those ids (kdcl's mark and the page's settings;
 * null for none), all in one pass over the zip.
 */
export async function finishWorkbook(
  bytes: Uint8Array,
  targets: readonly FinishTarget[],
  owned: ReadonlyMap<OutputSheetId, string>,
  customXml: (ids: Partial<Record<OutputSheetId, number>>) => string | null,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  let contentTypes = (await readText(zip, "[Content_Types].xml")) ?? "";
  const reserved = new Set<string>();
  for (const { sheetName, sheet } of targets) {
    const part = parts.get(sheetName);
    if (!part) throw new Error(`Sheet not found in the package: ${sheetName}`);
    const relsPath = relsPathOf(part);
    let xml = (await readText(zip, part)) ?? "";
    let rels = parseRels(await readText(zip, relsPath));
    ({ xml, rels } = fixInternalLinks(xml, rels));

    if (sheet.charts.length > 0) {
      const d = freePartNumber(zip, "xl/drawings/drawing", ".xml", reserved);
      const drawingPart = `xl/drawings/drawing${d}.xml`;
      reserved.add(drawingPart);
      const drawingRels: Rel[] = [];
      const frames: { chart: OutputChart; relId: string }[] = [];
      for (const chart of sheet.charts) {
        const n = freePartNumber(zip, "xl/charts/chart", ".xml", reserved);
        const chartPart = `xl/charts/chart${n}.xml`;
        reserved.add(chartPart);
        zip.file(chartPart, chartXml(chart, sheet, sheetName));
        contentTypes = addOverride(contentTypes, chartPart, CONTENT_TYPE.chart);
        const relId = freeRelId(drawingRels);
        drawingRels.push({
          id: relId,
          type: REL_TYPE.chart,
          target: `../charts/chart${n}.xml`,
          external: false,
        });
        frames.push({ chart, relId });
      }
      zip.file(drawingPart, drawingXml(frames));
      zip.file(relsPathOf(drawingPart), relsXml(drawingRels));
      contentTypes = addOverride(contentTypes, drawingPart, CONTENT_TYPE.drawing);
      const sheetRel = freeRelId(rels);
      rels = [
        ...rels,
        { id: sheetRel, type: REL_TYPE.drawing, target: `../drawings/drawing${d}.xml`, external: false },
      ];
      xml = insertDrawing(xml, sheetRel);
    }
    zip.file(part, xml);
    if (rels.length > 0) zip.file(relsPath, relsXml(rels));
    else zip.remove(relsPath);
  }
  const { xml: workbook, ids } = renumberOurSheets((await readText(zip, "xl/workbook.xml")) ?? "", owned);
  zip.file("xl/workbook.xml", workbook);
  contentTypes = await putCustomXml(zip, customXml(ids), contentTypes);
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
