/** The standalone page's exceljs writer: our sheets written into its in-memory workbook and finished for download. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Finding } from "../../../src/core/findings/finding";
import { findingMessage, ruleTitle } from "../../../src/core/findings/render";
import { parseRangeA1 } from "../../../src/core/grid";
import { buildOutputSheets } from "../../../src/core/output/build";
import { writeOutput } from "../../../src/core/output/host";
import type { OutputSheet } from "../../../src/core/output/model";
import type { Lang } from "../../../src/core/text/format";
import { finishWorkbook, sheetParts } from "../../../src/hosts/file/chart";
import { customPropertiesXml } from "../../../src/hosts/file/package/custom-properties";
import { markerText, OUTPUT_PROPERTY, readPackageMark } from "../../../src/hosts/file/package/marker";
import { buildSampleWorkbook, SAMPLE_PLAN_YEAR } from "../../../src/hosts/file/sample";
import {
  exceljsSheetHost,
  inventoryOf,
  type OwnedSheets,
  writeOutputSheets,
} from "../../../src/hosts/file/write-sheets";
import { KONTUM_HEADER, KONTUM_PLAN_YEAR, kontumRows, kontumWorkbook } from "../../fixtures/kontum";
import { checked, dataRows, table, totalsRow } from "../../core/output/helpers";

/** Our sheets of each workbook opened here, as the standalone page keeps them beside it. */
const OWNED = new WeakMap<ExcelJS.Workbook, OwnedSheets>();

function ownedOf(wb: ExcelJS.Workbook): OwnedSheets {
  let owned = OWNED.get(wb);
  if (!owned) {
    owned = new Map();
    OWNED.set(wb, owned);
  }
  return owned;
}

/** Opens bytes as the page does: the workbook, and our sheets from kdcl's mark in the file. */
async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  OWNED.set(wb, new Map((await readPackageMark(bytes)).owned));
  return wb;
}

/** What the page's download holds: our sheets written into the workbook, then finished and marked. */
async function workbookWithSummary(
  wb: ExcelJS.Workbook,
  sheets: readonly OutputSheet[],
): Promise<Uint8Array> {
  const owned = ownedOf(wb);
  const plan = writeOutputSheets(wb, sheets, owned);
  const data = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const targets = plan.write.map((w) => ({
    sheetName: w.name,
    sheet: sheets.find((s) => s.id === w.id) as OutputSheet,
  }));
  return finishWorkbook(data, targets, owned, (ids) =>
    customPropertiesXml(null, () => false, [
      { name: OUTPUT_PROPERTY, text: markerText({ kind: "report", sheets: ids }) },
    ]),
  );
}

/** Our sheets by output id, as the mark in a package names them. */
async function ownedIn(bytes: Uint8Array): Promise<Record<string, string>> {
  return Object.fromEntries((await readPackageMark(bytes)).owned);
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function outputFor(wb: ExcelJS.Workbook, planYear: number, lang: Lang = "vi"): OutputSheet[] {
  const { summary, findings } = checked(wb, { planYear });
  return buildOutputSheets({ summary, findings, lang, sourceFile: "danh-sach.xlsx" });
}

function sheetNamed(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}: ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

function summaryOf(sheets: readonly OutputSheet[]): OutputSheet {
  const s = sheets.find((x) => x.id === "summary");
  if (!s) throw new Error("no summary sheet");
  return s;
}

function findingsOf(sheets: readonly OutputSheet[]): OutputSheet {
  const s = sheets.find((x) => x.id === "findings");
  if (!s) throw new Error("no findings sheet");
  return s;
}

/** Every cell's value, formula, format and style, the merges, widths and heights of a worksheet. */
function snapshot(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push({
        address: cell.address,
        type: cell.type,
        value: JSON.stringify(cell.value),
        formula: cell.formula,
        numFmt: cell.numFmt,
        style: JSON.stringify(cell.style),
      });
    });
  });
  const columns: unknown[] = [];
  for (let c = 1; c <= ws.columnCount; c++) columns.push(ws.getColumn(c).width);
  const heights: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => heights.push([n, row.height]));
  return {
    name: ws.name,
    cells,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    columns,
    heights,
    views: JSON.stringify(ws.views),
  };
}

/** A cell's value, type and format as plain data. */
function plain(c: ExcelJS.Cell): { value: ExcelJS.CellValue; type: ExcelJS.ValueType; numFmt: string } {
  return { value: c.value, type: c.type, numFmt: c.numFmt };
}

