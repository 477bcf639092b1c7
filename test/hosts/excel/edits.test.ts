import { formulaIn, snapshotSheet, sheetOf, valuesIn, cellIn } from "../../fakes/office";
import { setup, teardown } from "./helpers";

afterEach(teardown);

const SHEET = "DS trường";

function sheetSpec() {
  return {
    name: SHEET,
    rows: [
      ["STT", "Tên trường", "Mã KĐ", "Năm", "Kinh phí", "Ghi chú"],
      [1, "MN Hoa Sen", "cấp độ 2", 2019, { value: 150, numberFormat: "#,##0" }, null],
      [
        2,
        "TH Số 1",
        "CĐ2-MĐ1",
        { value: 2020, numberFormat: "@" },
        { formula: "=E2*2", value: 300 },
        "ghi chú",
      ],
      [
        3,
        "THCS Lê Lợi",
        { value: "0123", numberFormat: "@" },
        { error: "#N/A" },
        200,
        { value: "=chữ, không phải công thức", numberFormat: "@" },
      ],
      [4, "TH Hà Trung", "cấp độ 3", { value: 45123, numberFormat: "dd/mm/yyyy" }, true, null],
    ],
  };
}

describe("applyEdits and revert", () => {
  it("writes values, never overwrites a formula cell, and reverts every cell exactly", async () => {
    const { host, office } = await setup({ sheets: [sheetSpec()] });
    const before = snapshotSheet(sheetOf(office.workbook, SHEET));
    const token = await host.applyEdits([
      { sheet: SHEET, cell: "C2", value: "CĐ2" },
      { sheet: SHEET, cell: "C4", value: "CĐ3" },
      { sheet: SHEET, cell: "E3", value: 999 }, // a formula: refused
      { sheet: SHEET, cell: "D4", value: 2021 }, // an error value
      { sheet: SHEET, cell: "D5", value: "15/07/2023" }, // a date cell given text
      { sheet: SHEET, cell: "F2", value: "mới" }, // an empty cell
      { sheet: SHEET, cell: "E5", value: 0 }, // a boolean
      { sheet: SHEET, cell: "F4", value: "thay" }, // text that looked like a formula
      { sheet: SHEET, cell: "D3", value: 2021 }, // a number into a text-formatted cell
      { sheet: SHEET, cell: "Z", value: 1 }, // not an address
    ]);
    expect(token.kind).toBe("edits");
    expect(token.cells).toBe(8);
    expect(token.skipped).toEqual([
      { sheet: SHEET, cell: "Z", reason: "bad-address" },
      { sheet: SHEET, cell: "E3", reason: "formula" },
    ]);
    const wb = office.workbook;
    expect(valuesIn(wb, SHEET, "C2:F2")).toEqual([["CĐ2", 2019, 150, "mới"]]);
    expect(formulaIn(wb, SHEET, "E3")).toBe("=E2*2");
    expect(valuesIn(wb, SHEET, "C4:D4")).toEqual([["CĐ3", 2021]]);
    expect(valuesIn(wb, SHEET, "D5:E5")).toEqual([["15/07/2023", 0]]);
    // A number in a text-formatted cell is a number, and the cell keeps its "@" format.
    expect(cellIn(wb, SHEET, "D3")).toMatchObject({ value: 2021, numberFormat: "@" });
    // User formats are left as they were.
    expect(cellIn(wb, SHEET, "D5")?.numberFormat).toBe("dd/mm/yyyy");
    expect(cellIn(wb, SHEET, "C2")?.numberFormat ?? "General").toBe("General");

    await host.revert(token);
    expect(snapshotSheet(sheetOf(wb, SHEET))).toEqual(before);
    // Three syncs each way (what the workbook allows, the cells, then the write), whatever the
    // number of cells.
    expect(office.stats.syncs).toBe(6);
    expect(office.stats.runs).toBe(2);
  });

  it("keeps text beginning with =, +, -, @ (and text that looks like a number or a date) as text", async () => {
    const { host, office } = await setup({ sheets: [sheetSpec()] });
    const texts = [
      "=SUM(A1:A3)",
      "+84 912 345 678",
      "-",
      "- đã tự đánh giá",
      "@ QĐ 15",
      "0123",
      "01/02/2024",
      "TRUE",
      "#N/A",
      "'quoted",
    ];
    const edits = texts.map((value, i) => ({ sheet: SHEET, cell: `G${i + 1}`, value }));
    const token = await host.applyEdits(edits);
    expect(token.cells).toBe(texts.length);
    const wb = office.workbook;
    texts.forEach((t, i) => {
      const cell = cellIn(wb, SHEET, `G${i + 1}`);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.error).toBeUndefined();
      expect(cell?.value).toBe(t);
      // The user's (General) format is back; the content stays text.
      expect(cell?.numberFormat ?? "General").toBe("General");
    });
    await host.revert(token);
    texts.forEach((_, i) => expect(cellIn(wb, SHEET, `G${i + 1}`)?.value ?? null).toBeNull());
  });

  it("leaves a cell the user changed after the fix as the user made it", async () => {
    const { host, office } = await setup({ sheets: [sheetSpec()] });
    const token = await host.applyEdits([
      { sheet: SHEET, cell: "C2", value: "CĐ2" },
      { sheet: SHEET, cell: "C5", value: "CĐ3" },
    ]);
    const c5 = cellIn(office.workbook, SHEET, "C5");
    if (c5) c5.value = "CĐ3 (đã sửa tay)";
    const outcome = await host.revertWithOutcome(token);
    expect(outcome).toEqual({ restored: 1, changed: [{ sheet: SHEET, cell: "C5", reason: "changed" }] });
    expect(valuesIn(office.workbook, SHEET, "C2:C5")).toEqual([
      ["cấp độ 2"],
      ["CĐ2-MĐ1"],
      ["0123"],
      ["CĐ3 (đã sửa tay)"],
    ]);
    // A token is used once.
    expect(await host.revertWithOutcome(token)).toEqual({ restored: 0, changed: [] });
  });

  it("fixes a whole column in three syncs and one range per run, also on the 1.7 floor", async () => {
    for (const apiVersion of ["1.9", "1.7"]) {
      const rows = Array.from({ length: 3_000 }, (_, i) => [i + 1, `Trường ${i + 1}`, "cấp độ 2"]);
      const { host, office } = await setup({ sheets: [{ name: SHEET, rows }] }, { apiVersion });
      const before = snapshotSheet(sheetOf(office.workbook, SHEET));
      const edits = rows.map((_, i) => ({ sheet: SHEET, cell: `C${i + 1}`, value: "CĐ2" }));
      const token = await host.applyEdits(edits);
      expect(token.cells).toBe(3_000);
      expect(valuesIn(office.workbook, SHEET, "C2999:C3000")).toEqual([["CĐ2"], ["CĐ2"]]);
      expect(office.stats.syncs).toBe(3);
      // One run: a handful of operations, not thousands.
      expect(office.stats.operations).toBeLessThan(30);
      await host.revert(token);
      expect(snapshotSheet(sheetOf(office.workbook, SHEET))).toEqual(before);
    }
  });

  it("reports edits on a sheet that no longer exists as skipped", async () => {
    const { host } = await setup({ sheets: [sheetSpec()] });
    const token = await host.applyEdits([{ sheet: "Không có", cell: "A1", value: "x" }]);
    expect(token).toMatchObject({
      cells: 0,
      skipped: [{ sheet: "Không có", cell: "A1", reason: "no-sheet" }],
    });
  });
});
