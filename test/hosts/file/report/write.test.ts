/**
 * The report package: the user's package plus our parts. What the exceljs path of the standalone
 * page shows (tables with header and totals rows, merges, widths, wrap, number formats, internal
 * links, the column chart, print setup), here written directly as XML, and everything of the user's
 * kept byte for byte.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Finding } from "../../../../src/core/findings/finding";
import { findingMessage, ruleTitle } from "../../../../src/core/findings/render";
import { parseRangeA1 } from "../../../../src/core/grid";
import { buildOutputSheets } from "../../../../src/core/output/build";
import type { OutputSheet } from "../../../../src/core/output/model";
import { MAX_CELL_TEXT } from "../../../../src/core/output/model";
import { ZipSource } from "../../../../src/hosts/file/report/source";
import { buildSampleWorkbook, SAMPLE_PLAN_YEAR } from "../../../../src/hosts/file/sample";
import { checked, dataRows, table, totalsRow } from "../../../core/output/helpers";
import { KONTUM_HEADER, KONTUM_PLAN_YEAR, kontumRows, kontumWorkbook } from "../../../fixtures/kontum";
import {
  bytesOf,
  load,
  markOf,
  partsOf,
  partText,
  report,
  reportOf,
  sheetNamed,
  sheetPartsOf,
  sheetXml,
  withPart,
  withoutOurs,
} from "./helpers";

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

/** A cell's value, type and format as plain data. */
function plain(c: ExcelJS.Cell): { value: ExcelJS.CellValue; type: ExcelJS.ValueType; numFmt: string } {
  return { value: c.value, type: c.type, numFmt: c.numFmt };
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

/** The workbook's sheet names in tab order, and the sheetIds our mark lists. */
async function tabs(bytes: Uint8Array): Promise<string[]> {
  return [...(await sheetPartsOf(await JSZip.loadAsync(bytes))).keys()];
}

/** The sheetId of a sheet in workbook.xml. */
async function sheetIdOf(bytes: Uint8Array, name: string): Promise<number> {
  const xml = await partText(await JSZip.loadAsync(bytes), "xl/workbook.xml");
  const el = [...xml.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((e) => e.includes(`name="${name}"`));
  return Number(/sheetId="(\d+)"/.exec(el ?? "")?.[1]);
}

describe("the Kon Tum list reported", () => {
  let input: Uint8Array;
  let bytes: Uint8Array;
  let sheets: OutputSheet[];
  let wb: ExcelJS.Workbook;
  let findings: readonly Finding[];

  beforeAll(async () => {
    input = await bytesOf(kontumWorkbook());
    findings = checked(kontumWorkbook(), { planYear: KONTUM_PLAN_YEAR }).findings;
    ({ bytes, sheets } = await report(input, KONTUM_PLAN_YEAR));
    wb = await load(bytes);
  });

  test("opens with the user's list first, then Tổng hợp and Kết quả kiểm tra, marked as ours by sheetId", async () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Danh sách trường", "Tổng hợp", "Kết quả kiểm tra"]);
    const summaryId = await sheetIdOf(bytes, "Tổng hợp");
    const findingsId = await sheetIdOf(bytes, "Kết quả kiểm tra");
    expect(summaryId).toBeGreaterThanOrEqual(1001);
    expect(await markOf(bytes)).toEqual({
      kind: "report",
      sheets: { summary: summaryId, findings: findingsId },
    });
    // No name a user could also define decides what is ours.
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
    const t = table(summaryOf(sheets), "KDCL_BudgetByAction");
    const r = parseRangeA1(t.range);
    if (!r || t.totalsRow === null) throw new Error("budget table");
    const total = plain(ws.getCell(t.totalsRow, r.left + 2));
    expect(total).toEqual({ value: 44497, type: ExcelJS.ValueType.Number, numFmt: "#,##0" });
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

  test("titles are bold and merged, headers bold, centred and wrapped, columns as wide as the model says", () => {
    const ws = sheetNamed(wb, "Tổng hợp");
    const summary = summaryOf(sheets);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A1").font?.size).toBe(14);
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    expect([...merges].sort()).toEqual([...summary.merges].sort());
    const cov = table(summary, "KDCL_CoverageByType");
    expect(ws.getCell(cov.headerRow, 1).font?.bold).toBe(true);
    expect(ws.getCell(cov.headerRow, 1).alignment).toMatchObject({ horizontal: "center", wrapText: true });
    summary.columns.forEach((c, i) => expect(ws.getColumn(i + 1).width).toBe(c.width));
    const findingsWs = sheetNamed(wb, "Kết quả kiểm tra");
    const model = findingsOf(sheets);
    const wrapCol = model.columns.findIndex((c) => c.wrap) + 1;
    const t = table(model, "KDCL_Findings");
    expect(findingsWs.getCell(t.headerRow + 1, wrapCol).alignment).toMatchObject({
      wrapText: true,
      vertical: "top",
    });
  });

  test("printed on A4 landscape, one page wide", async () => {
    const zip = await JSZip.loadAsync(bytes);
    for (const name of ["Tổng hợp", "Kết quả kiểm tra"]) {
      const xml = await sheetXml(zip, name);
      expect(xml).toContain(
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
      );
      expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    }
  });

  test("the tables are real Excel tables, with their totals rows holding our figures", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const tableParts = Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p));
    const xml = await Promise.all(tableParts.map((p) => partText(zip, p)));
    const names = xml.map((x) => /<table\b[^>]*\sname="([^"]+)"/.exec(x)?.[1]).sort();
    const expected = [...summaryOf(sheets).tables, ...findingsOf(sheets).tables].map((t) => t.name).sort();
    expect(names).toEqual(expected);
    const ids = xml.map((x) => /<table\b[^>]*\sid="(\d+)"/.exec(x)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const coverage = xml.find((x) => x.includes('name="KDCL_CoverageByType"')) ?? "";
    expect(coverage).toContain('totalsRowCount="1"');
    expect(coverage).toContain('totalsRowLabel="Tổng cộng"');
    const t = table(summaryOf(sheets), "KDCL_CoverageByType");
    expect(coverage).toContain(`ref="${t.range}"`);
    const ws = sheetNamed(wb, "Tổng hợp");
    const totals = totalsRow(summaryOf(sheets), "KDCL_CoverageByType");
    expect(totals.map((c) => (c ? ws.getCell(c.row, c.col).value : null))).toEqual([
      "Tổng cộng",
      57,
      29,
      23,
      6,
      29 / 57,
    ]);
    // The header cells read exactly as the table's column names.
    t.columns.forEach((name, i) => expect(ws.getCell(t.headerRow, 1 + i).value).toBe(name));
    // The findings list has filter buttons over its data, the tallies none.
    const list = xml.find((x) => x.includes('name="KDCL_Findings"')) ?? "";
    expect(list).toContain("<autoFilter ");
    expect(coverage).not.toContain("<autoFilter");
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
    const zip = await JSZip.loadAsync(bytes);
    const xml = await sheetXml(zip, "Kết quả kiểm tra");
    const links = [...xml.matchAll(/<hyperlink\b[^>]*\/>/g)].map((m) => m[0]);
    const expected = findings
      .map((f, i) => ({ f, row: t.headerRow + 1 + i }))
      .filter(({ f }) => f.cell !== null)
      .map(({ f, row }) => `<hyperlink ref="D${row}" location="&apos;${f.sheet}&apos;!${f.cell}"/>`);
    expect(links).toEqual(expected);
    const part = (await sheetPartsOf(zip)).get("Kết quả kiểm tra") ?? "";
    const rels = (await zip.file(part.replace(/([^/]+)$/, "_rels/$1.rels"))?.async("string")) ?? "";
    expect(rels).not.toContain("relationships/hyperlink");
  });

  test("the chart parts exist and reference the coverage table's label and rate columns", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const chart = summaryOf(sheets).charts[0];
    if (!chart) throw new Error("no chart in the model");
    const cat = parseRangeA1(chart.categories);
    if (!cat) throw new Error("categories");
    const chartXml = await partText(zip, "xl/charts/chart1.xml");
    expect(chartXml).toContain('<c:barDir val="col"/>');
    expect(chartXml).toContain(`<c:f>&apos;Tổng hợp&apos;!$A$${cat.top}:$A$${cat.bottom}</c:f>`);
    expect(chartXml).toContain(`<c:f>&apos;Tổng hợp&apos;!$F$${cat.top}:$F$${cat.bottom}</c:f>`);
    const values = [
      ...(/<c:numCache>.*?<\/c:numCache>/.exec(chartXml)?.[0] ?? "").matchAll(/<c:v>([^<]*)<\/c:v>/g),
    ].map((v) => Number(v[1]));
    expect(values).toEqual([10 / 17, 10 / 21, 9 / 17, 0]);
    const sheet = await sheetXml(zip, "Tổng hợp");
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheet)?.[1];
    expect(drawingId).toBeDefined();
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("<tableParts"));
    const part = (await sheetPartsOf(zip)).get("Tổng hợp") ?? "";
    const sheetRels = await partText(zip, part.replace(/([^/]+)$/, "_rels/$1.rels"));
    expect(sheetRels).toMatch(
      new RegExp(
        `<Relationship Id="${drawingId}" Type="[^"]*/relationships/drawing" Target="../drawings/drawing1.xml"/>`,
      ),
    );
    const drawing = await partText(zip, "xl/drawings/drawing1.xml");
    expect(drawing).toContain(`<xdr:from><xdr:col>${chart.anchor.from.col - 1}</xdr:col>`);
    expect(await partText(zip, "xl/drawings/_rels/drawing1.xml.rels")).toContain(
      'Target="../charts/chart1.xml"',
    );
    const types = await partText(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
  });

  test("nothing on our sheets is a formula, and no text of ours went to the user's shared strings", async () => {
    const zip = await JSZip.loadAsync(bytes);
    for (const name of ["Tổng hợp", "Kết quả kiểm tra"])
      expect(await sheetXml(zip, name)).not.toMatch(/<f[ >]/);
    const before = await partsOf(input);
    const after = await partsOf(bytes);
    expect(after.get("xl/sharedStrings.xml")).toEqual(before.get("xl/sharedStrings.xml"));
  });

  test("every part of the user's is there unchanged; only the parts that list parts are edited", async () => {
    const before = await partsOf(input);
    const after = await partsOf(bytes);
    const edited = [
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "_rels/.rels",
    ];
    for (const [name, data] of before) {
      if (edited.includes(name)) continue;
      expect([name, Buffer.from(after.get(name) ?? []).equals(Buffer.from(data))]).toEqual([name, true]);
    }
    // The edits only add: the user's workbook.xml is ours minus our <sheet> elements.
    const wbBefore = new TextDecoder().decode(before.get("xl/workbook.xml"));
    const wbAfter = new TextDecoder().decode(after.get("xl/workbook.xml"));
    expect(withoutOurs(wbAfter, ["Tổng hợp", "Kết quả kiểm tra"])).toBe(wbBefore);
    // Our sheets print as the model says: their print areas and repeated header rows.
    for (const s of sheets) {
      const index = ["Danh sách trường", "Tổng hợp", "Kết quả kiểm tra"].indexOf(s.name);
      expect(wbAfter).toContain(
        `<definedName name="_xlnm.Print_Area" localSheetId="${index}">&apos;${s.name}&apos;!${s.print.area.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}</definedName>`,
      );
    }
    const stylesBefore = new TextDecoder().decode(before.get("xl/styles.xml"));
    const stylesAfter = new TextDecoder().decode(after.get("xl/styles.xml"));
    for (const section of ["fonts", "cellXfs"]) {
      const items = (xml: string): string =>
        new RegExp(`<${section}[^>]*>([\\s\\S]*?)</${section}>`).exec(xml)?.[1] ?? "";
      expect(items(stylesAfter).startsWith(items(stylesBefore))).toBe(true);
    }
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
    const input = await bytesOf(listWorkbook(rows));
    const result = checked(listWorkbook(rows), { planYear: KONTUM_PLAN_YEAR });
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
    const wb = await load((await reportOf(new ZipSource(input), sheets)).bytes);
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
  });

  test("control characters, XML specials and Excel's own _xHHHH_ escapes come back as written; long text is cut to 32,767", async () => {
    const input = await bytesOf(kontumWorkbook());
    const result = checked(kontumWorkbook(), { planYear: KONTUM_PLAN_YEAR });
    const odd = 'a\u0001b\u001bc <&> "q" _x0041_ \r\n end ';
    const long = "Trường ".repeat(6000);
    const finding = (value: string): Finding => ({
      rule: "missing-value",
      severity: "error",
      sheet: "Danh sách trường",
      row: 5,
      column: "Tên trường",
      cell: "B5",
      value,
      params: {},
    });
    const sheets = buildOutputSheets({
      summary: result.summary,
      findings: [finding(odd), finding(long)],
      lang: "vi",
    });
    const bytes = (await reportOf(new ZipSource(input), sheets)).bytes;
    // Read back as Excel reads inline strings: XML entities, then _xHHHH_ escapes.
    const xml = await sheetXml(await JSZip.loadAsync(bytes), "Kết quả kiểm tra");
    const values = [...xml.matchAll(/<t(?: xml:space="preserve")?>([^<]*)<\/t>/g)].map((m) =>
      (m[1] ?? "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&")
        .replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
    );
    expect(values).toContain(odd);
    for (const raw of ["\u0001", "\u001b", "\r"]) expect(xml.includes(raw)).toBe(false);
    const cut = values.filter((v) => v.startsWith("Trường Trường"));
    expect(cut).toHaveLength(1);
    expect(cut[0]?.length).toBe(MAX_CELL_TEXT);
    expect(cut[0]?.endsWith("…")).toBe(true);
  });
});

