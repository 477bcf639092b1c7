/**
 * The built-in sample list a new user sees first (`npm start`, the standalone page): the list of
 * schools of one fictional district, huyện Sơn Hà, for the plan year 2024, laid out as real lists
 * are — merged title rows, a two-row merged header ("Kết quả công nhận" over KĐCLGD | CQG), `1.`
 * numbering, group rows (I. Mầm non …), a "Tổng cộng" row and the "Danh sách này gồm …" footer.
 *
 * Most rows are clean. These faults are planted for the checker to find (plan year 2024, sheet
 * "Danh sách", header rows 5–6, groups in rows 7, 16, 26 and 32, "Tổng cộng" in row 37):
 *
 * | cell | rule                         | what is wrong                                                   |
 * |------|------------------------------|-----------------------------------------------------------------|
 * | F10  | standard-needs-accreditation | MN Sơn Lâm: KĐCLGD CĐ1 with CQG MĐ1 (mức độ 1 needs cấp độ 2)    |
 * | E11  | code-noncanonical            | MN Hà Thành: "cấp độ 2" instead of "CĐ2" (fix: CĐ2)              |
 * | G12  | recognition-expired          | MN Sơn Bình: recognised 2018, expired in 2023, no renewal       |
 * | C17  | type-name-mismatch           | THCS Hà Bắc filed under "Tiểu học" in the Cấp học column         |
 * | H20  | renewal-not-planned          | TH Hà Thành, recognised 2019: expires 2024, no renewal planned  |
 * | I22  | budget-unit-suspect          | TH Hà Trung: "1.500.000.000" (đồng, as text) in a triệu column   |
 * | G23  | cell-error                   | TH Nậm Khao: #N/A from a VLOOKUP into the "Tra cứu QĐ" sheet     |
 * | B25  | duplicate-school             | "Trường TH Sơn Bình" / "xã Sơn Bình" repeats row 21              |
 * | I37  | total-mismatch               | Tổng cộng typed 10.580: digits swapped (the rows, with 1.500     |
 * |      |                              | triệu for TH Hà Trung, make 10.850; as written, far more)       |
 *
 * and, as information rather than faults, `renewal-due` on the recognition year of the schools
 * recognised in 2019 whose renewal the list plans (G8, G18, G28, G33): their certificates expire in
 * the plan year; and on TH&THCS Hà Bắc (G35), recognised in 2020 (the year only), whose dossier may
 * be due as early as 08/2024.
 *
 * MN Hà Trung (row 13) was never recognised and says so with "Chưa đạt" in both code cells: a clean
 * row, as an empty code cell would be.
 *
 * The second sheet, "Tra cứu QĐ", is the lookup table the #N/A formula reads: it is not a school
 * list and the checker leaves it alone.
 */
import ExcelJS from "exceljs";

export const SAMPLE_PLAN_YEAR = 2024;
export const SAMPLE_SHEET = "Danh sách";
export const SAMPLE_FILE_NAME = "danh-sach-mau.xlsx";

const LOOKUP_SHEET = "Tra cứu QĐ";

type Level = "Mầm non" | "Tiểu học" | "THCS" | "TH&THCS";

/** One school row: name, level column, commune, KĐCLGD, CQG, year, action, budget, source. */
interface School {
  readonly name: string;
  readonly level: Level;
  readonly commune: string;
  readonly kd: string;
  readonly cqg: string;
  /** Recognition year; "lookup" for a VLOOKUP into the lookup sheet that finds nothing (#N/A). */
  readonly year: number | null | "lookup";
  readonly action?: string;
  readonly budget?: number | string;
  readonly source?: string;
}

interface Group {
  readonly marker: string;
  readonly label: string;
  readonly schools: readonly School[];
}

const TT = "Thị trấn Sơn Hà";

