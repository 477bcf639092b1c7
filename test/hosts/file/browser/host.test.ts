/**
 * The standalone page's workbook host, in Node on the same exceljs model the page uses: reads match
 * the file host, fixes and highlights undo exactly (the shared-style trap of exceljs included),
 * output sheets never replace the user's, and settings travel in the downloaded file.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { openFile, openSample, type StandaloneSession } from "../../../../src/hosts/file/browser";
import { displayText, formatNumberAs } from "../../../../src/hosts/file/browser/display";
import {
  chunksOf,
  customXmlWith,
  settingsFromCustomXml,
} from "../../../../src/hosts/file/browser/properties";
import { loadSheetsFromBuffer } from "../../../../src/hosts/file/buffer";
import {
  DISTRICT_FILE,
  districtBytes,
  FAULTS,
  LIST_SHEET,
  NOTES_SHEET,
  PLAN_YEAR,
  USER_PROPERTY,
} from "../../../e2e/standalone/district";
import { checkGrids } from "../../../../src/app/check";
import { outputSheetsOf } from "../../../../src/app/output";
import { TODAY } from "../../../helpers/sheet";

/** An exceljs cell (a plain object: no Office proxy to load or sync). */
const cellOf = (ws: ExcelJS.Worksheet, address: string): ExcelJS.Cell => ws.getCell(address);

const PERIOD = { planYear: PLAN_YEAR, referenceDate: { y: PLAN_YEAR, m: 12, d: 31 } };

async function district(): Promise<StandaloneSession> {
  return openFile(await districtBytes(), DISTRICT_FILE);
}

/** The session's workbook, as the host keeps it. */
const workbookOf = (s: StandaloneSession): ExcelJS.Workbook => s.host.book.workbook;

async function reopened(
  s: StandaloneSession,
): Promise<{ wb: ExcelJS.Workbook; zip: JSZip; bytes: Uint8Array }> {
  const { bytes } = await s.download();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { wb, zip: await JSZip.loadAsync(bytes), bytes };
}

async function outputSheets(s: StandaloneSession) {
  const grid = await s.host.readSheet(null);
  return outputSheetsOf(checkGrids([grid], PERIOD, { today: TODAY }), "vi", DISTRICT_FILE);
}