async function zipOf(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

async function partText(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`no part ${path}`);
  return f.async("string");
}

async function sheetXml(zip: JSZip, name: string): Promise<string> {
  const part = (await sheetParts(zip)).get(name);
  if (!part) throw new Error(`no part for ${name}`);
  return partText(zip, part);
}

/** A list with the Kon Tum header and the given rows. */
function listWorkbook(rows: readonly (readonly (string | number)[])[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách trường");
  ws.addRow(["DANH SÁCH TRƯỜNG HỌC NĂM 2023"]);
  ws.mergeCells("A1:J1");
  ws.addRow([]);
  ws.addRow(KONTUM_HEADER);
  rows.forEach((r, i) => ws.addRow([`${i + 1}.`, ...r]));
  return wb;
}

describe("the Kon Tum list written to a file", () => {
  let bytes: Uint8Array;
  let sheets: OutputSheet[];
  let wb: ExcelJS.Workbook;
  let findings: readonly Finding[];

  beforeAll(async () => {
    const source = kontumWorkbook();
    const result = checked(source, { planYear: KONTUM_PLAN_YEAR });
    findings = result.findings;
    sheets = buildOutputSheets({ ...result, lang: "vi", sourceFile: "kontum.xlsx" });
    bytes = await workbookWithSummary(source, sheets);
    wb = await load(bytes);
  });

  test("reopens with the user's list first, then Tổng hợp and Kết quả kiểm tra, marked as ours", async () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Danh sách trường", "Tổng hợp", "Kết quả kiểm tra"]);
    expect(await ownedIn(bytes)).toEqual({ summary: "Tổng hợp", findings: "Kết quả kiểm tra" });
    expect(wb.definedNames.model).toEqual([]);
  });

  test("the key figures are text cells: 35/57, 61,40%", () => {
    const ws = sheetNamed(wb, "Tổng hợp");
    const found: ExcelJS.Cell[] = [];
    ws.eachRow((row) =>
      row.eachCell((c) => {
        // A sentence is merged across the width: exceljs repeats it in every merged cell.
        if (c.isMerged && c.master !== c) return;
        if (typeof c.value === "string" && c.value.startsWith("Dự kiến đến hết năm 2023")) found.push(c);
      }),
    );
    expect(found.map((c) => c.value)).toEqual(["Dự kiến đến hết năm 2023: 35/57 trường, tỉ lệ 61,40%"]);
    expect(found[0]?.type).toBe(ExcelJS.ValueType.String);
  });

  test("the budget total is the number 44497 with the amount format; 31162 and 13335 by action, 2 schools each", () => {
    const ws = sheetNamed(wb, "Tổng hợp");
    const summary = summaryOf(sheets);
    const t = table(summary, "KDCL_BudgetByAction");
    const r = parseRangeA1(t.range);
    if (!r || t.totalsRow === null) throw new Error("budget table");
    const total = plain(ws.getCell(t.totalsRow, r.left + 2));
    expect(total.value).toBe(44497);
    expect(total.type).toBe(ExcelJS.ValueType.Number);
    expect(total.numFmt).toBe("#,##0");
    expect(ws.getCell(t.totalsRow, r.left).value).toBe("Tổng cộng");
    const byLabel = new Map<string, [unknown, unknown]>();
    for (let row = t.headerRow + 1; row < t.totalsRow; row++)
      byLabel.set(String(ws.getCell(row, r.left).value), [
        ws.getCell(row, r.left + 1).value,
        ws.getCell(row, r.left + 2).value,
      ]);
    expect(byLabel.get("Công nhận mới")).toEqual([2, 31162]);
    expect(byLabel.get("Công nhận lại")).toEqual([2, 13335]);
    expect(ws.getCell(t.headerRow + 1, r.left + 1).numFmt).toBe("#,##0");
  });

  test("rates are numbers with a percent format, dates are dates with dd/mm/yyyy", () => {
    const ws = sheetNamed(wb, "Tổng hợp");
    const summary = summaryOf(sheets);
    const cov = table(summary, "KDCL_CoverageByType");
    const rate = plain(ws.getCell(cov.totalsRow ?? 0, 6));
    expect(rate.value as number).toBeCloseTo(29 / 57, 12);
    expect(rate.numFmt).toBe("0.00%");
    const due = table(summary, "KDCL_Due");
    const expiry = plain(ws.getCell(due.headerRow + 1, 3));
    expect(expiry.value).toEqual(new Date(Date.UTC(2023, 4, 12)));
    expect(expiry.numFmt).toBe("dd/mm/yyyy");
  });

  test("the tables are real Excel tables, with their totals rows holding our figures", async () => {
    const zip = await zipOf(bytes);
    const tableParts = Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p));
    const xml = await Promise.all(tableParts.map((p) => partText(zip, p)));
    const names = xml.map((x) => /<table\b[^>]*\sname="([^"]+)"/.exec(x)?.[1]).sort();
    const expected = [...summaryOf(sheets).tables, ...findingsOf(sheets).tables].map((t) => t.name).sort();
    expect(names).toEqual(expected);
    const coverage = xml.find((x) => x.includes('name="KDCL_CoverageByType"')) ?? "";
    expect(coverage).toContain('totalsRowCount="1"');
    expect(coverage).toContain('totalsRowLabel="Tổng cộng"');
    const ws = sheetNamed(wb, "Tổng hợp");
    const t = table(summaryOf(sheets), "KDCL_CoverageByType");
    expect(coverage).toContain(`ref="${t.range}"`);
    const totals = totalsRow(summaryOf(sheets), "KDCL_CoverageByType");
    expect(totals.map((c) => (c ? ws.getCell(c.row, c.col).value : null))).toEqual([
      "Tổng cộng",
      57,
      29,
      23,
      6,
      29 / 57,
    ]);
  });

  test("the findings sheet has one row per finding, each address an internal link to its cell", async () => {
    const ws = sheetNamed(wb, "Kết quả kiểm tra");
    const model = findingsOf(sheets);
    const t = table(model, "KDCL_Findings");
    const rows = dataRows(model, "KDCL_Findings");
    expect(rows).toHaveLength(findings.length);
    expect(findings.length).toBeGreaterThan(0);
    rows.forEach((_r, i) => {
      const row = t.headerRow + 1 + i;
      const f = findings[i] as Finding;
      // The rule's title, not its id.
      expect(ws.getCell(row, 2).value).toBe(ruleTitle(f.rule, "vi"));
      expect(ws.getCell(row, 7).value).toBe(findingMessage(f, "vi"));
    });

    const zip = await zipOf(bytes);
    const xml = await sheetXml(zip, "Kết quả kiểm tra");
    const links = [...xml.matchAll(/<hyperlink\b[^>]*\/>/g)].map((m) => m[0]);
    const expected = findings
      .map((f, i) => ({ f, row: t.headerRow + 1 + i }))
      .filter(({ f }) => f.cell !== null)
      .map(({ f, row }) => `<hyperlink ref="D${row}" location="&apos;${f.sheet}&apos;!${f.cell}"/>`);
    expect(links).toEqual(expected);
    // Excel's own form: a location and no relationship (exceljs's "#…" external target is gone).
    const part = (await sheetParts(zip)).get("Kết quả kiểm tra") ?? "";
    const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
    const rels = (await zip.file(relsPath)?.async("string")) ?? "";
    expect(rels).not.toContain("relationships/hyperlink");
    // Every link points at a real cell of a real sheet.
    for (const f of findings) {
      if (f.cell === null) continue;
      expect(wb.getWorksheet(f.sheet)).toBeDefined();
      expect(parseRangeA1(f.cell)).not.toBeNull();
    }
  });

  test("the chart parts exist and reference the coverage table's label and rate columns", async () => {
    const zip = await zipOf(bytes);
    const summary = summaryOf(sheets);
    const chart = summary.charts[0];
    if (!chart) throw new Error("no chart in the model");
    const cat = parseRangeA1(chart.categories);
    if (!cat) throw new Error("categories");
    const chartXml = await partText(zip, "xl/charts/chart1.xml");
    expect(chartXml).toContain('<c:barDir val="col"/>');
    expect(chartXml).toContain('<c:grouping val="clustered"/>');
    expect(chartXml).toContain(`<c:f>&apos;Tổng hợp&apos;!$A$${cat.top}:$A$${cat.bottom}</c:f>`);
    expect(chartXml).toContain(`<c:f>&apos;Tổng hợp&apos;!$F$${cat.top}:$F$${cat.bottom}</c:f>`);
    expect(chartXml).toContain("Tỉ lệ trường đạt chuẩn quốc gia theo cấp học");
    const labels = [...chartXml.matchAll(/<c:strCache>.*?<\/c:strCache>/g)].map((m) =>
      [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1]),
    );
    expect(labels).toEqual([["Tỉ lệ"], ["Mầm non", "Tiểu học", "THCS", "TH&amp;THCS"]]);
    const values = [
      ...(/<c:numCache>.*?<\/c:numCache>/.exec(chartXml)?.[0] ?? "").matchAll(/<c:v>([^<]*)<\/c:v>/g),
    ].map((v) => Number(v[1]));
    expect(values).toEqual([10 / 17, 10 / 21, 9 / 17, 0]);

    // Sheet → drawing → chart, through relationships, and the content types.
    const sheet = await sheetXml(zip, "Tổng hợp");
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheet)?.[1];
    expect(drawingId).toBeDefined();
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("<tableParts"));
    const part = (await sheetParts(zip)).get("Tổng hợp") ?? "";
    const sheetRels = await partText(zip, part.replace(/([^/]+)$/, "_rels/$1.rels"));
    expect(sheetRels).toMatch(
      new RegExp(
        `<Relationship Id="${drawingId}" Type="[^"]*/relationships/drawing" Target="../drawings/drawing1.xml"/>`,
      ),
    );
    const drawing = await partText(zip, "xl/drawings/drawing1.xml");
    expect(drawing).toContain(`<xdr:from><xdr:col>${chart.anchor.from.col - 1}</xdr:col>`);
    expect(drawing).toContain(`<xdr:row>${chart.anchor.from.row - 1}</xdr:row>`);
    const chartRel = /<c:chart [^>]*r:id="([^"]+)"/.exec(drawing)?.[1];
    const drawingRels = await partText(zip, "xl/drawings/_rels/drawing1.xml.rels");
    expect(drawingRels).toContain(`Id="${chartRel}"`);
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    const types = await partText(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
  });

  test("nothing on our sheets is a formula", async () => {
    const zip = await zipOf(bytes);
    for (const name of ["Tổng hợp", "Kết quả kiểm tra"])
      expect(await sheetXml(zip, name)).not.toMatch(/<f[ >]/);
  });
});

