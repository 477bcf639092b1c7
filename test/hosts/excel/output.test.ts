import { OWNER_NAMES } from "../../../src/core/output/host";
import type { OutputSheet } from "../../../src/core/output/model";
import type { ExcelHost } from "../../../src/hosts/excel/host";
import type { FakeWorkbook } from "../../fakes/office";
import { cellIn, nameIn, sheetOf, snapshotSheet, valuesIn } from "../../fakes/office";
import { defaultPageLayout } from "../../fakes/office/model";
import { parseRangeA1 } from "../../../src/core/grid";
import { schoolList } from "../../fakes/office/school-list";
import { setup, teardown } from "./helpers";
import { checkGrids } from "../../../src/app/check";
import { outputSheetsOf } from "../../../src/app/output";
import { TODAY } from "../../helpers/sheet";

afterEach(teardown);

const PLAN = { planYear: 2024 };

/** The list with a few rows a person typed badly, one of them a code that starts with "=". */
function list(schools = 300) {
  const base = schoolList(schools);
  const rows = (base.sheet.rows ?? []).map((r) => [...r]);
  const row = rows[base.firstRow - 1 + 4];
  if (row) row[4] = "=CĐ 2";
  return { ...base.sheet, rows };
}

async function outputOf(host: ExcelHost): Promise<OutputSheet[]> {
  const grid = await host.readSheet("Danh sách");
  return outputSheetsOf(checkGrids([grid], PLAN, { today: TODAY }), "vi");
}

function formulasIn(wb: FakeWorkbook, sheet: string): string[] {
  return sheetOf(wb, sheet).rows.flatMap((r) => (r ?? []).flatMap((c) => (c?.formula ? [c.formula] : [])));
}

