/**
 * The column chart of the summary sheet as DrawingML: `xl/charts/chartN.xml` (a c:barChart with
 * barDir col whose c:cat / c:val reference the sheet ranges, with cached values so viewers that do
 * not recalculate still draw it) and the drawing part that anchors it over the cells the model gives.
 */
import type { OutputChart, OutputSheet } from "../../../core/output/model";
import { cellsInRange, qualifiedRange } from "../../../core/output/model";
import { escapeXml, REL_NS, XML_HEAD } from "../package/parts";

const NS = {
  rel: REL_NS,
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  main: "http://schemas.openxmlformats.org/drawingml/2006/main",
} as const;

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
