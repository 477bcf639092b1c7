/**
 * The fake must behave like office-js where the Excel host relies on it, or the host's tests prove
 * nothing: proxies, load/sync, null objects, request sizes, requirement sets, typing of writes.
 */
import { buildWorkbook, cellIn, fillIn, formulaIn, installFakeOffice, valuesIn } from "./index";
import type { InstalledFakeOffice } from "./index";

let office: InstalledFakeOffice;
afterEach(() => office.uninstall());

function install(apiVersion = "1.17", maxRequestBytes?: number): InstalledFakeOffice {
  office = installFakeOffice(
    buildWorkbook({
      sheets: [
        {
          name: "DS",
          rows: [
            ["STT", "Tên"],
            [1, "MN Hoa Sen"],
            [2, { value: "TH Số 1", fill: "#FFFF00" }],
          ],
        },
        { name: "Khác" },
      ],
    }),
    { apiVersion, ...(maxRequestBytes !== undefined ? { maxRequestBytes } : {}) },
  );
  return office;
}

// The reads before load or sync below are the point of these tests: the fake must throw as Excel does.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
describe("proxies", () => {
  it("throw PropertyNotLoaded before load and sync, and answer after", async () => {
    install();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("DS").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["STT", "Tên"],
        [1, "MN Hoa Sen"],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("apply queued writes at sync, in order: a load queued before a write sees the old value", async () => {
    install();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("DS").getRange("B2");
      range.load("values");
      range.values = [["MN Hoa Hồng"]];
      const after = context.workbook.worksheets.getItem("DS").getRange("B2");
      after.load("values");
      expect(valuesIn(office.workbook, "DS", "B2")).toEqual([["MN Hoa Sen"]]);
      await context.sync();
      expect(range.values).toEqual([["MN Hoa Sen"]]);
      expect(after.values).toEqual([["MN Hoa Hồng"]]);
    });
  });

  it("give null objects for missing items, known only after sync", async () => {
    install();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      const there = context.workbook.worksheets.getItemOrNullObject("khác");
      missing.load("name");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
    });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Không có");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("stop a batch at the failing action, keeping what ran before it", async () => {
    install();
    await expect(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("DS");
        ws.getRange("C1").values = [["trước"]];
        ws.getRange("C2:C3").values = [["sai kích thước"]];
        ws.getRange("C4").values = [["sau"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(valuesIn(office.workbook, "DS", "C1:C4")).toEqual([["trước"], [""], [""], [""]]);
  });

  it("send what is left queued when Excel.run ends", async () => {
    install();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("DS").getRange("D1").values = [["x"]];
      return Promise.resolve();
    });
    expect(valuesIn(office.workbook, "DS", "D1")).toEqual([["x"]]);
    expect(office.stats.syncs).toBe(1);
  });
});

/* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

describe("requests", () => {
  it("are counted and measured (request + response JSON)", async () => {
    install();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("DS").getRange("A1:B3");
      r.load("values");
      await context.sync();
      await context.sync();
    });
    expect(office.stats.syncs).toBe(2);
    const [first] = office.stats.requests;
    expect(first?.responseBytes).toBeGreaterThan(
      JSON.stringify([
        ["STT", "Tên"],
        [1, "MN Hoa Sen"],
        [2, "TH Số 1"],
      ]).length,
    );
    expect(first?.requestBytes).toBeGreaterThan(20);
    expect(first?.maxCellsRead).toBe(6);
    expect(office.stats.maxRequestBytes).toBe(first?.bytes);
  });

  it("fail above the payload limit: a large write is refused before anything is written", async () => {
    install("1.17", 10_000);
    await expect(
      Excel.run(async (context) => {
        const big = Array.from({ length: 1_000 }, (_, i) => [`dòng ${i}`]);
        context.workbook.worksheets.getItem("Khác").getRange("A1:A1000").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(valuesIn(office.workbook, "Khác", "A1")).toEqual([[""]]);
    expect(office.stats.failures).toEqual(["RequestPayloadSizeLimitExceeded"]);
  });
});

describe("requirement sets", () => {
  it("answer isSetSupported by the configured version and refuse newer APIs at sync", async () => {
    install("1.7");
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    expect(Office.context.host).toBe("Excel");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("DS").getRanges("A1,B2").format.fill.color = "#FF0000";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(fillIn(office.workbook, "DS", "A1")).toBeNull();
  });
});

describe("typing of writes, as Excel parses typed input", () => {
  it("turns '=…' into a formula and number-like text into numbers, unless the cell is text-formatted", async () => {
    install();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Khác");
      ws.getRange("A1:F1").values = [["=SUM(B1:C1)", "+84", "-x", "0123", "TRUE", "'=giữ"]];
      const text = ws.getRange("A2:F2");
      text.numberFormat = [["@", "@", "@", "@", "@", "@"]];
      text.values = [["=SUM(B1:C1)", "+84", "-x", "0123", "TRUE", "'=giữ"]];
      await context.sync();
    });
    const wb = office.workbook;
    expect(formulaIn(wb, "Khác", "A1")).toBe("=SUM(B1:C1)");
    expect(valuesIn(wb, "Khác", "B1:E1")).toEqual([[84, 0, 123, true]]);
    expect(formulaIn(wb, "Khác", "C1")).toBe("=-x");
    expect(valuesIn(wb, "Khác", "F1")).toEqual([["=giữ"]]);
    expect(valuesIn(wb, "Khác", "A2:F2")).toEqual([["=SUM(B1:C1)", "+84", "-x", "0123", "TRUE", "'=giữ"]]);
    expect(cellIn(wb, "Khác", "A2")?.formula).toBeUndefined();
  });
});

describe("page layout and row heights", () => {
  it("keep what office-js sets: orientation, A4, fit to one page wide, margins in points, title rows, print area", async () => {
    install();
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("DS").pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintMargins("Inches", { left: 0.4, top: 0.6 });
      layout.centerHorizontally = true;
      layout.setPrintTitleRows("$1:$2");
      layout.setPrintArea("A1:B3");
      context.workbook.worksheets.getItem("DS").getRanges("2:2,3:3").format.rowHeight = 31.5;
      layout.load("orientation, paperSize, zoom, leftMargin, rightMargin");
      await context.sync();
      expect(layout.orientation).toBe("Landscape");
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      // Margins not given stay as they were (Excel's "Normal": 0.7 in left and right).
      expect([layout.leftMargin, layout.rightMargin]).toEqual([0.4 * 72, 50.4]);
    });
    const sheet = office.workbook.sheets[0];
    expect(sheet?.pageLayout).toMatchObject({
      paperSize: "A4",
      topMargin: 0.6 * 72,
      centerHorizontally: true,
      printTitleRows: { top: 1, bottom: 2 },
      printArea: [{ top: 1, left: 1, bottom: 3, right: 2 }],
    });
    expect([...(sheet?.rowHeights.entries() ?? [])]).toEqual([
      [2, 31.5],
      [3, 31.5],
    ]);
  });

  it("refuse what Excel refuses: title rows that are not whole rows, a zoom out of range, an unknown paper", async () => {
    install();
    const attempt = (f: (layout: Excel.PageLayout) => void) =>
      Excel.run(async (context) => {
        f(context.workbook.worksheets.getItem("DS").pageLayout);
        await context.sync();
      });
    await expect(attempt((l) => l.setPrintTitleRows("A1:B2"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(attempt((l) => (l.zoom = { scale: 5 }))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((l) => (l.zoom = { scale: 80, horizontalFitToPages: 1 }))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(attempt((l) => (l.paperSize = "A7" as Excel.PaperType))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(office.workbook.sheets[0]?.pageLayout.printTitleRows).toBeNull();
  });

  it("need ExcelApi 1.9", async () => {
    install("1.7");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("DS").pageLayout.paperSize = "A4";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(office.workbook.sheets[0]?.pageLayout.paperSize).toBe("Letter");
  });
});