describe("reading", () => {
  test("the active sheet reads as the file host reads the same bytes", async () => {
    const s = await district();
    const grid = await s.host.readSheet(null);
    const { grids } = await loadSheetsFromBuffer(await districtBytes(), DISTRICT_FILE);
    expect(grid.sheet).toBe(LIST_SHEET);
    expect(grid.cells).toEqual(grids[0]?.cells);
    expect(grid.merges).toEqual(expect.arrayContaining(grids[0]?.merges ?? []));
    expect(await s.host.listSheets()).toEqual([
      { name: LIST_SHEET, active: true, ours: false },
      { name: NOTES_SHEET, active: false, ours: false },
    ]);
  });

  test("a cancelled read throws AbortError", async () => {
    const s = await district();
    const controller = new AbortController();
    controller.abort();
    await expect(s.host.readSheet(null, { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
  });

  test("select activates the sheet and tells the view, which scrolls on each new selection", async () => {
    const s = await district();
    const seen: number[] = [];
    s.view.subscribe(() => seen.push(s.view.selectSeq));
    await s.host.select(NOTES_SHEET, "B2");
    expect(s.view.active()).toBe(NOTES_SHEET);
    expect(s.view.selection(NOTES_SHEET)).toEqual({ row: 2, col: 2 });
    await s.host.select(NOTES_SHEET, "B2");
    expect(seen).toEqual([1, 2]);
    expect((await s.host.listSheets()).find((x) => x.active)?.name).toBe(NOTES_SHEET);
    await expect(s.host.select("Không có", "A1")).rejects.toThrow(/Không có trang/);
  });
});

describe("fixes", () => {
  test("write text as text and numbers as numbers, leave formulas alone, and undo exactly", async () => {
    const s = await district();
    const list = workbookOf(s).getWorksheet(LIST_SHEET) as ExcelJS.Worksheet;
    const rich = { richText: [{ text: "MN " }, { font: { bold: true }, text: "Hoa Mai" }] };
    list.getCell("B8").value = rich;
    const token = await s.host.applyEdits([
      { sheet: LIST_SHEET, cell: FAULTS.noncanonical, value: "CĐ3" },
      { sheet: LIST_SHEET, cell: "B8", value: '=HYPERLINK("x")' },
      { sheet: LIST_SHEET, cell: "I10", value: 900 },
      { sheet: LIST_SHEET, cell: "L40", value: "-" },
      { sheet: NOTES_SHEET, cell: "B2", value: 1 },
      { sheet: "Không có", cell: "A1", value: 1 },
      { sheet: LIST_SHEET, cell: "A1:B2", value: 1 },
    ]);
    expect(token).toMatchObject({
      kind: "edits",
      cells: 4,
      skipped: [
        { sheet: NOTES_SHEET, cell: "B2", reason: "formula" },
        { sheet: "Không có", cell: "A1", reason: "no-sheet" },
        { sheet: LIST_SHEET, cell: "A1:B2", reason: "bad-address" },
      ],
    });
    expect(list.getCell(FAULTS.noncanonical).value).toBe("CĐ3");
    expect(list.getCell("B8").value).toBe('=HYPERLINK("x")');
    expect(list.getCell("B8").type).toBe(ExcelJS.ValueType.String);
    expect(list.getCell("I10").value).toBe(900);

    await s.host.revert(token);
    expect(list.getCell(FAULTS.noncanonical).value).toBe("cấp độ 3");
    expect(list.getCell("B8").value).toBe(rich);
    expect(list.getCell("I10").value).toBe(850);
    expect(list.getCell("L40").value).toBeNull();
    // A token is used once.
    await s.host.revert(token);
    expect(list.getCell(FAULTS.noncanonical).value).toBe("cấp độ 3");

    // The downloaded file has the user's values back, the text "-" nowhere.
    const { wb } = await reopened(s);
    const back = wb.getWorksheet(LIST_SHEET) as ExcelJS.Worksheet;
    expect(back.getCell(FAULTS.noncanonical).value).toBe("cấp độ 3");
    expect(back.getCell("I10").value).toBe(850);
    expect(back.getCell("L40").value).toBeNull();
  });

  test("undo leaves a cell changed since the fix as it is, and says so", async () => {
    const s = await district();
    const list = workbookOf(s).getWorksheet(LIST_SHEET) as ExcelJS.Worksheet;
    const first = await s.host.applyEdits([{ sheet: LIST_SHEET, cell: FAULTS.noncanonical, value: "CĐ3" }]);
    await s.host.applyEdits([{ sheet: LIST_SHEET, cell: FAULTS.noncanonical, value: "CĐ4" }]);
    const outcome = await s.host.revertWithOutcome(first);
    expect(outcome).toEqual({
      restored: 0,
      changed: [{ sheet: LIST_SHEET, cell: FAULTS.noncanonical, reason: "changed" }],
    });
    expect(list.getCell(FAULTS.noncanonical).value).toBe("CĐ4");
  });

  test("a fix aimed inside a merged range lands in its top-left cell, and comes back out", async () => {
    const s = await district();
    const list = workbookOf(s).getWorksheet(LIST_SHEET) as ExcelJS.Worksheet;
    const token = await s.host.applyEdits([
      { sheet: LIST_SHEET, cell: "C1", value: "UBND HUYỆN BÌNH SƠN MỚI" },
    ]);
    expect(list.getCell("A1").value).toBe("UBND HUYỆN BÌNH SƠN MỚI");
    await s.host.revert(token);
    expect(list.getCell("A1").value).toBe("UBND HUYỆN BÌNH SƠN");
  });
});

describe("highlights", () => {
  test("colour only the cells asked for, even where exceljs shares one style among many", async () => {
    const s = await district();
    const list = workbookOf(s).getWorksheet(LIST_SHEET) as ExcelJS.Worksheet;
    type Styled = ExcelJS.Cell & { style: Partial<ExcelJS.Style> };
    const header = list.getCell("C5") as Styled;
    const neighbour = list.getCell("D5") as Styled;
    // Loaded from a file, header cells share one style object: the trap a naive `cell.fill =` falls in.
    expect(header.style).toBe(neighbour.style);
    const before = { c5: header.style, c17: (list.getCell(FAULTS.typeMismatch) as Styled).style };

    const token = await s.host.highlight([
      { sheet: LIST_SHEET, cell: "C5", severity: "warning" },
      { sheet: LIST_SHEET, cell: FAULTS.typeMismatch, severity: "error" },
      { sheet: LIST_SHEET, cell: "Z", severity: "error" },
    ]);
    expect(token).toMatchObject({
      kind: "highlight",
      cells: 2,
      skipped: [{ cell: "Z", reason: "bad-address" }],
    });
    expect(list.getCell(FAULTS.typeMismatch).fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFC7CE" },
    });
    expect(header.fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(neighbour.fill).toMatchObject({ fgColor: { argb: "FFD9E1F2" } });
    expect(header.font).toEqual(neighbour.font);
    const look = s.view.layout(LIST_SHEET).cell(17, 3, "vi");
    expect(look).toMatchObject({ severity: "error", fill: "#FFC7CE", text: "Tiểu học" });

    await s.host.revert(token);
    expect(header.style).toBe(before.c5);
    expect((list.getCell(FAULTS.typeMismatch) as Styled).style).toBe(before.c17);
    expect(s.view.layout(LIST_SHEET).cell(17, 3, "vi")?.severity).toBeNull();

    const { wb } = await reopened(s);
    const back = wb.getWorksheet(LIST_SHEET) as ExcelJS.Worksheet;
    const original = new ExcelJS.Workbook();
    await original.xlsx.load((await districtBytes()) as unknown as ExcelJS.Buffer);
    const was = original.getWorksheet(LIST_SHEET) as ExcelJS.Worksheet;
    expect(back.getCell(FAULTS.typeMismatch).fill).toEqual(was.getCell(FAULTS.typeMismatch).fill);
    expect(back.getCell(FAULTS.typeMismatch).fill).not.toMatchObject({ pattern: "solid" });
    expect(back.getCell("C5").fill).toMatchObject({ fgColor: { argb: "FFD9E1F2" } });
  });

  test("white text on a dark fill gets the severity's dark font, and its own colour back", async () => {
    const s = await district();
    const list = workbookOf(s).getWorksheet(LIST_SHEET) as ExcelJS.Worksheet;
    const c = cellOf(list, "K12");
    c.value = "Ghi chú trắng";
    c.font = { color: { argb: "FFFFFFFF" }, bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } };
    const token = await s.host.highlight([{ sheet: LIST_SHEET, cell: "K12", severity: "error" }]);
    expect(c.font).toEqual({ color: { argb: "FF9C0006" }, bold: true });
    await s.host.revert(token);
    expect(c.font).toEqual({ color: { argb: "FFFFFFFF" }, bold: true });
    expect(c.fill).toMatchObject({ fgColor: { argb: "FF1F4E78" } });
  });
});

describe("output sheets", () => {
  test("are added beside the user's sheets, marked as ours, and the user's open sheet stays open", async () => {
    const s = await district();
    // A sheet of the user's with our name is never replaced.
    workbookOf(s).addWorksheet("Tổng hợp").getCell("A1").value = "Của người dùng";
    const plan = await s.host.writeOutputSheets(await outputSheets(s));
    expect(plan.write.map((w) => w.name)).toEqual(["Tổng hợp (2)", "Kết quả kiểm tra"]);
    expect(await s.host.listSheets()).toEqual([
      { name: LIST_SHEET, active: true, ours: false },
      { name: NOTES_SHEET, active: false, ours: false },
      { name: "Tổng hợp", active: false, ours: false },
      { name: "Tổng hợp (2)", active: false, ours: true },
      { name: "Kết quả kiểm tra", active: false, ours: true },
    ]);
    expect(
      s.view
        .tabs()
        .filter((t) => t.ours)
        .map((t) => t.name),
    ).toEqual(["Tổng hợp (2)", "Kết quả kiểm tra"]);

    // Written again: ours replaced in place, the user's untouched.
    const again = await s.host.writeOutputSheets(await outputSheets(s));
    expect(again.remove).toEqual(["Tổng hợp (2)", "Kết quả kiểm tra"]);
    expect(workbookOf(s).worksheets.map((w) => w.name)).toEqual([
      LIST_SHEET,
      NOTES_SHEET,
      "Tổng hợp",
      "Tổng hợp (2)",
      "Kết quả kiểm tra",
    ]);
    expect((workbookOf(s).getWorksheet("Tổng hợp") as ExcelJS.Worksheet).getCell("A1").value).toBe(
      "Của người dùng",
    );

    const { wb, zip } = await reopened(s);
    expect(wb.worksheets.map((w) => w.name)).toEqual(workbookOf(s).worksheets.map((w) => w.name));
    expect(Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(1);
    // It opens on the sheet the user had open, and only that tab is selected (no grouped sheets).
    expect(wb.views[0]?.activeTab).toBe(0);
    const selected = await Promise.all(
      [1, 2, 3, 4, 5].map(async (n) =>
        /tabSelected="1"/.test((await zip.file(`xl/worksheets/sheet${n}.xml`)?.async("string")) ?? ""),
      ),
    );
    expect(selected).toEqual([true, false, false, false, false]);
  });
});

describe("settings", () => {
  test("travel in the downloaded file as custom properties, beside the user's own", async () => {
    const s = await district();
    const heard: string[] = [];
    s.settings.subscribe((key) => heard.push(key));
    const header = { issuingBody: "UBND huyện Bình Sơn", place: "Bình Sơn", number: "08/KH-UBND", date: "" };
    await s.settings.set("planYear", PLAN_YEAR);
    await s.settings.set("lang", "en");
    await s.settings.set("plan:header", header);
    // Long enough to need several properties of at most 255 characters.
    const mapping = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`cột ${i} “tiếng Việt” 🏫`, i + 1]),
    );
    await s.settings.set(`mapping:${LIST_SHEET}`, mapping);
    await s.settings.set("regime", null);
    expect(heard).toEqual(["planYear", "lang", "plan:header", `mapping:${LIST_SHEET}`, "regime"]);
    expect(s.settings.get("regime")).toBeNull();

    const { zip, bytes } = await reopened(s);
    const custom = (await zip.file("docProps/custom.xml")?.async("string")) ?? "";
    expect(custom).toContain(`name="${USER_PROPERTY.name}"><vt:lpwstr>${USER_PROPERTY.value}</vt:lpwstr>`);
    const ours = [...custom.matchAll(/name="(KDCL\.settings(?:\.\d+)?)"><vt:lpwstr>([^<]*)</g)];
    expect(ours.length).toBeGreaterThan(3);
    for (const m of ours)
      expect((m[2] ?? "").replace(/&(amp|lt|gt|quot);/g, "&").length).toBeLessThanOrEqual(255);
    expect(await zip.file("[Content_Types].xml")?.async("string")).toContain(
      'PartName="/docProps/custom.xml"',
    );

    const again = await openFile(bytes, "danh-sach-binh-son-kdcl.xlsx");
    expect(again.settings.get("planYear")).toBe(PLAN_YEAR);
    expect(again.settings.get("lang")).toBe("en");
    expect(again.settings.get("plan:header")).toEqual(header);
    expect(again.settings.get(`mapping:${LIST_SHEET}`)).toEqual(mapping);
    // Once more through a download: the user's property is still there, once.
    const third = await (await again.download()).bytes;
    const xml = (await (await JSZip.loadAsync(third)).file("docProps/custom.xml")?.async("string")) ?? "";
    expect(xml.split(`name="${USER_PROPERTY.name}"`)).toHaveLength(2);
    expect(settingsFromCustomXml(xml)).toEqual(again.settings.entries());
  });

  test("the sample starts with its plan year; a workbook without settings gets no custom part", async () => {
    const sample = openSample();
    expect(sample.settings.get("planYear")).toBe(2024);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("DS").getCell("A1").value = "Tên trường";
    const plain = await openFile(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), "ds.xlsx");
    const { zip } = await reopened(plain);
    expect(zip.file("docProps/custom.xml")).toBeNull();
  });

  test("custom-property text is cut without splitting a character, and read back whole", () => {
    const text = `${"a".repeat(254)}🏫${"b".repeat(300)}`;
    const chunks = chunksOf(text);
    expect(chunks.join("")).toBe(text);
    expect(chunks[0]).toBe("a".repeat(254));
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(255);
    const xml = customXmlWith(null, { note: `<&>"' ${text}` });
    expect(settingsFromCustomXml(xml)).toEqual({ note: `<&>"' ${text}` });
    expect(settingsFromCustomXml("<Properties>broken")).toEqual({});
  });
});

