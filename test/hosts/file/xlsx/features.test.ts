/**
 * Differential tests of the lean .xlsx reader on workbooks written by exceljs: for every feature a
 * school list uses, it must read the file itself and give exactly the Grids of the exceljs path.
 */
import ExcelJS from "exceljs";
import { loadGridsFromBuffer } from "../../../../src/hosts/file/buffer";
import { bytesOf, expectSame } from "./helpers";

function list(wb: ExcelJS.Workbook, name = "Danh sách"): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getCell("A1").value = "UBND HUYỆN SƠN HÀ";
  ws.mergeCells("A1:C1");
  ws.getCell("A2").value = "DANH SÁCH TRƯỜNG ĐẠT KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC, NĂM 2024";
  ws.mergeCells("A2:H2");
  // Two-row merged header.
  ws.getRow(4).values = [
    "STT",
    "Tên trường",
    "Cấp học",
    "Kết quả công nhận",
    null,
    "Năm",
    "Ngày",
    "Kinh phí",
  ];
  ws.getRow(5).values = [null, null, null, "KĐCLGD", "CQG"];
  for (const m of ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5", "G4:G5", "H4:H5"]) ws.mergeCells(m);
  ws.addRow(["I", "Mầm non"]);
  const rows: [string, string, string, string, string, number, Date, number | null][] = [
    ["1.", "MN Hoa Sen", "Mầm non", "CĐ2", "MĐ1", 2021, new Date(Date.UTC(2021, 4, 12)), 150],
    ["2.", "TH Số 1 Sơn Hà", "Tiểu học", "CĐ3", "MĐ2", 2019, new Date(Date.UTC(2019, 11, 31)), null],
    ["3.", "THCS Lê Thuyết", "THCS", "cấp độ 2", "-", 2023, new Date(Date.UTC(2023, 0, 1, 8, 30)), 1.5],
  ];
  for (const r of rows) ws.addRow(r);
  ws.addRow([null, "Tổng cộng", null, null, null, null, null, { formula: "SUM(H7:H9)", result: 151.5 }]);
  ws.addRow([]);
  const footer = ws.addRow(["Danh sách này gồm: 3 đơn vị./."]);
  ws.mergeCells(footer.number, 1, footer.number, 8);
  return ws;
}

