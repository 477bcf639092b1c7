import { HIGHLIGHT_STYLE as SEVERITY_STYLE } from "../../../src/core/findings/cells";
import type { HighlightCell } from "../../../src/core/findings/cells";
import type { CellSpec, SheetSpec } from "../../fakes/office";
import { cellIn, fillIn, fontColorIn, sheetOf, snapshotSheet } from "../../fakes/office";
import { setup, teardown } from "./helpers";

afterEach(teardown);

const SHEET = "DS trường";

/**
 * Column C: no fill; a yellow fill; a coloured font; a yellow fill with a red font; a white fill
 * (which is not "no fill": it hides the gridlines); a patterned fill; a plain cell; an empty cell;
 * white text on a dark fill (whose font must change to stay readable).
 * Column E: a run whose cells all have the same blue fill.
 */
function formatted(): SheetSpec {
  const c: CellSpec[] = [
    "không tô",
    { value: "nền vàng", fill: "#FFFF00" },
    { value: "chữ màu", fontColor: "#7030A0" },
    { value: "vàng, chữ đỏ", fill: "#FFFF00", fontColor: "#FF0000" },
    { value: "nền trắng", fill: "#FFFFFF" },
    {
      value: "hoa văn",
      fill: { color: "#C6EFCE", pattern: "Gray50", patternColor: "#006100", tintAndShade: 0 },
    },
    "thường",
    null,
    { value: "chữ trắng", fill: "#1F4E78", fontColor: "#FFFFFF" },
  ];
  return {
    name: SHEET,
    rows: c.map((v, i) => [i + 1, `Trường ${i + 1}`, v, null, { value: i, fill: "#BDD7EE" }]),
  };
}

const cells = (sheet: string, refs: string[], severity: HighlightCell["severity"]): HighlightCell[] =>
  refs.map((cell) => ({ sheet, cell, severity }));

