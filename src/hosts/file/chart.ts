/**
 * Finishing the .xlsx that exceljs wrote, for the parts exceljs cannot write itself:
 *
 * - the column chart of the summary sheet: `xl/charts/chartN.xml` (a c:barChart with barDir col whose
 *   c:cat / c:val reference the sheet ranges, with cached values so viewers that do not recalculate
 *   still draw it), `xl/drawings/drawingN.xml` (a twoCellAnchor graphicFrame), their relationships,
 *   the sheet's `<drawing r:id>` and the content-type overrides;
 * - internal hyperlinks: exceljs writes them as external relationships with a `#` target plus a
 *   `location`; Excel's own form is a `location` alone (no relationship), which is what we leave.
 *
 * Only the parts of our own sheets are edited; every other part of the package is kept as exceljs
 * wrote it.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { OutputChart, OutputSheet } from "../../core/output/model";
import { cellsInRange, qualifiedRange } from "../../core/output/model";
import { writeOutputSheets } from "./write-sheets";

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

function cachedText(sheet: OutputSheet, range: string): string[] {
  return cellsInRange(sheet, range).map((c) => {
    if (!c) return "";
    const v = c.value;
    return v.kind === "text"
      ? v.text
      : v.kind === "date"
        ? `${v.date.d}/${v.date.m}/${v.date.y}`
        : String(v.value);
  });
}

function cachedNumbers(sheet: OutputSheet, range: string): (number | null)[] {
  return cellsInRange(sheet, range).map((c) =>
    c && c.value.kind !== "text" && c.value.kind !== "date" ? c.value.value : null,
  );
}

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly (number | null)[], format: string): string {
  const pts = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function richText(text: string, size: number, bold: boolean): string {
  const rpr = `sz="${size}" b="${bold ? 1 : 0}"`;
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${rpr}/></a:pPr><a:r><a:rPr ${rpr}/><a:t>${escapeXml(
    text,
  )}</a:t></a:r></a:p></c:rich>`;
}

/** The chart part of one column chart, its ranges qualified with the sheet's written name. */
export function chartXml(chart: OutputChart, sheet: OutputSheet, sheetName: string): string {
  const cat = qualifiedRange(sheetName, chart.categories);
  const val = qualifiedRange(sheetName, chart.values);
  const name = qualifiedRange(sheetName, chart.seriesName);
  const seriesName = cachedText(sheet, chart.seriesName);
  const bool = (tag: string, v: boolean): string => `<c:${tag} val="${v ? 1 : 0}"/>`;
  const catAxis = 500000001;
  const valAxis = 500000002;
  const scaling =
    `<c:scaling><c:orientation val="minMax"/>` +
    (chart.axisMax !== null ? `<c:max val="${chart.axisMax}"/>` : "") +
    `<c:min val="0"/></c:scaling>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.main}" xmlns:r="${NS.rel}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx>${richText(chart.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title>` +
    bool("autoTitleDeleted", false) +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>${bool("varyColors", false)}` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(name)}</c:f>${strCache(seriesName)}</c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="2E75B6"/></a:solidFill></c:spPr>` +
    bool("invertIfNegative", false) +
    `<c:dLbls><c:numFmt formatCode="${escapeXml(chart.valueFormat)}" sourceLinked="0"/>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val="outEnd"/>` +
    bool("showLegendKey", false) +
    bool("showVal", true) +
    bool("showCatName", false) +
    bool("showSerName", false) +
    bool("showPercent", false) +
    bool("showBubbleSize", false) +
    `</c:dLbls>` +
    `<c:cat><c:strRef><c:f>${escapeXml(cat)}</c:f>${strCache(cachedText(sheet, chart.categories))}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(val)}</c:f>${numCache(
      cachedNumbers(sheet, chart.values),
      chart.valueFormat,
    )}</c:numRef></c:val>` +
    `</c:ser>` +
    `<c:gapWidth val="80"/><c:axId val="${catAxis}"/><c:axId val="${valAxis}"/>` +
    `</c:barChart>` +
    `<c:catAx><c:axId val="${catAxis}"/><c:scaling><c:orientation val="minMax"/></c:scaling>${bool("delete", false)}` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${valAxis}"/>` +
    `<c:crosses val="autoZero"/>${bool("auto", true)}<c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `${bool("noMultiLvlLbl", false)}</c:catAx>` +
    `<c:valAx><c:axId val="${valAxis}"/>${scaling}${bool("delete", false)}<c:axPos val="l"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="${escapeXml(chart.axisFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${catAxis}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `${bool("plotVisOnly", true)}<c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

/** A drawing part with one graphic frame per chart, anchored over the cells the model gives. */
export function drawingXml(charts: readonly { chart: OutputChart; relId: string }[]): string {
  const anchors = charts
    .map(({ chart, relId }, i) => {
      const { from, to } = chart.anchor;
      // Anchors are 0-based; the frame ends at the start of the cell after the last one covered.
      const marker = (tag: string, col: number, row: number): string =>
        `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">` +
        marker("from", from.col - 1, from.row - 1) +
        marker("to", to.col, to.row) +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(
          `Chart ${i + 1}`,
        )}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" r:id="${relId}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.main}">${anchors}</xdr:wsDr>`;
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

/** Adds the charts and fixes internal links in our sheets of an .xlsx package. */
export async function finishWorkbook(
  bytes: Uint8Array,
  targets: readonly FinishTarget[],
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
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * The workbook with the output sheets written (ours replaced, user sheets untouched), as the final
 * .xlsx bytes including the chart.
 */
export async function workbookWithSummary(
  wb: ExcelJS.Workbook,
  sheets: readonly OutputSheet[],
): Promise<Uint8Array> {
  const plan = writeOutputSheets(wb, sheets);
  const data = await wb.xlsx.writeBuffer();
  const targets = plan.write.map((w) => ({
    sheetName: w.name,
    sheet: sheets.find((s) => s.id === w.id) as OutputSheet,
  }));
  return finishWorkbook(new Uint8Array(data as ArrayBuffer), targets);
}
