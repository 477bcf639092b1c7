import ExcelJS from "exceljs";
import { validate } from "../../../src/core/validate";
import { createExcelHost } from "../../../src/hosts/excel/host";
import { loadGridsFromBuffer } from "../../../src/hosts/file/buffer";
import { buildWorkbook, installFakeOffice } from "../../fakes/office";
import { schoolList } from "../../fakes/office/school-list";
import type { CellSpec } from "../../fakes/office";
import { setup, teardown } from "./helpers";

afterEach(teardown);

describe("settings", () => {
  it("round-trip through the workbook as JSON, and are read synchronously after start-up", async () => {
    const { host, office } = await setup({ sheets: [{ name: "A" }], settings: { lang: "en" } });
    expect(host.settings.get<string>("lang")).toBe("en");
    expect(host.settings.get("missing")).toBeNull();

    const mapping = {
      name: 2,
      seq: 1,
      note: null,
      nested: { years: [2019, 2024] },
      text: "=không phải công thức",
    };
    await host.settings.set("mapping:Danh sách", mapping);
    await host.settings.set("lang", "vi");
    expect(host.settings.get("mapping:Danh sách")).toEqual(mapping);
    // A copy: changing what get returned changes nothing stored.
    const got = host.settings.get<{ name: number }>("mapping:Danh sách");
    if (got) got.name = 99;
    expect(host.settings.get("mapping:Danh sách")).toEqual(mapping);
    expect(office.workbook.settings.get("lang")).toBe(JSON.stringify(JSON.stringify("vi")));

    // A new host on the same workbook (the file reopened) sees them.
    const again = await createExcelHost();
    expect(again.settings.get("mapping:Danh sách")).toEqual(mapping);
    expect(again.settings.get("lang")).toBe("vi");

    await again.settings.set("lang", null);
    expect(again.settings.get("lang")).toBeNull();
    expect(office.workbook.settings.has("lang")).toBe(false);
  });
});

describe("listSheets, select, title", () => {
  it("lists visible sheets with the active one, selects a cell, and names the workbook", async () => {
    const { host, office } = await setup({
      name: "KeHoach2024.xlsx",
      sheets: [
        { name: "Danh sách", rows: [["x"]] },
        { name: "Ẩn", visibility: "Hidden" },
        { name: "Ghi chú" },
      ],
      active: "Danh sách",
    });
    expect(host.title()).toBe("KeHoach2024.xlsx");
    expect(await host.listSheets()).toEqual([
      { name: "Danh sách", active: true, ours: false },
      { name: "Ghi chú", active: false, ours: false },
    ]);
    office.stats.reset();
    await host.select("Ghi chú", "D17");
    expect(office.stats.syncs).toBe(1);
    expect(office.workbook.activeSheet?.name).toBe("Ghi chú");
    expect(office.workbook.selection?.sheet.name).toBe("Ghi chú");
    expect(office.workbook.selection?.range).toEqual({ top: 17, left: 4, bottom: 17, right: 4 });
  });
});

describe("createExcelHost", () => {
  it("refuses Excel below the ExcelApi 1.7 floor", async () => {
    const office = installFakeOffice(buildWorkbook({ sheets: [{ name: "A" }] }), { apiVersion: "1.6" });
    try {
      await expect(createExcelHost()).rejects.toMatchObject({
        name: "ExcelTooOldError",
        en: expect.stringContaining("ExcelApi 1.7"),
        vi: expect.stringContaining("ExcelApi 1.7"),
      });
    } finally {
      office.uninstall();
    }
  });
});

describe("the Excel host and the file host", () => {
  it("read the same list into grids the core finds the same faults in", async () => {
    const list = schoolList(2_000);
    // The same list as an .xlsx file, through exceljs and the file host.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(list.sheet.name);
    (list.sheet.rows ?? []).forEach((row, i) =>
      row.forEach((c: CellSpec, j) => {
        if (c === null || c === undefined) return;
        const cell = ws.getCell(i + 1, j + 1);
        if (typeof c !== "object") cell.value = c;
        else if (c.error !== undefined)
          cell.value = {
            formula: c.formula?.slice(1) ?? "NA()",
            result: { error: c.error },
          } as ExcelJS.CellValue;
        else if (c.formula !== undefined)
          cell.value = { formula: c.formula.slice(1), result: c.value ?? 0 } as ExcelJS.CellValue;
        else cell.value = c.value ?? null;
      }),
    );
    for (const m of list.sheet.merges ?? []) ws.mergeCells(m);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const [fileGrid] = await loadGridsFromBuffer(bytes, "danh-sach.xlsx");

    const { host } = await setup({ sheets: [list.sheet] });
    const excelGrid = await host.readSheet(null);

    const key = (f: { rule: string; severity: string; cell: string | null; fix?: unknown }) =>
      `${f.rule}|${f.severity}|${f.cell}|${String(f.fix)}`;
    const fromFile = validate([fileGrid!], { planYear: 2024 }).findings.map(key);
    const fromExcel = validate([excelGrid], { planYear: 2024 }).findings.map(key);
    expect(fromFile.length).toBeGreaterThan(10);
    expect(fromExcel).toEqual(fromFile);
  });
});
