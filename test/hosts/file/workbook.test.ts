import ExcelJS from "exceljs";
import type { Grid } from "../../../src/core/grid";
import { readSchoolTables, sourceOf, valueOf } from "../../../src/core/table/read";
import { loadGridsFromBuffer } from "../../../src/hosts/file/buffer";
import { gridsFromWorkbook, toCellValue } from "../../../src/hosts/file/workbook";

async function roundTrip(wb: ExcelJS.Workbook, name = "list.xlsx"): Promise<Grid[]> {
  const buffer = await wb.xlsx.writeBuffer();
  return loadGridsFromBuffer(new Uint8Array(buffer as ArrayBuffer), name);
}

function huongTra(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet("Phụ lục");
  ws.getCell("A1").value =
    "DANH SÁCH CƠ SỞ GIÁO DỤC CÔNG NHẬN TRƯỜNG ĐẠT KIỂM ĐỊNH\nCHẤT LƯỢNG GIÁO DỤC VÀ TRƯỜNG ĐẠT CHUẨN QUỐC GIA, NĂM 2024";
  ws.mergeCells("A1:D1");
  ws.getCell("A2").value = "(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2024 của UBND thị xã Hương Trà)";
  ws.mergeCells("A2:D2");
  ws.addRow([]);
  ws.addRow(["TT", "CƠ SỞ GIÁO DỤC", "TÍCH HỢP KĐCLGD&CQG", "GHI CHÚ"]);
  const schools: [string, string, string][] = [
    ["MN Hương Xuân", "CĐ2-MĐ1", "CN Lần đầu"],
    ["MN Tứ Hạ", "CĐ2-MĐ1", "CN lại"],
    ["TH Số 2 Tứ Hạ", "CĐ3-MĐ2", "CN lại"],
    ["THCS Lê Thuyết", "CĐ2-MĐ1", "CN Lần đầu"],
  ];
  schools.forEach(([n, c, a], i) => ws.addRow([`${i + 1}.`, n, c, a]));
  ws.addRow([]);
  const footer = ws.addRow(["Danh sách này gồm: 4 đơn vị./."]);
  ws.mergeCells(footer.number, 1, footer.number, 4);
  return ws;
}