const GROUPS: readonly Group[] = [
  {
    marker: "I",
    label: "Mầm non",
    schools: [
      {
        name: "MN Thị trấn Sơn Hà",
        level: "Mầm non",
        commune: TT,
        kd: "CĐ2",
        cqg: "MĐ1",
        year: 2019,
        action: "Công nhận lại",
        budget: 350,
        source: "Ngân sách huyện",
      },
      { name: "MN Hoa Sen", level: "Mầm non", commune: TT, kd: "CĐ3", cqg: "MĐ2", year: 2021 },
      { name: "MN Sơn Lâm", level: "Mầm non", commune: "Xã Sơn Lâm", kd: "CĐ1", cqg: "MĐ1", year: 2022 },
      {
        name: "MN Hà Thành",
        level: "Mầm non",
        commune: "Xã Hà Thành",
        kd: "cấp độ 2",
        cqg: "MĐ1",
        year: 2021,
      },
      { name: "MN Sơn Bình", level: "Mầm non", commune: "Xã Sơn Bình", kd: "CĐ2", cqg: "MĐ1", year: 2018 },
      {
        name: "MN Hà Trung",
        level: "Mầm non",
        commune: "Xã Hà Trung",
        kd: "Chưa đạt",
        cqg: "Chưa đạt",
        year: null,
        action: "Công nhận mới",
        budget: 1200,
        source: "Ngân sách tỉnh",
      },
      { name: "MN Nậm Khao", level: "Mầm non", commune: "Xã Nậm Khao", kd: "CĐ2", cqg: "MĐ1", year: 2022 },
      { name: "MN Sơn Kỳ", level: "Mầm non", commune: "Xã Sơn Kỳ", kd: "CĐ2", cqg: "MĐ1", year: 2023 },
    ],
  },
  {
    marker: "II",
    label: "Tiểu học",
    schools: [
      { name: "THCS Hà Bắc", level: "Tiểu học", commune: "Xã Hà Bắc", kd: "CĐ2", cqg: "MĐ1", year: 2021 },
      {
        name: "TH Thị trấn Sơn Hà",
        level: "Tiểu học",
        commune: TT,
        kd: "CĐ3",
        cqg: "MĐ2",
        year: 2019,
        action: "Công nhận lại",
        budget: 500,
        source: "Ngân sách huyện",
      },
      {
        name: "TH Sơn Lâm",
        level: "Tiểu học",
        commune: "Xã Sơn Lâm",
        kd: "CĐ2",
        cqg: "MĐ1",
        year: 2021,
        action: "Nâng lên mức độ 2",
        budget: 2500,
        source: "Ngân sách tỉnh",
      },
      { name: "TH Hà Thành", level: "Tiểu học", commune: "Xã Hà Thành", kd: "CĐ2", cqg: "MĐ1", year: 2019 },
      { name: "TH Sơn Bình", level: "Tiểu học", commune: "Xã Sơn Bình", kd: "CĐ2", cqg: "MĐ1", year: 2021 },
      {
        name: "TH Hà Trung",
        level: "Tiểu học",
        commune: "Xã Hà Trung",
        kd: "CĐ1",
        cqg: "-",
        year: 2022,
        action: "Công nhận mới",
        budget: "1.500.000.000",
        source: "Ngân sách tỉnh",
      },
      {
        name: "TH Nậm Khao",
        level: "Tiểu học",
        commune: "Xã Nậm Khao",
        kd: "CĐ2",
        cqg: "MĐ1",
        year: "lookup",
      },
      { name: "TH Số 2 Sơn Hà", level: "Tiểu học", commune: TT, kd: "CĐ3", cqg: "MĐ2", year: 2023 },
      {
        name: "Trường TH Sơn Bình",
        level: "Tiểu học",
        commune: "xã Sơn Bình",
        kd: "CĐ2",
        cqg: "MĐ1",
        year: 2021,
      },
    ],
  },
  {
    marker: "III",
    label: "Trung học cơ sở",
    schools: [
      { name: "THCS Thị trấn Sơn Hà", level: "THCS", commune: TT, kd: "CĐ3", cqg: "MĐ2", year: 2021 },
      {
        name: "THCS Sơn Lâm",
        level: "THCS",
        commune: "Xã Sơn Lâm",
        kd: "CĐ2",
        cqg: "MĐ1",
        year: 2019,
        action: "CN lại",
        budget: 400,
        source: "Ngân sách huyện",
      },
      { name: "THCS Hà Thành", level: "THCS", commune: "Xã Hà Thành", kd: "CĐ2", cqg: "MĐ1", year: 2021 },
      {
        name: "THCS Sơn Bình",
        level: "THCS",
        commune: "Xã Sơn Bình",
        kd: "CĐ1",
        cqg: "-",
        year: 2021,
        action: "Công nhận mới",
        budget: 1800,
        source: "Ngân sách tỉnh",
      },
      { name: "THCS Hà Trung", level: "THCS", commune: "Xã Hà Trung", kd: "CĐ2", cqg: "MĐ1", year: 2022 },
    ],
  },
  {
    marker: "IV",
    label: "Tiểu học và Trung học cơ sở",
    schools: [
      {
        name: "PTDTBT TH&THCS Nậm Khao",
        level: "TH&THCS",
        commune: "Xã Nậm Khao",
        kd: "CĐ2",
        cqg: "MĐ1",
        year: 2019,
        action: "Công nhận lại",
        budget: 600,
        source: "Chương trình MTQG",
      },
      { name: "TH&THCS Sơn Kỳ", level: "TH&THCS", commune: "Xã Sơn Kỳ", kd: "CĐ1", cqg: "-", year: 2023 },
      {
        name: "TH&THCS Hà Bắc",
        level: "TH&THCS",
        commune: "Xã Hà Bắc",
        kd: "CĐ2",
        cqg: "MĐ1",
        year: 2020,
        action: "Nâng lên mức độ 2",
        budget: 2000,
        source: "Ngân sách tỉnh",
      },
      { name: "TH&THCS Suối Đá", level: "TH&THCS", commune: "Xã Suối Đá", kd: "CĐ3", cqg: "MĐ2", year: 2022 },
    ],
  },
];

/** What the author meant the total to be (1.500 triệu for TH Hà Trung), with two digits swapped. */
const TYPED_TOTAL = 10_580;