describe("writeOutputSheets", () => {
  it("writes the summary and findings sheets, marks them as ours, and keeps text as text", async () => {
    const { host, office } = await setup({ sheets: [list()], active: "Danh sách" });
    const sheets = await outputOf(host);
    office.stats.reset();
    const plan = await host.writeOutputSheets(sheets);
    const wb = office.workbook;
    expect(plan.write.map((w) => w.name)).toEqual(["Tổng hợp", "Kết quả kiểm tra"]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Danh sách", "Tổng hợp", "Kết quả kiểm tra"]);
    expect(nameIn(wb, OWNER_NAMES.summary)).toBe("='Tổng hợp'!$A$1");
    expect(nameIn(wb, OWNER_NAMES.findings)).toBe("='Kết quả kiểm tra'!$A$1");
    // One sync to look, one to write.
    expect(office.stats.syncs).toBe(2);
    expect(office.stats.runs).toBe(1);

    // Every model cell is in the sheet with its value; text cells are formatted as text.
    for (const s of sheets) {
      const name = plan.write.find((w) => w.id === s.id)?.name ?? "";
      for (const c of s.cells) {
        const cell = sheetOf(wb, name).rows[c.row - 1]?.[c.col - 1];
        const expected =
          c.value.kind === "text"
            ? c.value.text
            : c.value.kind === "date"
              ? expect.any(Number)
              : c.value.value;
        expect({ at: `${name}!${c.row}:${c.col}`, v: cell?.value }).toEqual({
          at: `${name}!${c.row}:${c.col}`,
          v: expected,
        });
        if (c.value.kind === "text") expect(cell?.numberFormat).toBe("@");
      }
      expect(formulasIn(wb, name)).toEqual([]);
    }
    // The bad code, which starts with "=", is text on the findings sheet.
    const findings = sheetOf(wb, "Kết quả kiểm tra");
    expect(findings.rows.some((r) => r?.some((c) => c?.value === "=CĐ 2" && c.formula === undefined))).toBe(
      true,
    );

    // Tables with our names (the totals row holds our figures), the chart, links to the list.
    expect(wb.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["KDCL_CoverageByType", "KDCL_Findings"]),
    );
    expect(wb.tables.filter((t) => t.showTotals).length).toBeGreaterThan(0);
    expect(sheetOf(wb, "Tổng hợp").charts).toHaveLength(1);
    const linked = findings.rows.flatMap((r) =>
      (r ?? []).flatMap((c) => (c?.hyperlink ? [c.hyperlink] : [])),
    );
    expect(linked.length).toBeGreaterThan(0);
    expect(linked[0]?.documentReference).toMatch(/^'Danh sách'!/);
    // The user stays on the sheet they had open.
    expect(wb.activeSheet?.name).toBe("Danh sách");
  });

  it("writing twice replaces only our sheets; a user's sheet named like ours survives untouched", async () => {
    const userSummary = { name: "Tổng hợp", rows: [["Bảng tổng hợp của tôi"], [1, 2, 3]], merges: ["A1:C1"] };
    const { host, office } = await setup({ sheets: [list(), userSummary], active: "Tổng hợp" });
    const wb = office.workbook;
    const before = {
      list: snapshotSheet(sheetOf(wb, "Danh sách")),
      user: snapshotSheet(sheetOf(wb, "Tổng hợp")),
    };
    const sheets = await outputOf(host);

    const first = await host.writeOutputSheets(sheets);
    expect(first.write.map((w) => w.name)).toEqual(["Tổng hợp (2)", "Kết quả kiểm tra"]);
    const second = await host.writeOutputSheets(sheets);
    expect(second.remove).toEqual(["Tổng hợp (2)", "Kết quả kiểm tra"]);
    expect(second.write.map((w) => w.name)).toEqual(["Tổng hợp (2)", "Kết quả kiểm tra"]);

    expect(wb.sheets.map((s) => s.name)).toEqual([
      "Danh sách",
      "Tổng hợp",
      "Tổng hợp (2)",
      "Kết quả kiểm tra",
    ]);
    expect(snapshotSheet(sheetOf(wb, "Danh sách"))).toEqual(before.list);
    expect(snapshotSheet(sheetOf(wb, "Tổng hợp"))).toEqual(before.user);
    // Table names stay ours and unique: the old tables went with the old sheets.
    expect(new Set(wb.tables.map((t) => t.name)).size).toBe(wb.tables.length);
    expect(wb.tables.some((t) => /_2$/.test(t.name))).toBe(false);
    expect(wb.activeSheet?.name).toBe("Tổng hợp");

    const listed = await host.listSheets();
    expect(listed).toEqual([
      { name: "Danh sách", active: false, ours: false },
      { name: "Tổng hợp", active: true, ours: false },
      { name: "Tổng hợp (2)", active: false, ours: true },
      { name: "Kết quả kiểm tra", active: false, ours: true },
    ]);
  });

  it("follows our sheet when the user renames it, and keeps the user on it", async () => {
    const { host, office } = await setup({ sheets: [list()] });
    const wb = office.workbook;
    const sheets = await outputOf(host);
    await host.writeOutputSheets(sheets);
    sheetOf(wb, "Tổng hợp").name = "TH 2024";
    wb.activeSheet = sheetOf(wb, "TH 2024");
    const plan = await host.writeOutputSheets(sheets);
    expect(plan.remove).toContain("TH 2024");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Danh sách", "Tổng hợp", "Kết quả kiểm tra"]);
    expect(wb.activeSheet?.name).toBe("Tổng hợp");
    expect(valuesIn(wb, "Tổng hợp", "A1")[0]?.[0]).toEqual(expect.stringContaining("TỔNG HỢP"));
  });

  it("writes on the ExcelApi 1.7 floor too (links one by one, no filter-button switch)", async () => {
    const { host, office } = await setup({ sheets: [list()] }, { apiVersion: "1.7" });
    const sheets = await outputOf(host);
    const plan = await host.writeOutputSheets(sheets);
    expect(plan.write).toHaveLength(2);
    const linkCell = sheets[1]?.cells.find((c) => c.link);
    expect(linkCell).toBeDefined();
    if (linkCell) {
      const cell = cellIn(
        office.workbook,
        "Kết quả kiểm tra",
        `${String.fromCharCode(64 + linkCell.col)}${linkCell.row}`,
      );
      expect(cell?.hyperlink?.documentReference).toMatch(/^'Danh sách'!/);
    }
  });
});