describe("gridsFromWorkbook", () => {
  it("reads the Hương Trà appendix with merged titles through the loader", async () => {
    const wb = new ExcelJS.Workbook();
    huongTra(wb);
    wb.addWorksheet("Trống");
    const grids = await roundTrip(wb);
    expect(grids.map((g) => g.sheet)).toEqual(["Phụ lục", "Trống"]);
    const g = grids[0]!;
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 4 },
        { top: 2, left: 1, bottom: 2, right: 4 },
        { top: 10, left: 1, bottom: 10, right: 4 },
      ]),
    );
    expect(g.merges).toHaveLength(3);
    // Cells covered by a merge are empty, as in Excel.
    expect(g.cells[0]![1] ?? null).toBeNull();

    const [t] = readSchoolTables(g);
    expect([t!.headerTop, t!.headerRow, t!.left, t!.right, t!.bottom]).toEqual([4, 4, 1, 4, 10]);
    expect(Object.values(t!.columns).map((c) => `${c.field}@${c.col}`)).toEqual([
      "seq@1",
      "name@2",
      "combinedCode@3",
      "action@4",
    ]);
    expect(t!.rows.map((r) => `${r.row}:${r.kind}`)).toEqual([
      "5:school",
      "6:school",
      "7:school",
      "8:school",
      "9:blank",
      "10:footer",
    ]);
    expect(sourceOf(t!, t!.rows[2]!, "combinedCode")?.address).toBe("C7");
    expect(valueOf(t!, t!.rows[2]!, "action")).toBe("CN lại");
    expect(readSchoolTables(grids[1]!)).toEqual([]);
  });

  it("converts error cells, formula results, rich text, hyperlinks, dates and shared formulas", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("DS");
    ws.addRow(["STT", "Tên trường", "Cấp độ", "Ngày công nhận", "Kinh phí", "Website"]);
    ws.addRow([
      1,
      { richText: [{ text: "TH " }, { text: "Số 1", font: { bold: true } }] },
      { error: "#N/A" },
      new Date(Date.UTC(2019, 4, 20)),
      { formula: "1/0", result: { error: "#DIV/0!" } },
      { text: "trang web", hyperlink: "https://example.edu.vn" },
    ]);
    ws.addRow([2, "TH Số 2", { error: "#REF!" }, "20/05/2019", { formula: "E4*2", result: 30 }, null]);
    ws.addRow([3, "TH Số 3", 2, 2019, 15, { formula: "A1", result: "văn bản" }]);
    ws.addRow([4, "TH Số 4", 3, null, { formula: "SUM(E2:E4)" }]);
    ws.addRow(["Tổng cộng", null, null, null, { formula: "SUM(E2:E6)", result: { error: "#VALUE!" } }]);

    const [g] = await roundTrip(wb);
    const row = (n: number) => g!.cells[n - 1]!;
    expect(row(2)[1]).toBe("TH Số 1");
    expect(row(2)[2]).toEqual({ error: "#N/A" });
    expect(row(2)[3]).toEqual(new Date(Date.UTC(2019, 4, 20)));
    expect(row(2)[4]).toEqual({ error: "#DIV/0!" });
    expect(row(2)[5]).toBe("trang web");
    expect(row(3)[2]).toEqual({ error: "#REF!" });
    expect(row(3)[4]).toBe(30);
    expect(row(4)[5]).toBe("văn bản");
    expect(row(5)[4] ?? null).toBeNull(); // a formula never calculated has no value
    expect(row(6)[4]).toEqual({ error: "#VALUE!" });

    const [t] = readSchoolTables(g!);
    expect(t!.rows.map((r) => `${r.row}:${r.kind}`)).toEqual([
      "2:school",
      "3:school",
      "4:school",
      "5:school",
      "6:total",
    ]);
    expect(valueOf(t!, t!.rows[0]!, "accreditation")).toEqual({ error: "#N/A" });
  });

  it("reads shared formulas by their cached results", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 1;
    ws.getCell("B1").value = {
      formula: "A1*2",
      result: 2,
      shareType: "shared",
      ref: "B1:B3",
    } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell("A2").value = 2;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 4 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("A3").value = 3;
    ws.getCell("B3").value = {
      sharedFormula: "B1",
      result: { error: "#N/A" },
    } as unknown as ExcelJS.CellSharedFormulaValue;
    const [g] = await roundTrip(wb);
    expect(g!.cells.map((r) => r[1])).toEqual([2, 4, { error: "#N/A" }]);
  });

  it("reads a two-row merged header written by Excel", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("CQG");
    ws.getCell("A1").value = "DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2024";
    ws.mergeCells("A1:H1");
    ws.getRow(3).values = [
      "STT",
      "Tên trường",
      "Cấp học",
      "Xã/phường",
      "Kết quả công nhận",
      null,
      "Năm công nhận",
      "Kinh phí (triệu đồng)",
    ];
    ws.getRow(4).values = [null, null, null, null, "KĐCLGD", "CQG"];
    for (const c of ["A", "B", "C", "D", "G", "H"]) ws.mergeCells(`${c}3:${c}4`);
    ws.mergeCells("E3:F3");
    ws.getRow(5).values = ["I. Mầm non"];
    ws.mergeCells("A5:H5");
    ws.getRow(6).values = [
      1,
      "MN Hương Xuân",
      "Mầm non",
      "Hương Xuân",
      "Cấp độ 2",
      "Mức độ 1",
      2019,
      "44.497",
    ];
    ws.getRow(7).values = [null, "Cộng", null, null, null, null, null, 44497];
    const [g] = await roundTrip(wb);
    const [t] = readSchoolTables(g!);
    expect([t!.headerTop, t!.headerRow]).toEqual([3, 4]);
    expect(t!.columns.accreditation).toEqual({
      field: "accreditation",
      col: 5,
      header: "Kết quả công nhận KĐCLGD",
      how: "header",
    });
    expect(t!.columns.standard).toEqual({
      field: "standard",
      col: 6,
      header: "Kết quả công nhận CQG",
      how: "header",
    });
    expect(t!.columns.budget?.col).toBe(8);
    expect(t!.rows.map((r) => `${r.row}:${r.kind}`)).toEqual(["5:group", "6:school", "7:total"]);
  });

  it("reads Excel tables (ListObjects) added with addTable", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Bảng");
    ws.getCell("A1").value = "Danh sách";
    ws.addTable({
      name: "DanhSachMN",
      ref: "A3",
      headerRow: true,
      columns: [{ name: "STT" }, { name: "Tên trường" }, { name: "Mức độ" }],
      rows: [
        [1, "MN A", "MĐ1"],
        [2, "MN B", "MĐ2"],
      ],
    });
    ws.addTable({
      name: "DanhSachTH",
      ref: "F3",
      headerRow: true,
      columns: [{ name: "TT" }, { name: "Tên đơn vị" }],
      rows: [[1, "TH C"]],
    });
    const [g] = await roundTrip(wb);
    expect(g!.tables).toEqual([
      { name: "DanhSachMN", range: { top: 3, left: 1, bottom: 5, right: 3 }, hasHeader: true },
      { name: "DanhSachTH", range: { top: 3, left: 6, bottom: 4, right: 7 }, hasHeader: true },
    ]);
    const tables = readSchoolTables(g!);
    expect(tables.map((t) => [t.tableName, t.headerRow, t.left, t.right, t.bottom, t.rows.length])).toEqual([
      ["DanhSachMN", 3, 1, 3, 5, 2],
      ["DanhSachTH", 3, 6, 7, 4, 1],
    ]);
    expect(tables[1]!.columns.name?.col).toBe(7);
  });

  it("converts values without a file too", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "";
    ws.getCell("B1").value = { richText: [] };
    ws.getCell("C1").value = true;
    const [g] = gridsFromWorkbook(wb);
    expect(g!.cells[0]).toEqual([null, null, true]);
    expect(
      toCellValue({
        text: { richText: [{ text: "a" }, { text: "b" }] },
        hyperlink: "x",
      } as unknown as ExcelJS.CellValue),
    ).toBe("ab");
    expect(toCellValue(Number.NaN)).toBeNull();
  });
});
