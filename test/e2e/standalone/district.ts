/**
 * A district list as offices keep it, for the standalone page's tests: huyện Bình Sơn, plan year 2024.
 * Merged title rows, a two-row header ("Kết quả công nhận" over KĐCLGD | CQG), `1.` numbering, group
 * rows, dates as real dates (dd/mm/yyyy), budgets in triệu đồng with a thousands format, notes that
 * begin with "=", "-" or "+" (text, never formulas), a "Tổng cộng" row and a footer; a second sheet of
 * the user's own with formulas and formatting; a custom document property of the user's.
 *
 * Faults planted (sheet "Danh sách trường"):
 *   E9   code-noncanonical   "cấp độ 3" (fix: CĐ3)
 *   C17  type-name-mismatch  THCS Lê Lợi filed under "Tiểu học"
 *   B20  duplicate-school    TH Bình Minh, xã Bình Minh, repeats row 15
 *   I28  total-mismatch      Tổng cộng typed 3.950; the rows make 3.590
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export const DISTRICT_FILE = "danh-sach-binh-son.xlsx";
export const LIST_SHEET = "Danh sách trường";
export const NOTES_SHEET = "Ghi chú";
export const PLAN_YEAR = 2024;
export const USER_PROPERTY = { name: "Người lập", value: "Nguyễn Thị Hoa" };

type Row = readonly [
  name: string,
  level: string,
  commune: string,
  kd: string,
  cqg: string,
  date: Date | null,
  action: string | null,
  budget: number | null,
  source: string | null,
  note: string | null,
];

const d = (day: number, month: number, year: number): Date => new Date(Date.UTC(year, month - 1, day));

const GROUPS: readonly { marker: string; label: string; rows: readonly Row[] }[] = [
  {
    marker: "I",
    label: "Mầm non",
    rows: [
      ["MN Hoa Mai", "Mầm non", "Thị trấn Bình Sơn", "CĐ2", "MĐ1", d(12, 5, 2021), null, null, null, null],
      ["MN Bình Minh", "Mầm non", "Xã Bình Minh", "cấp độ 3", "MĐ2", d(3, 11, 2020), null, null, null, null],
      [
        "MN Sơn Ca",
        "Mầm non",
        "Xã Bình Thạnh",
        "CĐ1",
        "-",
        null,
        "Công nhận mới",
        850,
        "Ngân sách huyện",
        "=> bổ sung hồ sơ tự đánh giá",
      ],
      [
        "MN Tuổi Thơ",
        "Mầm non",
        "Xã Bình Hòa",
        "CĐ2",
        "MĐ1",
        d(20, 8, 2022),
        null,
        null,
        null,
        "- đã rà soát",
      ],
      ["MN Hướng Dương", "Mầm non", "Xã Bình Tân", "CĐ3", "MĐ2", d(15, 1, 2023), null, null, null, null],
    ],
  },
  {
    marker: "II",
    label: "Tiểu học",
    rows: [
      ["TH Bình Sơn", "Tiểu học", "Thị trấn Bình Sơn", "CĐ3", "MĐ2", d(9, 9, 2021), null, null, null, null],
      ["TH Bình Minh", "Tiểu học", "Xã Bình Minh", "CĐ2", "MĐ1", d(14, 4, 2022), null, null, null, null],
      ["TH Bình Thạnh", "Tiểu học", "Xã Bình Thạnh", "CĐ2", "MĐ1", d(2, 6, 2020), null, null, null, null],
      [
        "THCS Lê Lợi",
        "Tiểu học",
        "Thị trấn Bình Sơn",
        "CĐ2",
        "MĐ1",
        d(25, 3, 2021),
        null,
        null,
        null,
        "+ điểm lẻ thôn 3",
      ],
      [
        "TH Bình Hòa",
        "Tiểu học",
        "Xã Bình Hòa",
        "CĐ1",
        "-",
        null,
        "Công nhận mới",
        1200,
        "Ngân sách tỉnh",
        null,
      ],
      ["TH Bình Tân", "Tiểu học", "Xã Bình Tân", "CĐ2", "MĐ1", d(30, 10, 2022), null, null, null, null],
      ["TH Bình Minh", "Tiểu học", "Xã Bình Minh", "CĐ2", "MĐ1", d(14, 4, 2022), null, null, null, null],
    ],
  },
  {
    marker: "III",
    label: "Trung học cơ sở",
    rows: [
      ["THCS Bình Sơn", "THCS", "Thị trấn Bình Sơn", "CĐ3", "MĐ2", d(11, 12, 2020), null, null, null, null],
      [
        "THCS Bình Minh",
        "THCS",
        "Xã Bình Minh",
        "CĐ2",
        "MĐ1",
        d(5, 5, 2019),
        "Công nhận lại",
        640,
        "Ngân sách huyện",
        null,
      ],
      ["THCS Bình Thạnh", "THCS", "Xã Bình Thạnh", "CĐ2", "MĐ1", d(19, 2, 2021), null, null, null, null],
      [
        "THCS Bình Hòa",
        "THCS",
        "Xã Bình Hòa",
        "CĐ1",
        "-",
        null,
        "Công nhận mới",
        900,
        "Chương trình MTQG",
        null,
      ],
      ["THCS Bình Tân", "THCS", "Xã Bình Tân", "CĐ2", "MĐ1", d(7, 7, 2022), null, null, null, null],
      ["THCS Nguyễn Du", "THCS", "Xã Bình Tân", "CĐ1", "-", null, null, null, null, null],
    ],
  },
];

export const TYPED_TOTAL = 3950;
export const TRUE_TOTAL = 850 + 1200 + 640 + 900;

const HEADER = [
  "STT",
  "Tên trường",
  "Cấp học",
  "Xã, phường",
  "Kết quả công nhận",
  null,
  "Ngày công nhận",
  "Hình thức",
  "Kinh phí (triệu đồng)",
  "Nguồn vốn",
  "Ghi chú",
];

const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** The workbook, built fresh each time. */
export function districtWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Phòng GDĐT huyện Bình Sơn";
  const ws = wb.addWorksheet(LIST_SHEET);
  ws.columns = [5, 24, 11, 18, 10, 9, 13, 16, 12, 18, 26].map((width) => ({ width }));
  const title = (row: number, text: string, bold: boolean, last = 11) => {
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = { bold, italic: !bold, size: bold ? 13 : 12 };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    ws.mergeCells(row, 1, row, last);
  };
  title(1, "UBND HUYỆN BÌNH SƠN", true, 4);
  title(2, "DANH SÁCH TRƯỜNG ĐẠT KIỂM ĐỊNH VÀ ĐẠT CHUẨN QUỐC GIA, KẾ HOẠCH NĂM 2024", true);
  ws.getRow(2).height = 32;
  title(3, "(Kèm theo Kế hoạch số 08/KH-UBND ngày 15/01/2024 của UBND huyện Bình Sơn)", false);

  ws.getRow(5).values = HEADER;
  ws.getCell(6, 5).value = "KĐCLGD";
  ws.getCell(6, 6).value = "CQG";
  for (const r of [5, 6]) {
    for (let c = 1; c <= 11; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = thin;
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    }
  }
  ws.getRow(5).height = 30;
  for (const c of [1, 2, 3, 4, 7, 8, 9, 10, 11]) ws.mergeCells(5, c, 6, c);
  ws.mergeCells(5, 5, 5, 6);

  let row = 7;
  let seq = 0;
  for (const g of GROUPS) {
    const gr = ws.getRow(row++);
    gr.getCell(1).value = g.marker;
    gr.getCell(2).value = g.label;
    gr.getCell(1).font = { bold: true };
    gr.getCell(2).font = { bold: true };
    for (const s of g.rows) {
      seq += 1;
      const r = ws.getRow(row++);
      const [name, level, commune, kd, cqg, date, action, budget, source, note] = s;
      const values: ExcelJS.CellValue[] = [
        `${seq}.`,
        name,
        level,
        commune,
        kd,
        cqg,
        date,
        action,
        budget,
        source,
        note,
      ];
      values.forEach((v, i) => {
        const cell = r.getCell(i + 1);
        if (v !== null) cell.value = v;
        cell.border = thin;
      });
      r.getCell(7).numFmt = "dd/mm/yyyy";
      r.getCell(9).numFmt = "#,##0";
    }
  }
  const total = ws.getRow(row++);
  total.getCell(2).value = "Tổng cộng";
  total.getCell(9).value = TYPED_TOTAL;
  total.getCell(9).numFmt = "#,##0";
  total.font = { bold: true };
  row += 1;
  title(row, `Danh sách này gồm: ${seq} đơn vị./.`, false);
  ws.getCell(row, 1).alignment = { horizontal: "left" };

  const notes = wb.addWorksheet(NOTES_SHEET);
  notes.columns = [{ width: 34 }, { width: 14 }];
  notes.getCell("A1").value = "Tổng hợp nhanh của người lập";
  notes.getCell("A1").font = { bold: true, color: { argb: "FF1F4E78" } };
  notes.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  notes.getCell("A2").value = "Kinh phí dự kiến (triệu đồng)";
  notes.getCell("B2").value = { formula: `SUM('${LIST_SHEET}'!I8:I30)`, result: TRUE_TOTAL };
  notes.getCell("B2").numFmt = "#,##0";
  notes.getCell("A3").value = "Số trường";
  notes.getCell("B3").value = { formula: `COUNTA('${LIST_SHEET}'!B8:B30)-2`, result: seq };
  notes.getCell("A4").value = "+84 912 345 678 (điện thoại)";
  return wb;
}

/** Line numbers of the planted faults, for the tests to point at. */
export const FAULTS = {
  noncanonical: "E9",
  typeMismatch: "C17",
  duplicate: "B20",
  total: "I28",
} as const;

const CUSTOM_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
  `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
  `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${USER_PROPERTY.name}">` +
  `<vt:lpwstr>${USER_PROPERTY.value}</vt:lpwstr></property></Properties>`;

/** The file's bytes, with the user's custom document property added as Excel writes it. */
export async function districtBytes(): Promise<Buffer> {
  const written = await districtWorkbook().xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(written as ArrayBuffer);
  zip.file("docProps/custom.xml", CUSTOM_XML);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`,
    ),
  );
  const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
    ),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