/** Recognition years of the lookup sheet; TH Nậm Khao is missing, hence the #N/A. */
const LOOKUP: readonly [string, number][] = [
  ["MN Thị trấn Sơn Hà", 2019],
  ["MN Hoa Sen", 2021],
  ["TH Thị trấn Sơn Hà", 2019],
  ["TH Sơn Lâm", 2021],
  ["THCS Sơn Lâm", 2019],
];

const COLUMNS = 10; // A..J
const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = "Times New Roman";

function styleRow(row: ExcelJS.Row, options: { bold?: boolean; border?: boolean } = {}): void {
  for (let c = 1; c <= COLUMNS; c++) {
    const cell = row.getCell(c);
    cell.font = { name: FONT, size: 12, bold: options.bold ?? false };
    if (options.border ?? true) cell.border = BOX;
    cell.alignment = {
      vertical: "middle",
      wrapText: true,
      horizontal: c === 2 || c === 4 ? "left" : "center",
    };
  }
}

function titleRow(ws: ExcelJS.Worksheet, row: number, text: string, last: number, bold: boolean): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size: bold ? 13 : 12, bold, italic: !bold };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  ws.mergeCells(row, 1, row, last);
}

/** The sample workbook, built fresh each time. */
export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kdcl";
  wb.created = new Date(Date.UTC(2024, 0, 10));
  const ws = wb.addWorksheet(SAMPLE_SHEET, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [5, 30, 11, 18, 10, 10, 11, 22, 12, 20].map((width) => ({ width }));

  titleRow(ws, 1, "UBND HUYỆN SƠN HÀ", 3, true);
  titleRow(
    ws,
    2,
    "DANH SÁCH TRƯỜNG HỌC ĐẠT KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC VÀ TRƯỜNG ĐẠT CHUẨN QUỐC GIA, NĂM 2024",
    COLUMNS,
    true,
  );
  ws.getRow(2).height = 36;
  titleRow(ws, 3, "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2024 của UBND huyện Sơn Hà)", COLUMNS, false);

  // Rows 5–6: the two-row header; every column but the group is merged down over both rows.
  const head = ws.getRow(5);
  head.values = [
    "STT",
    "Tên trường",
    "Cấp học",
    "Xã, thị trấn",
    "Kết quả công nhận",
    null,
    "Năm công nhận",
    "Hình thức (công nhận mới/lại/nâng mức)",
    "Kinh phí (triệu đồng)",
    "Nguồn vốn",
  ];
  const sub = ws.getRow(6);
  sub.getCell(5).value = "KĐCLGD";
  sub.getCell(6).value = "CQG";
  styleRow(head, { bold: true });
  styleRow(sub, { bold: true });
  head.height = 33;
  for (const c of [1, 2, 3, 4, 7, 8, 9, 10]) ws.mergeCells(5, c, 6, c);
  ws.mergeCells(5, 5, 5, 6);

  let rowNumber = 7;
  let seq = 0;
  for (const group of GROUPS) {
    const g = ws.getRow(rowNumber++);
    g.getCell(1).value = group.marker;
    g.getCell(2).value = group.label;
    styleRow(g, { bold: true });
    for (const s of group.schools) {
      seq += 1;
      const r = ws.getRow(rowNumber);
      const year: ExcelJS.CellValue =
        s.year === "lookup"
          ? {
              formula: `VLOOKUP(B${rowNumber},'${LOOKUP_SHEET}'!$A$2:$B$40,2,FALSE)`,
              result: { error: "#N/A" },
            }
          : s.year;
      rowNumber += 1;
      const values: ExcelJS.CellValue[] = [
        `${seq}.`,
        s.name,
        s.level,
        s.commune,
        s.kd,
        s.cqg,
        year,
        s.action ?? null,
        s.budget ?? null,
        s.source ?? null,
      ];
      values.forEach((v, i) => {
        if (v !== null) r.getCell(i + 1).value = v;
      });
      styleRow(r);
      r.getCell(9).numFmt = "#,##0";
    }
  }

  const total = ws.getRow(rowNumber++);
  total.getCell(2).value = "Tổng cộng";
  total.getCell(9).value = TYPED_TOTAL;
  styleRow(total, { bold: true });
  total.getCell(9).numFmt = "#,##0";

  rowNumber += 1;
  titleRow(ws, rowNumber, `Danh sách này gồm: ${seq} đơn vị./.`, COLUMNS, false);
  ws.getCell(rowNumber, 1).alignment = { horizontal: "left" };

  ws.views = [{ state: "frozen", ySplit: 6 }];

  const lookup = wb.addWorksheet(LOOKUP_SHEET);
  lookup.columns = [{ width: 30 }, { width: 12 }];
  lookup.getRow(1).values = ["Danh sách quyết định đã nhận (để tra năm)"];
  LOOKUP.forEach(([name, year], i) => {
    lookup.getRow(i + 2).values = [name, year];
  });
  return wb;
}

/** The sample as .xlsx bytes. */
export async function sampleWorkbookBuffer(): Promise<Uint8Array> {
  const data = await buildSampleWorkbook().xlsx.writeBuffer();
  return new Uint8Array(data as ArrayBuffer);
}
