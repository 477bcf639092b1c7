/**
 * A realistic school list as arrays, for the fake workbook, the Excel host's tests and its bench:
 * merged title rows, a two-row merged header ("Kết quả công nhận" over KĐCLGD | CQG), `1.` numbering,
 * 12 columns, dates as serial numbers with a date format, a few #N/A from a VLOOKUP, a note typed as
 * the text "#N/A" (not an error), notes that start with "=", "-" or "+" (text), codes written
 * "cấp độ 2" (which the checker offers to fix), a total row and a footer. Deterministic for a given size.
 */
import type { CellSpec, SheetSpec } from "./builder";

export const LIST_COLUMNS = [
  "STT",
  "Tên trường",
  "Cấp học",
  "Xã, phường",
  "Kết quả công nhận",
  null,
  "Năm công nhận",
  "Ngày công nhận",
  "Hình thức",
  "Kinh phí (triệu đồng)",
  "Nguồn vốn",
  "Ghi chú",
] as const;

/** Worksheet row of the first school; the header occupies rows 5–6. */
export const FIRST_DATA_ROW = 7;

const LEVELS = [
  { type: "Mầm non", prefix: "MN" },
  { type: "Tiểu học", prefix: "TH" },
  { type: "THCS", prefix: "THCS" },
  { type: "TH&THCS", prefix: "TH&THCS" },
];
const PLACES = [
  "Sơn Hà",
  "Hà Thành",
  "Sơn Lâm",
  "Sơn Bình",
  "Hà Trung",
  "Nậm Khao",
  "Sơn Kỳ",
  "Hà Bắc",
  "Suối Đá",
];
const SOURCES = ["Ngân sách huyện", "Ngân sách tỉnh", "Xã hội hóa", "Chương trình MTQG"];
const NOTES = ["=> cần bổ sung hồ sơ", "- đã tự đánh giá", "+ điểm trường lẻ", "@ xem QĐ 15", "Đạt"];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface SchoolList {
  readonly sheet: SheetSpec;
  /** Worksheet rows of the schools. */
  readonly firstRow: number;
  readonly lastRow: number;
}

/** `rows` schools on a sheet named `name`. */
export function schoolList(rows: number, name = "Danh sách"): SchoolList {
  const rnd = random(20240110);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const out: CellSpec[][] = [
    ["UBND HUYỆN SƠN HÀ"],
    ["DANH SÁCH TRƯỜNG HỌC ĐẠT KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC VÀ TRƯỜNG ĐẠT CHUẨN QUỐC GIA, NĂM 2024"],
    ["(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2024 của UBND huyện Sơn Hà)"],
    [],
    [...LIST_COLUMNS],
    [null, null, null, null, "KĐCLGD", "CQG"],
  ];
  let total = 0;
  for (let i = 1; i <= rows; i++) {
    const level = LEVELS[(i - 1) % LEVELS.length] ?? LEVELS[0];
    const place = pick(PLACES);
    const r = rnd();
    const [kd, cqg] =
      r < 0.02
        ? ["cấp độ 2", "MĐ1"]
        : r < 0.1
          ? ["CĐ2", "MĐ1"]
          : r < 0.15
            ? ["Chưa đạt", "Chưa đạt"]
            : pick([
                ["CĐ2", "MĐ1"],
                ["CĐ3", "MĐ2"],
                ["CĐ1", "-"],
              ]);
    const year = 2019 + Math.floor(rnd() * 5);
    const action = rnd() < 0.2 ? pick(["Công nhận lại", "Công nhận mới", "Nâng lên mức độ 2"]) : null;
    const budget = action ? 100 * (1 + Math.floor(rnd() * 30)) : null;
    if (budget) total += budget;
    const serial = 43466 + (year - 2019) * 365 + Math.floor(rnd() * 300);
    const note: CellSpec = i % 997 === 0 ? "#N/A" : rnd() < 0.05 ? pick(NOTES) : null;
    out.push([
      `${i}.`,
      `${level?.prefix} Số ${i} ${place}`,
      level?.type,
      `Xã ${place}`,
      kd,
      cqg,
      i % 211 === 0
        ? { formula: `=VLOOKUP(B${FIRST_DATA_ROW + i - 1},'Tra cứu'!A:B,2,FALSE)`, error: "#N/A" }
        : year,
      { value: serial, numberFormat: "dd/mm/yyyy" },
      action,
      budget,
      action ? pick(SOURCES) : null,
      note,
    ]);
  }
  out.push([
    null,
    "Tổng cộng",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    { formula: `=SUM(J7:J${FIRST_DATA_ROW + rows - 1})`, value: total },
  ]);
  out.push([]);
  out.push([`Danh sách này gồm: ${rows} đơn vị./.`]);
  const footer = out.length;
  const merges = [
    "A1:C1",
    "A2:L2",
    "A3:L3",
    "A5:A6",
    "B5:B6",
    "C5:C6",
    "D5:D6",
    "E5:F5",
    "G5:G6",
    "H5:H6",
    "I5:I6",
    "J5:J6",
    "K5:K6",
    "L5:L6",
    `A${footer}:L${footer}`,
  ];
  return { sheet: { name, rows: out, merges }, firstRow: FIRST_DATA_ROW, lastRow: FIRST_DATA_ROW + rows - 1 };
}
