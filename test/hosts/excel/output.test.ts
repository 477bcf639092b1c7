import { OWNER_NAMES } from "../../../src/core/output/host";
import type { OutputSheet } from "../../../src/core/output/model";
import type { ExcelHost } from "../../../src/hosts/excel/host";
import type { FakeWorkbook } from "../../fakes/office";
import { cellIn, nameIn, sheetOf, snapshotSheet, valuesIn } from "../../fakes/office";
import { schoolList } from "../../fakes/office/school-list";
import { setup, teardown } from "./helpers";
import { checkGrids } from "../../../src/app/check";
import { outputSheetsOf } from "../../../src/app/output";
import { TODAY } from "../../helpers/sheet";

afterEach(teardown);

const PLAN = { planYear: 2024 };

/** The list with a few rows a person typed badly, one of them a code that starts with "=". */
function list() {
  const base = schoolList(300);
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