describe("text that looks like a formula stays text in the file", () => {
  const risky = ["=SUM(A1)", "+84 912", "@home", "-5 điểm"];

  test("school names and finding values come back as the same text, never as formulas", async () => {
    const rows = kontumRows().map((r, i) => {
      const copy = [...r];
      const k = i - (kontumRows().length - 6);
      if (k >= 0 && k < risky.length) copy[0] = risky[k] as string;
      return copy;
    });
    const source = listWorkbook(rows);
    const result = checked(source, { planYear: KONTUM_PLAN_YEAR });
    const extra: Finding = {
      rule: "missing-value",
      severity: "error",
      sheet: "Danh sách trường",
      row: 5,
      column: "Tên trường",
      cell: "B5",
      value: '=HYPERLINK("http://x")',
      params: {},
    };
    const sheets = buildOutputSheets({ summary: result.summary, findings: [extra], lang: "vi" });
    const wb = await load(await workbookWithSummary(source, sheets));
    const all: ExcelJS.Cell[] = [];
    for (const name of ["Tổng hợp", "Kết quả kiểm tra"])
      sheetNamed(wb, name).eachRow((row) => row.eachCell((c) => void all.push(c)));
    for (const text of [...risky, extra.value as string]) {
      const cells = all.filter((c) => c.value === text);
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) {
        expect(c.type).toBe(ExcelJS.ValueType.String);
        expect(c.formula).toBeUndefined();
      }
    }
    expect(all.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
  });
});