describe("printing", () => {
  const sheetNamed = (plan: { write: readonly { id: string; name: string }[] }, id: string) =>
    plan.write.find((w) => w.id === id)?.name ?? "";

  it("gives the summary and findings sheets the model's page setup: A4, one page wide, header rows repeated", async () => {
    const { host, office } = await setup({ sheets: [list()], active: "Danh sách" });
    const sheets = await outputOf(host);
    const plan = await host.writeOutputSheets(sheets);
    const wb = office.workbook;
    expect(sheets.map((s) => s.id)).toEqual(["summary", "findings"]);
    for (const s of sheets) {
      const sheet = sheetOf(wb, sheetNamed(plan, s.id));
      const p = s.print;
      const area = parseRangeA1(p.area);
      expect(area).not.toBeNull();
      expect({ id: s.id, layout: sheet.pageLayout }).toEqual({
        id: s.id,
        layout: {
          orientation: p.orientation === "landscape" ? "Landscape" : "Portrait",
          paperSize: "A4",
          zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
          leftMargin: p.margins.left * 72,
          rightMargin: p.margins.right * 72,
          topMargin: p.margins.top * 72,
          bottomMargin: p.margins.bottom * 72,
          headerMargin: p.margins.header * 72,
          footerMargin: p.margins.footer * 72,
          centerHorizontally: p.centerHorizontally,
          centerVertically: false,
          printArea: [area],
          printTitleRows: p.titleRows ? { top: p.titleRows.first, bottom: p.titleRows.last } : null,
        },
      });
    }
    // The findings list repeats its table header on every page and is wider than a portrait page.
    const findings = sheets.find((s) => s.id === "findings");
    expect(findings?.print.titleRows).not.toBeNull();
    expect(sheetOf(wb, "Kết quả kiểm tra").pageLayout.orientation).toBe("Landscape");
    // The user's list keeps Excel's own page setup.
    expect(sheetOf(wb, "Danh sách").pageLayout).toEqual(defaultPageLayout());
  });

  it("sets every row the model makes taller, and no other", async () => {
    const { host, office } = await setup({ sheets: [list()] });
    const sheets = await outputOf(host);
    const plan = await host.writeOutputSheets(sheets);
    for (const s of sheets) {
      const sheet = sheetOf(office.workbook, sheetNamed(plan, s.id));
      expect(s.rowHeights.length).toBeGreaterThan(0);
      expect([...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0])).toEqual(
        s.rowHeights.map((h) => [h.row, h.height]),
      );
    }
  });

  it("writes 25 findings and 1 400 in the same syncs and the same number of operations", async () => {
    // Without the list's VLOOKUP errors in its year column: a school whose cấp độ term cannot be read
    // adds a row to the summary sheet, and only the findings sheet's rows are to vary here.
    const sized = (schools: number) => {
      const sheet = list(schools);
      const rows = (sheet.rows ?? []).map((r) =>
        r.map((c) => (c !== null && typeof c === "object" && "formula" in c ? 2021 : c)),
      );
      return { ...sheet, rows };
    };
    const measure = async (schools: number) => {
      const { host, office } = await setup({ sheets: [sized(schools)] });
      const sheets = await outputOf(host);
      office.stats.reset();
      await host.writeOutputSheets(sheets);
      const findings = sheets.find((s) => s.id === "findings");
      return {
        syncs: office.stats.syncs,
        failures: office.stats.failures,
        operations: office.stats.operations,
        tallRows: findings?.rowHeights.length ?? 0,
      };
    };
    const small = await measure(60);
    const large = await measure(3_000);
    // Many more rows to make taller, each needing its height set…
    expect(large.tallRows).toBeGreaterThan(small.tallRows * 40);
    expect(small.failures).toEqual([]);
    expect(large.failures).toEqual([]);
    // …in the same two syncs, and in as many queued operations: rows are set by height, not one by one.
    expect(small.syncs).toBe(2);
    expect(large.syncs).toBe(small.syncs);
    expect(large.operations).toBe(small.operations);
  });

  it("on the ExcelApi 1.7 floor sets the row heights and leaves the page setup to Excel", async () => {
    const { host, office } = await setup({ sheets: [list()] }, { apiVersion: "1.7" });
    const sheets = await outputOf(host);
    const plan = await host.writeOutputSheets(sheets);
    expect(office.stats.failures).toEqual([]);
    for (const s of sheets) {
      const sheet = sheetOf(office.workbook, sheetNamed(plan, s.id));
      expect(sheet.pageLayout).toEqual(defaultPageLayout());
      expect(sheet.rowHeights.size).toBe(s.rowHeights.length);
    }
  });
});