describe("highlight and revert", () => {
  it("paints by severity and restores every fill and font exactly (no fill, yellow, coloured font, white, pattern)", async () => {
    const { host, office } = await setup({
      sheets: [formatted(), { name: "Khác", rows: [["a", { value: "b", fill: "#FF0000" }]] }],
    });
    const wb = office.workbook;
    const before = snapshotSheet(sheetOf(wb, SHEET));
    const beforeOther = snapshotSheet(sheetOf(wb, "Khác"));
    const token = await host.highlight([
      ...cells(SHEET, ["C1", "C2", "C3", "C4"], "error"),
      ...cells(SHEET, ["C5", "C6", "C7", "C8", "C9"], "warning"),
      ...cells(SHEET, ["E2", "E3", "E4"], "info"),
      { sheet: "Khác", cell: "B1", severity: "info" },
    ]);
    expect(token).toMatchObject({ kind: "highlight", cells: 13 });
    // What the workbook allows, the formats, the paint.
    expect(office.stats.syncs).toBe(3);

    // Fonts stay as they were (automatic, purple, red), except white text, which would vanish.
    expect(["C1", "C3", "C4", "C9"].map((a) => [fillIn(wb, SHEET, a), fontColorIn(wb, SHEET, a)])).toEqual([
      [SEVERITY_STYLE.error.fill, null],
      [SEVERITY_STYLE.error.fill, "#7030A0"],
      [SEVERITY_STYLE.error.fill, "#FF0000"],
      [SEVERITY_STYLE.warning.fill, SEVERITY_STYLE.warning.font],
    ]);
    expect(fillIn(wb, SHEET, "C8")).toBe(SEVERITY_STYLE.warning.fill);
    expect(cellIn(wb, SHEET, "C6")?.fill?.pattern).toBe("Solid");
    expect(fillIn(wb, SHEET, "E2")).toBe(SEVERITY_STYLE.info.fill);
    expect(fillIn(wb, SHEET, "E3")).toBe(SEVERITY_STYLE.info.fill);
    expect(fillIn(wb, "Khác", "B1")).toBe(SEVERITY_STYLE.info.fill);
    expect(fillIn(wb, SHEET, "D1")).toBeNull();

    office.stats.reset();
    await host.revert(token);
    expect(snapshotSheet(sheetOf(wb, SHEET))).toEqual(before);
    expect(snapshotSheet(sheetOf(wb, "Khác"))).toEqual(beforeOther);
    expect(cellIn(wb, SHEET, "C1")?.fill ?? null).toBeNull();
    expect(fillIn(wb, SHEET, "C5")).toBe("#FFFFFF");
    expect(office.stats.syncs).toBe(2);
  });

  it("batches thousands of cells into a few getRanges calls, never one proxy per cell", async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      i + 1,
      `Trường ${i + 1}`,
      i % 7 === 0 ? { value: "x", fill: "#FFFF00" } : "y",
      i % 3 === 0 ? { value: 1, fontColor: "#FF0000" } : 2,
    ]);
    const { host, office } = await setup({ sheets: [{ name: SHEET, rows }] });
    const before = snapshotSheet(sheetOf(office.workbook, SHEET));
    // Scattered findings (every 5th row of C) and a whole column (D).
    const targets = [
      ...rows.flatMap((_, i) =>
        i % 5 === 0 ? [{ sheet: SHEET, cell: `C${i + 1}`, severity: "warning" as const }] : [],
      ),
      ...rows.map((_, i) => ({ sheet: SHEET, cell: `D${i + 1}`, severity: "error" as const })),
    ];
    const token = await host.highlight(targets);
    expect(token.cells).toBe(12_000);
    expect(office.stats.syncs).toBe(3);
    expect(office.stats.operations).toBeLessThan(400);
    expect(office.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    office.stats.reset();
    await host.revert(token);
    // Where each sheet is now (by id), then the restore.
    expect(office.stats.syncs).toBe(2);
    expect(office.stats.operations).toBeLessThan(400);
    expect(snapshotSheet(sheetOf(office.workbook, SHEET))).toEqual(before);
  });

  it("reads cells again one by one when Excel hands back joined areas whose formats differ", async () => {
    const { host, office } = await setup({ sheets: [formatted()] }, { coalesceAreas: true });
    const before = snapshotSheet(sheetOf(office.workbook, SHEET));
    const token = await host.highlight(cells(SHEET, ["C1", "C2", "C3", "C4", "E1", "E2", "E3"], "error"));
    // C1:C4 comes back as one area with mixed formats: one more read, with getCellProperties.
    // E1:E3 comes back joined too, but uniform: taken as it is.
    expect(office.stats.syncs).toBe(4);
    await host.revert(token);
    expect(snapshotSheet(sheetOf(office.workbook, SHEET))).toEqual(before);
  });

  it("on the 1.7 floor reads a run whose cells differ again cell by cell", async () => {
    const { host, office } = await setup({ sheets: [formatted()] }, { apiVersion: "1.7" });
    const token = await host.highlight(cells(SHEET, ["C1", "C2", "C3", "C4", "E1", "E2", "E3"], "error"));
    expect(office.stats.syncs).toBe(4);
    await host.revert(token);
    expect(fillIn(office.workbook, SHEET, "C2")).toBe("#FFFF00");
    expect(fillIn(office.workbook, SHEET, "E3")).toBe("#BDD7EE");
  });

  it("works on the ExcelApi 1.7 floor, where a white fill cannot be told from no fill", async () => {
    const { host, office } = await setup({ sheets: [formatted()] }, { apiVersion: "1.7" });
    const wb = office.workbook;
    const token = await host.highlight(
      cells(SHEET, ["C1", "C2", "C3", "C4", "C5", "C7", "E1", "E2"], "warning"),
    );
    expect(fillIn(wb, SHEET, "C3")).toBe(SEVERITY_STYLE.warning.fill);
    await host.revert(token);
    expect(fillIn(wb, SHEET, "C1")).toBeNull();
    expect(fillIn(wb, SHEET, "C2")).toBe("#FFFF00");
    expect([fillIn(wb, SHEET, "C3"), fontColorIn(wb, SHEET, "C3")]).toEqual([null, "#7030A0"]);
    expect([fillIn(wb, SHEET, "C4"), fontColorIn(wb, SHEET, "C4")]).toEqual(["#FFFF00", "#FF0000"]);
    expect(fillIn(wb, SHEET, "E2")).toBe("#BDD7EE");
    // The limitation of 1.7: the white fill comes back as no fill.
    expect(fillIn(wb, SHEET, "C5")).toBeNull();
  });
});