describe("what the grid shows", () => {
  test("numbers, dates and errors as Excel shows them, in the pane's language", () => {
    expect(formatNumberAs(10580, "#,##0", "vi")).toBe("10.580");
    expect(formatNumberAs(10580, "#,##0", "en")).toBe("10,580");
    expect(formatNumberAs(31162.5, "#,##0.00", "vi")).toBe("31.162,50");
    expect(formatNumberAs(1234.5, "0.0", "vi")).toBe("1234,5");
    expect(formatNumberAs(0.614, "0.00%", "vi")).toBe("61,40%");
    expect(formatNumberAs(45306, "dd/mm/yyyy", "vi")).toBe("15/01/2024");
    expect(formatNumberAs(2.5, undefined, "vi")).toBe("2,5");
    expect(displayText({ error: "#N/A" }, undefined, "vi")).toBe("#N/A");
    expect(displayText(new Date(Date.UTC(2021, 4, 12)), "dd/mm/yyyy", "vi")).toBe("12/05/2021");
  });

  test("the sample's layout: merged titles, row heights, its formula and its error", () => {
    const s = openSample();
    const layout = s.view.layout("Danh sách");
    expect(layout.mergeAt(1, 2)).toEqual({ top: 1, left: 1, bottom: 1, right: 3 });
    expect(layout.mergeAt(8, 2)).toBeNull();
    // Row 2 is 36 pt tall: 48 px; the default row is 20 px.
    expect((layout.rowTops[3] ?? 0) - (layout.rowTops[2] ?? 0)).toBe(48);
    expect((layout.rowTops[9] ?? 0) - (layout.rowTops[8] ?? 0)).toBe(20);
    expect(layout.cell(37, 9, "vi")?.text).toBe("10.580");
    expect(layout.cell(23, 7, "vi")?.text).toBe("#N/A");
    expect(layout.content(23, 7, "vi")).toMatch(/^=VLOOKUP\(B23,'Tra cứu QĐ'!\$A\$2:\$B\$40,2,FALSE\)$/);
    expect(layout.rows).toBeGreaterThanOrEqual(layout.lastRow + 20);
    expect(s.view.tabs()).toEqual([
      { name: "Danh sách", ours: false },
      { name: "Tra cứu QĐ", ours: false },
    ]);
  });
});