describe("lean reader = exceljs path, on workbooks exceljs writes", () => {
  it("reads a school list with merged titles, a two-row merged header and a footer", async () => {
    const wb = new ExcelJS.Workbook();
    list(wb);
    const [g] = await expectSame(await bytesOf(wb));
    expect(g!.sheet).toBe("Danh sách");
    expect(g!.merges).toHaveLength(10);
    expect(g!.cells[3]).toEqual([
      "STT",
      "Tên trường",
      "Cấp học",
      "Kết quả công nhận",
      null,
      "Năm",
      "Ngày",
      "Kinh phí",
    ]);
    expect(g!.cells[6]![6]).toEqual(new Date(Date.UTC(2021, 4, 12)));
  });

  it("reads rich text, hyperlinks (external and internal), errors, booleans and empty strings", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("DS");
    ws.getCell("A1").value = { richText: [{ text: "TH " }, { text: "Số 1", font: { bold: true } }] };
    ws.getCell("B1").value = { text: "Trang web", hyperlink: "https://sonha.edu.vn/?a=1&b=2" };
    ws.getCell("C1").value = { text: "Nội bộ", hyperlink: "#'DS'!A1" };
    ws.getCell("D1").value = {
      text: { richText: [{ text: "liên " }, { text: "kết", font: { italic: true } }] },
      hyperlink: "mailto:a@b.vn",
    } as unknown as ExcelJS.CellValue;
    ws.getCell("E1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("F1").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    ws.getCell("G1").value = true;
    ws.getCell("H1").value = false;
    ws.getCell("I1").value = "";
    ws.getCell("J1").value = "   ";
    ws.getCell("A3").value = ""; // a row with only an empty string: exceljs still visits it
    ws.getCell("B5").value = { text: "5", hyperlink: "https://x.vn" };
    ws.getCell("C5").value = 0;
    ws.getCell("D5").value = -0.000123;
    ws.getCell("E5").value = 1e21;
    ws.getCell("F5").value = 123456789012345;
    await expectSame(await bytesOf(wb));
  });

  it("reads formulas with cached results, shared formulas and error results", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Công thức");
    ws.getCell("A1").value = 2;
    ws.getCell("B1").value = { formula: "A1*2", result: 4 };
    ws.getCell("C1").value = { formula: "A1-2", result: 0 }; // a falsy result reads as empty in exceljs
    ws.getCell("D1").value = { formula: "A1>5", result: false };
    ws.getCell("E1").value = { formula: "A1<5", result: true };
    ws.getCell("F1").value = { formula: '"TH "&A1', result: "TH 2" };
    ws.getCell("G1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("H1").value = { formula: "NA()" }; // never calculated
    ws.getCell("I1").value = { formula: "TODAY()", result: new Date(Date.UTC(2024, 0, 10)) };
    ws.getCell("A2").value = {
      formula: "ROW()",
      result: 2,
      shareType: "shared",
      ref: "A2:A6",
    } as ExcelJS.CellValue;
    for (let r = 3; r <= 6; r++) ws.getCell(`A${r}`).value = { sharedFormula: "A2", result: r };
    ws.getCell("B3").value = { sharedFormula: "A2", result: 0 };
    ws.fillFormula("C3:C6", "A3*10", [30, 40, 50, 60]);
    await expectSame(await bytesOf(wb));
  });

  it("reads dates with built-in and custom formats, and numbers in number formats", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Ngày");
    const formats = [
      "dd/mm/yyyy",
      "d-mmm-yy",
      "[$-42A]dd mmmm yyyy",
      "h:mm:ss",
      "[h]:mm",
      "mm:ss.0",
      'dd"/"mm',
      "yyyy",
      '0.00 "ngày"',
      '#,##0 "đ"',
      "0.00%",
      "@",
      "General",
      "[Red]#,##0",
      "0\\m",
    ];
    formats.forEach((numFmt, i) => {
      const a = ws.getCell(i + 1, 1);
      a.value = 45300.25;
      a.numFmt = numFmt;
      const b = ws.getCell(i + 1, 2);
      b.value = new Date(Date.UTC(2024, 1, 29, 12));
      b.numFmt = numFmt;
      const c = ws.getCell(i + 1, 3);
      c.value = { formula: "TODAY()", result: 45300 };
      c.numFmt = numFmt;
    });
    ws.getCell("D1").value = new Date(Date.UTC(1900, 0, 1));
    ws.getCell("D2").value = new Date(Date.UTC(2099, 11, 31, 23, 59, 59));
    await expectSame(await bytesOf(wb));
  });

  it("reads the 1904 date system", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("1904");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 0, 10));
    ws.getCell("A2").value = 1000;
    ws.getCell("A2").numFmt = "dd/mm/yyyy";
    ws.getCell("A3").value = { formula: "A2+1", result: 1001 };
    ws.getCell("A3").numFmt = "mm-dd-yy";
    const [g] = await expectSame(await bytesOf(wb));
    expect(g!.cells[0]![0]).toEqual(new Date(Date.UTC(2024, 0, 10)));
  });

  it("reads Excel tables, several per sheet and on several sheets", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Bảng");
    ws.addTable({
      name: "DanhSach",
      ref: "B2",
      headerRow: true,
      columns: [{ name: "STT" }, { name: "Tên trường" }, { name: "Cấp độ" }],
      rows: [
        [1, "TH A", "CĐ2"],
        [2, "TH B", "CĐ3"],
      ],
    });
    ws.addTable({
      name: "KinhPhi",
      displayName: "Kinh_phi",
      ref: "F2",
      headerRow: true,
      totalsRow: true,
      columns: [{ name: "Nguồn" }, { name: "Số tiền", totalsRowFunction: "sum" }],
      rows: [["Tỉnh", 100]],
    } as ExcelJS.TableProperties);
    const ws2 = wb.addWorksheet("Khác");
    ws2.addTable({ name: "Bang3", ref: "A1", columns: [{ name: "X" }], rows: [[1], [2]] });
    const grids = await expectSame(await bytesOf(wb));
    expect(grids[0]!.tables.map((t) => t.name)).toEqual(["DanhSach", "Kinh_phi"]);
  });

  it("reads several sheets in order, with Vietnamese names, hidden and very hidden ones, and empty ones", async () => {
    const wb = new ExcelJS.Workbook();
    list(wb, "Phụ lục 1");
    wb.addWorksheet("Trống");
    const hidden = wb.addWorksheet("Ẩn & <riêng>", { state: "hidden" });
    hidden.getCell("C3").value = "bí mật";
    const very = wb.addWorksheet("Rất ẩn", { state: "veryHidden" });
    very.getCell("A1").value = 1;
    list(wb, "Tổng hợp 'quý' 1");
    const grids = await expectSame(await bytesOf(wb));
    expect(grids.map((g) => g.sheet)).toEqual([
      "Phụ lục 1",
      "Trống",
      "Ẩn & <riêng>",
      "Rất ẩn",
      "Tổng hợp 'quý' 1",
    ]);
  });

  it("reads huge strings, NFD text, control-like escapes, line breaks and odd characters", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Chuỗi");
    ws.getCell("A1").value = "Trường ".repeat(4000) + "cuối";
    ws.getCell("A2").value = "Trường Tiểu học Sơn Hà".normalize("NFD");
    ws.getCell("A3").value = "dòng 1\ndòng 2\r\ndòng 3\rdòng 4";
    ws.getCell("A4").value = "_x000D_ và _x0041_ và _x005F_x0041_";
    ws.getCell("A5").value = "A & B < C > D \" E ' F &amp; &lt;";
    ws.getCell("A6").value = "  khoảng trắng  ";
    ws.getCell("A7").value = "😀 ký tự ngoài BMP 𝔘";
    ws.getCell("A8").value = "\t tab";
    ws.getCell("A9").value = { richText: [{ text: "a_x0042_" }, { text: "\nb" }] };
    await expectSame(await bytesOf(wb));
  });

  it("reads cells far from A1, sparse rows and wide rows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Thưa");
    ws.getCell("XFD1").value = "cuối cột";
    ws.getCell("C100000").value = 7;
    ws.getCell("AA5").value = "giữa";
    for (let c = 1; c <= 200; c++) ws.getCell(10, c).value = c % 3 === 0 ? `ô ${c}` : c;
    await expectSame(await bytesOf(wb));
  });

  it("reads merges over empty rows and past the last value", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Gộp");
    ws.getCell("A1").value = "tiêu đề";
    ws.mergeCells("A1:D3");
    ws.mergeCells("F10:G20");
    ws.getCell("B5").value = "x";
    ws.mergeCells("B5:B6");
    ws.getCell("C8").value = "không gộp";
    await expectSame(await bytesOf(wb));
  });

  it("reads past notes, images, data validation, conditional formatting, views and print setup", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = list(wb);
    ws.getCell("B7").note = "Ghi chú: trường mới sáp nhập";
    ws.getCell("C8").note = { texts: [{ text: "Cấp " }, { text: "học", font: { bold: true } }] };
    const png = Uint8Array.from(
      atob(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      ),
      (c) => c.charCodeAt(0),
    );
    const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
    ws.addImage(image, "J2:K4");
    ws.getCell("D7").dataValidation = { type: "list", allowBlank: true, formulae: ['"CĐ1,CĐ2,CĐ3,CĐ4"'] };
    ws.addConditionalFormatting({
      ref: "F7:F9",
      rules: [
        {
          type: "cellIs",
          operator: "lessThan",
          formulae: [2020],
          priority: 1,
          style: { font: { color: { argb: "FFFF0000" } } },
        },
      ],
    });
    ws.views = [{ state: "frozen", ySplit: 5, xSplit: 2 }];
    ws.pageSetup = { orientation: "landscape", printArea: "A1:H12", printTitlesRow: "4:5" };
    ws.autoFilter = "A5:H9";
    await expectSame(await bytesOf(wb));
  });

  it("is what loadGridsFromBuffer returns for .xlsx and .xlsm", async () => {
    const wb = new ExcelJS.Workbook();
    list(wb);
    const bytes = await bytesOf(wb);
    const lean = await expectSame(bytes);
    expect(await loadGridsFromBuffer(bytes, "ds.xlsx")).toStrictEqual(lean);
    expect(await loadGridsFromBuffer(bytes.buffer.slice(0) as ArrayBuffer, "ds.XLSM")).toStrictEqual(lean);
  });

  it("reads files from exceljs's streaming writer (shared strings or inline strings)", async () => {
    for (const useSharedStrings of [true, false]) {
      const stream = new (await import("node:stream")).PassThrough();
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings, useStyles: true });
      const ws = wb.addWorksheet("Luồng");
      ws.addRow(["STT", "Tên trường", "Ngày"]).commit();
      for (let i = 1; i <= 50; i++) {
        ws.addRow([`${i}.`, `Trường ${i}`, new Date(Date.UTC(2024, 0, i))]).commit();
      }
      ws.mergeCells("A60:C60");
      ws.commit();
      await wb.commit();
      await expectSame(new Uint8Array(Buffer.concat(chunks)));
    }
  });
});