describe("the user's package is kept", () => {
  test("the sample's sheets, formulas and merges are exactly as they were", async () => {
    const input = await bytesOf(buildSampleWorkbook());
    const { bytes } = await report(input, SAMPLE_PLAN_YEAR);
    expect(await tabs(bytes)).toEqual(["Danh sách", "Tra cứu QĐ", "Tổng hợp", "Kết quả kiểm tra"]);
    const before = await partsOf(input);
    const after = await partsOf(bytes);
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml"])
      expect(Buffer.from(after.get(part) ?? []).equals(Buffer.from(before.get(part) ?? [1]))).toBe(true);
    const list = sheetNamed(await load(bytes), "Danh sách");
    expect(list.getCell("G23").formula).toContain("VLOOKUP");
  });

  test("a user's table with one of our table names keeps it; ours takes another", async () => {
    const source = kontumWorkbook();
    source.addWorksheet("Ghi chú").addTable({
      name: "KDCL_Findings",
      ref: "A1",
      columns: [{ name: "Việc" }, { name: "Người làm" }],
      rows: [["Rà soát danh sách", "Tổ chuyên môn"]],
    });
    const { bytes } = await report(await bytesOf(source), KONTUM_PLAN_YEAR);
    const zip = await JSZip.loadAsync(bytes);
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
    expect(tables.find((x) => x.includes('name="KDCL_Findings"'))).toContain('ref="A1:B2"');
  });

  test("a user's picture keeps its drawing part; our chart takes the next free one", async () => {
    const source = kontumWorkbook();
    const png = Uint8Array.from(
      Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
        "base64",
      ),
    );
    const image = source.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
    sheetNamed(source, "Danh sách trường").addImage(image, "L2:M4");
    const input = await bytesOf(source);
    const { bytes } = await report(input, KONTUM_PLAN_YEAR);
    const zip = await JSZip.loadAsync(bytes);
    expect(await partText(zip, "xl/drawings/drawing1.xml")).toBe(
      await partText(await JSZip.loadAsync(input), "xl/drawings/drawing1.xml"),
    );
    expect(await partText(zip, "xl/drawings/_rels/drawing2.xml.rels")).toContain("../charts/chart1.xml");
    expect((await partsOf(bytes)).get("xl/media/image1.png")).toEqual(png);
  });
});