describe("the user's sheets are left as they were", () => {
  test("every cell, formula, format, style, merge and width of the sample's sheets is unchanged", async () => {
    const original = await bytesOf(buildSampleWorkbook());
    const before = await load(original);
    const source = await load(original);
    const sheets = outputFor(source, SAMPLE_PLAN_YEAR);
    const after = await load(await workbookWithSummary(source, sheets));
    const userSheets = before.worksheets.map((w) => w.name);
    expect(userSheets).toEqual(["Danh sách", "Tra cứu QĐ"]);
    expect(after.worksheets.map((w) => w.name)).toEqual([...userSheets, "Tổng hợp", "Kết quả kiểm tra"]);
    for (const name of userSheets)
      expect(snapshot(sheetNamed(after, name))).toEqual(snapshot(sheetNamed(before, name)));
    // The sample really has what this protects: a formula and merges.
    const list = sheetNamed(after, "Danh sách");
    expect(list.getCell("G23").formula).toContain("VLOOKUP");
    expect(((list.model as { merges?: string[] }).merges ?? []).length).toBeGreaterThan(5);
  });

  test("their worksheet XML is the same as exceljs writes without our sheets", async () => {
    const plain = await zipOf(await bytesOf(buildSampleWorkbook()));
    const source = buildSampleWorkbook();
    const ours = await zipOf(await workbookWithSummary(source, outputFor(source, SAMPLE_PLAN_YEAR)));
    for (const name of ["Danh sách", "Tra cứu QĐ"])
      expect(await sheetXml(ours, name)).toBe(await sheetXml(plain, name));
  });

  test("a user's table with one of our table names keeps it; ours takes another", async () => {
    const source = kontumWorkbook();
    const notes = source.addWorksheet("Ghi chú");
    notes.addTable({
      name: "KDCL_Findings",
      ref: "A1",
      columns: [{ name: "Việc" }, { name: "Người làm" }],
      rows: [["Rà soát danh sách", "Tổ chuyên môn"]],
    });
    const zip = await zipOf(await workbookWithSummary(source, outputFor(source, KONTUM_PLAN_YEAR)));
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))
        .map((p) => partText(zip, p)),
    );
    const names = tables.map((x) => /<table\b[^>]*\sname="([^"]+)"/.exec(x)?.[1]);
    expect(names.filter((n) => n?.startsWith("KDCL_Findings")).sort()).toEqual([
      "KDCL_Findings",
      "KDCL_Findings_2",
    ]);
    const user = tables.find((x) => x.includes('name="KDCL_Findings"')) ?? "";
    expect(user).toContain('ref="A1:B2"');
  });

  test("a user's drawing keeps its part; our chart takes the next free one", async () => {
    const source = kontumWorkbook();
    // A 1×1 PNG on the user's sheet: exceljs writes it as xl/drawings/drawing1.xml.
    const png = Uint8Array.from(
      Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
        "base64",
      ),
    );
    const image = source.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
    sheetNamed(source, "Danh sách trường").addImage(image, "L2:M4");
    const plain = await zipOf(await bytesOf(source));
    const userDrawing = await partText(plain, "xl/drawings/drawing1.xml");
    const zip = await zipOf(await workbookWithSummary(source, outputFor(source, KONTUM_PLAN_YEAR)));
    expect(await partText(zip, "xl/drawings/drawing1.xml")).toBe(userDrawing);
    expect(await partText(zip, "xl/drawings/_rels/drawing2.xml.rels")).toContain("../charts/chart1.xml");
    const part = (await sheetParts(zip)).get("Tổng hợp") ?? "";
    expect(await partText(zip, part.replace(/([^/]+)$/, "_rels/$1.rels"))).toContain(
      "../drawings/drawing2.xml",
    );
  });
});

describe("regenerating", () => {
  test("twice: still one Tổng hợp and one Kết quả kiểm tra, ours replaced, one chart", async () => {
    const first = await workbookWithSummary(kontumWorkbook(), outputFor(kontumWorkbook(), KONTUM_PLAN_YEAR));
    const wb = await load(first);
    // Something left on our sheet by hand must not survive a regeneration.
    sheetNamed(wb, "Tổng hợp").getCell("Z99").value = "ghi chú tay";
    const userBefore = snapshot(sheetNamed(wb, "Danh sách trường"));
    const sheets = outputFor(wb, 2024);
    const second = await workbookWithSummary(wb, sheets);
    const again = await load(second);
    expect(again.worksheets.map((w) => w.name)).toEqual(["Danh sách trường", "Tổng hợp", "Kết quả kiểm tra"]);
    const summary = sheetNamed(again, "Tổng hợp");
    expect(summary.getCell("Z99").value).toBeNull();
    expect(String(summary.getCell("A1").value)).toContain("NĂM 2024");
    expect(snapshot(sheetNamed(again, "Danh sách trường"))).toEqual(userBefore);
    expect(await ownedIn(second)).toEqual({ summary: "Tổng hợp", findings: "Kết quả kiểm tra" });
    const zip = await zipOf(second);
    expect(Object.keys(zip.files).filter((p) => /^xl\/charts\/.+/.test(p))).toEqual(["xl/charts/chart1.xml"]);
  });

  test("a user sheet named Tổng hợp is untouched; ours goes to Tổng hợp (2), and stays there", async () => {
    const source = kontumWorkbook();
    const mine = source.addWorksheet("Tổng hợp");
    mine.getCell("A1").value = "Bảng tổng hợp của phòng";
    mine.mergeCells("A1:D1");
    mine.getCell("B3").value = { formula: "SUM(1,2)", result: 3 };
    mine.getCell("C3").value = 44497;
    mine.getCell("C3").numFmt = "#,##0";
    const before = snapshot(sheetNamed(await load(await bytesOf(source)), "Tổng hợp"));

    const first = await workbookWithSummary(source, outputFor(source, KONTUM_PLAN_YEAR));
    let wb = await load(first);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Danh sách trường",
      "Tổng hợp",
      "Tổng hợp (2)",
      "Kết quả kiểm tra",
    ]);
    expect(snapshot(sheetNamed(wb, "Tổng hợp"))).toEqual(before);
    expect((await ownedIn(first)).summary).toBe("Tổng hợp (2)");
    const chart = await partText(await zipOf(first), "xl/charts/chart1.xml");
    expect(chart).toContain("<c:f>&apos;Tổng hợp (2)&apos;!$A$");

    wb = await load(await workbookWithSummary(wb, outputFor(wb, KONTUM_PLAN_YEAR)));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Danh sách trường",
      "Tổng hợp",
      "Tổng hợp (2)",
      "Kết quả kiểm tra",
    ]);
    expect(snapshot(sheetNamed(wb, "Tổng hợp"))).toEqual(before);
  });

  test("our sheet renamed by the user is replaced, and ours is back under its name", async () => {
    const wb = await load(
      await workbookWithSummary(kontumWorkbook(), outputFor(kontumWorkbook(), KONTUM_PLAN_YEAR)),
    );
    // What Excel does on a rename: the sheet changes name and our defined name follows it.
    sheetNamed(wb, "Tổng hợp").name = "Tổng hợp cũ";
    ownedOf(wb).set("summary", "Tổng hợp cũ");
    const bytes = await workbookWithSummary(wb, outputFor(wb, KONTUM_PLAN_YEAR));
    const again = await load(bytes);
    expect(again.worksheets.map((w) => w.name)).toEqual(["Danh sách trường", "Tổng hợp", "Kết quả kiểm tra"]);
    expect((await ownedIn(bytes)).summary).toBe("Tổng hợp");
  });

  test("a replaced sheet keeps its place among the user's tabs", async () => {
    const wb = await load(
      await workbookWithSummary(kontumWorkbook(), outputFor(kontumWorkbook(), KONTUM_PLAN_YEAR)),
    );
    wb.addWorksheet("Ghi chú").getCell("A1").value = "ghi chú";
    const again = await load(await workbookWithSummary(wb, outputFor(wb, KONTUM_PLAN_YEAR)));
    expect(again.worksheets.map((w) => w.name)).toEqual([
      "Danh sách trường",
      "Tổng hợp",
      "Kết quả kiểm tra",
      "Ghi chú",
    ]);
  });

  test("in the other language: the Vietnamese sheets give way to Summary and Check results", async () => {
    const wb = await load(
      await workbookWithSummary(kontumWorkbook(), outputFor(kontumWorkbook(), KONTUM_PLAN_YEAR)),
    );
    const bytes = await workbookWithSummary(wb, outputFor(wb, KONTUM_PLAN_YEAR, "en"));
    const again = await load(bytes);
    expect(again.worksheets.map((w) => w.name)).toEqual(["Danh sách trường", "Summary", "Check results"]);
    expect(await ownedIn(bytes)).toEqual({ summary: "Summary", findings: "Check results" });
  });

  test("the generic writeOutput through the exceljs host does what writeOutputSheets does", async () => {
    const a = kontumWorkbook();
    const b = kontumWorkbook();
    const sheets = outputFor(a, KONTUM_PLAN_YEAR);
    const ownedA: OwnedSheets = new Map();
    const ownedB: OwnedSheets = new Map();
    const planA = writeOutputSheets(a, sheets, ownedA);
    const planB = await writeOutput(exceljsSheetHost(b, ownedB), sheets);
    expect(planB).toEqual(planA);
    expect(inventoryOf(b, ownedB)).toEqual(inventoryOf(a, ownedA));
    for (const name of ["Tổng hợp", "Kết quả kiểm tra"])
      expect(snapshot(sheetNamed(b, name))).toEqual(snapshot(sheetNamed(a, name)));
  });
});