describe("regenerating from an earlier report", () => {
  test("twice: still one Tổng hợp and one Kết quả kiểm tra, ours replaced, one chart, the user's parts unchanged", async () => {
    const first = (await report(await bytesOf(kontumWorkbook()), KONTUM_PLAN_YEAR)).bytes;
    const second = (await report(first, 2024)).bytes;
    expect(await tabs(second)).toEqual(["Danh sách trường", "Tổng hợp", "Kết quả kiểm tra"]);
    const wb = await load(second);
    expect(String(sheetNamed(wb, "Tổng hợp").getCell("A1").value)).toContain("NĂM 2024");
    const zip = await JSZip.loadAsync(second);
    expect(Object.keys(zip.files).filter((p) => /^xl\/charts\/.+/.test(p))).toEqual(["xl/charts/chart1.xml"]);
    expect(Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))).toHaveLength(3);
    // Our formats are found again, not appended a second time.
    const [a, b] = [await partsOf(first), await partsOf(second)];
    expect(b.get("xl/styles.xml")).toEqual(a.get("xl/styles.xml"));
    expect(b.get("xl/worksheets/sheet1.xml")).toEqual(a.get("xl/worksheets/sheet1.xml"));
  });

  test("a user sheet named Tổng hợp is untouched; ours goes to Tổng hợp (2), and stays there", async () => {
    const source = kontumWorkbook();
    const mine = source.addWorksheet("Tổng hợp");
    mine.getCell("A1").value = "Bảng tổng hợp của phòng";
    mine.mergeCells("A1:D1");
    mine.getCell("B3").value = { formula: "SUM(1,2)", result: 3 };
    const input = await bytesOf(source);
    const first = (await report(input, KONTUM_PLAN_YEAR)).bytes;
    expect(await tabs(first)).toEqual(["Danh sách trường", "Tổng hợp", "Tổng hợp (2)", "Kết quả kiểm tra"]);
    expect(await partText(await JSZip.loadAsync(first), "xl/charts/chart1.xml")).toContain(
      "<c:f>&apos;Tổng hợp (2)&apos;!$A$",
    );
    const again = (await report(first, KONTUM_PLAN_YEAR)).bytes;
    expect(await tabs(again)).toEqual(["Danh sách trường", "Tổng hợp", "Tổng hợp (2)", "Kết quả kiểm tra"]);
    const part = (await sheetPartsOf(await JSZip.loadAsync(input))).get("Tổng hợp") ?? "";
    expect((await partsOf(again)).get(part)).toEqual((await partsOf(input)).get(part));
  });

  test("a defined name KDCL_OWNED_FINDINGS of the user's, pointing at the user's sheet, changes nothing", async () => {
    const source = kontumWorkbook();
    source.addWorksheet("Kết quả kiểm tra").getCell("A1").value = "Kết quả kiểm tra của Sở";
    source.definedNames.add("'Kết quả kiểm tra'!$A$1", "KDCL_OWNED_FINDINGS");
    source.definedNames.add("'Danh sách trường'!$A$1", "KDCL_OWNED_SUMMARY");
    const input = await bytesOf(source);
    const { bytes } = await report(input, KONTUM_PLAN_YEAR);
    expect(await tabs(bytes)).toEqual([
      "Danh sách trường",
      "Kết quả kiểm tra",
      "Tổng hợp",
      "Kết quả kiểm tra (2)",
    ]);
    const again = (await report(bytes, KONTUM_PLAN_YEAR)).bytes;
    expect(await tabs(again)).toEqual(await tabs(bytes));
    expect(sheetNamed(await load(again), "Kết quả kiểm tra").getCell("A1").value).toBe(
      "Kết quả kiểm tra của Sở",
    );
  });

  test("our sheet renamed by the user is replaced, and ours is back under its name", async () => {
    const first = (await report(await bytesOf(kontumWorkbook()), KONTUM_PLAN_YEAR)).bytes;
    // What Excel does on a rename: the name changes, the sheetId stays.
    const renamed = await withPart(first, "xl/workbook.xml", (xml) =>
      xml.replace('name="Tổng hợp"', 'name="Tổng hợp cũ"'),
    );
    const again = (await report(renamed, KONTUM_PLAN_YEAR)).bytes;
    expect(await tabs(again)).toEqual(["Danh sách trường", "Tổng hợp", "Kết quả kiểm tra"]);
  });

  test("a sheet the user added after deleting ours is never taken for ours", async () => {
    const first = (await report(await bytesOf(kontumWorkbook()), KONTUM_PLAN_YEAR)).bytes;
    const summaryId = await sheetIdOf(first, "Tổng hợp");
    // Excel numbers a new sheet one past the largest id it has: with ours deleted, that is 2.
    const mineXml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>của tôi</t></is></c></row></sheetData></worksheet>';
    let edited = await withPart(first, "xl/workbook.xml", (xml) =>
      xml.replace(/<sheet name="Tổng hợp"[^>]*\/>/, `<sheet name="Tổng hợp" sheetId="2" r:id="rIdMine"/>`),
    );
    edited = await withPart(edited, "xl/_rels/workbook.xml.rels", (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rIdMine" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/></Relationships>',
      ),
    );
    const zip = await JSZip.loadAsync(edited);
    zip.file("xl/worksheets/sheet9.xml", mineXml);
    zip.file(
      "[Content_Types].xml",
      (await partText(zip, "[Content_Types].xml")).replace(
        "</Types>",
        '<Override PartName="/xl/worksheets/sheet9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    );
    const userMade = await zip.generateAsync({ type: "uint8array" });
    expect(summaryId).not.toBe(2);
    const again = (await report(userMade, KONTUM_PLAN_YEAR)).bytes;
    expect(await tabs(again)).toEqual(["Danh sách trường", "Tổng hợp", "Kết quả kiểm tra", "Tổng hợp (2)"]);
    expect(sheetNamed(await load(again), "Tổng hợp").getCell("A1").value).toBe("của tôi");
  });

  test("a replaced sheet keeps its place among the user's tabs", async () => {
    const wb = await load((await report(await bytesOf(kontumWorkbook()), KONTUM_PLAN_YEAR)).bytes);
    wb.addWorksheet("Ghi chú").getCell("A1").value = "ghi chú";
    // exceljs drops custom properties; a report saved by Excel keeps them: put ours back as Excel would.
    const first = (await report(await bytesOf(kontumWorkbook()), KONTUM_PLAN_YEAR)).bytes;
    const withNote = await withPart(first, "xl/workbook.xml", (xml) =>
      xml.replace("</sheets>", '<sheet name="Ghi chú" sheetId="3000" r:id="rId1"/></sheets>'),
    );
    const again = (await report(withNote, KONTUM_PLAN_YEAR)).bytes;
    expect((await tabs(again)).slice(0, 3)).toEqual(["Danh sách trường", "Tổng hợp", "Kết quả kiểm tra"]);
  });

  test("a calculation chain listing a formula typed on our sheet goes with the sheet, so Excel finds nothing to repair", async () => {
    const first = (await report(await bytesOf(kontumWorkbook()), KONTUM_PLAN_YEAR)).bytes;
    const summaryId = await sheetIdOf(first, "Tổng hợp");
    let edited = await withPart(first, "xl/_rels/workbook.xml.rels", (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const zip = await JSZip.loadAsync(edited);
    zip.file(
      "xl/calcChain.xml",
      `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="Z1" i="${summaryId}"/></calcChain>`,
    );
    zip.file(
      "[Content_Types].xml",
      (await partText(zip, "[Content_Types].xml")).replace(
        "</Types>",
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    edited = await zip.generateAsync({ type: "uint8array" });
    const again = await JSZip.loadAsync((await report(edited, KONTUM_PLAN_YEAR)).bytes);
    expect(again.file("xl/calcChain.xml")).toBeNull();
    expect(await partText(again, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(await partText(again, "[Content_Types].xml")).not.toContain("calcChain");
  });

  test("in the other language: the Vietnamese sheets give way to Summary and Check results", async () => {
    const first = (await report(await bytesOf(kontumWorkbook()), KONTUM_PLAN_YEAR)).bytes;
    const again = (await report(first, KONTUM_PLAN_YEAR, "en")).bytes;
    expect(await tabs(again)).toEqual(["Danh sách trường", "Summary", "Check results"]);
  });
});
