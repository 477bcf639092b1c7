/**
 * School lists as users keep them, for the task pane's tests: title lines, a header row, `1.`
 * numbering. The district list has these planted faults (plan year 2024, sheet "Danh sách"):
 *
 * | cell | rule                         | what is wrong                                     |
 * |------|------------------------------|---------------------------------------------------|
 * | F6   | standard-needs-accreditation | MN Sơn Lâm: CĐ1 with MĐ1                          |
 * | E7   | code-noncanonical            | "cấp độ 2" (fix CĐ2)                              |
 * | F7   | code-noncanonical            | "Mức độ 1" (fix MĐ1)                              |
 * | G8   | recognition-expired          | MN Sơn Bình recognised 2018, no renewal planned   |
 * | C9   | type-name-mismatch           | THCS Hà Bắc under "Tiểu học"                      |
 * | E10  | code-noncanonical            | "cấp độ 3" (fix CĐ3)                              |
 * | G11  | cell-error                   | #N/A in the year column                           |
 * | G12  | renewal-due (information)    | THCS Sơn Lâm recognised 2019, renewal planned     |
 */
import type { CellValue } from "../../src/core/grid";

export const SHEET = "Danh sách";
export const PLAN_YEAR = 2024;

export const HEADER = [
  "STT",
  "Tên trường",
  "Cấp học",
  "Xã/phường",
  "KĐCLGD",
  "CQG",
  "Năm công nhận",
  "Hình thức",
  "Kinh phí (triệu đồng)",
  "Nguồn vốn",
];

const TITLE: CellValue[][] = [
  ["DANH SÁCH TRƯỜNG HỌC HUYỆN SƠN HÀ"],
  ["(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2024)"],
  [],
];

/** The district list; `yearHeader` replaces "Năm công nhận" (e.g. by an abbreviation the reader misses). */
export function districtList(yearHeader = "Năm công nhận"): CellValue[][] {
  return [
    ...TITLE,
    HEADER.map((h) => (h === "Năm công nhận" ? yearHeader : h)),
    ["1.", "MN Hoa Sen", "Mầm non", "Thị trấn Sơn Hà", "CĐ3", "MĐ2", 2021, null, null, null],
    ["2.", "MN Sơn Lâm", "Mầm non", "Xã Sơn Lâm", "CĐ1", "MĐ1", 2022, null, null, null],
    ["3.", "MN Hà Thành", "Mầm non", "Xã Hà Thành", "cấp độ 2", "Mức độ 1", 2021, null, null, null],
    ["4.", "MN Sơn Bình", "Mầm non", "Xã Sơn Bình", "CĐ2", "MĐ1", 2018, null, null, null],
    ["5.", "THCS Hà Bắc", "Tiểu học", "Xã Hà Bắc", "CĐ2", "MĐ1", 2021, null, null, null],
    ["6.", "TH Sơn Lâm", "Tiểu học", "Xã Sơn Lâm", "cấp độ 3", "MĐ2", 2022, null, null, null],
    ["7.", "TH Nậm Khao", "Tiểu học", "Xã Nậm Khao", "CĐ2", "MĐ1", { error: "#N/A" }, null, null, null],
    ["8.", "THCS Sơn Lâm", "THCS", "Xã Sơn Lâm", "CĐ2", "MĐ1", 2019, "Công nhận lại", 400, "Ngân sách huyện"],
    ["9.", "THCS Sơn Bình", "THCS", "Xã Sơn Bình", "CĐ1", "-", 2021, "Công nhận mới", 1800, "Ngân sách tỉnh"],
  ];
}

/**
 * A city list shaped like the Kon Tum draft plan: 57 schools, 35 holding a valid national-standard
 * recognition on 31/12/2024 (61,40%); two 2019 recognitions renewed in 2024 (6.667,5 triệu each) and
 * two new recognitions (15.581 triệu each): 44.497 triệu in all; projected 39/57 (68,42%).
 */
export function cityList(): CellValue[][] {
  const rows: CellValue[][] = [];
  let n = 0;
  const add = (
    name: string,
    type: string,
    code: [string, string],
    year: number | null,
    action?: [string, number],
  ) =>
    rows.push([
      `${++n}.`,
      name,
      type,
      `Phường ${1 + (n % 9)}`,
      code[0],
      code[1],
      year,
      action?.[0] ?? null,
      action?.[1] ?? null,
    ]);
  for (let i = 1; i <= 35; i++) {
    add(`${i % 2 ? "MN" : "TH"} Số ${i}`, i % 2 ? "Mầm non" : "Tiểu học", ["CĐ2", "MĐ1"], 2020 + (i % 4));
  }
  add("THCS Số 1", "THCS", ["CĐ2", "MĐ1"], 2019, ["Công nhận lại", 6667.5]);
  add("THCS Số 2", "THCS", ["CĐ3", "MĐ2"], 2019, ["Công nhận lại", 6667.5]);
  add("THCS Số 3", "THCS", ["Chưa đạt", "Chưa đạt"], null, ["Công nhận mới", 15581]);
  add("THCS Số 4", "THCS", ["Chưa đạt", "Chưa đạt"], null, ["Công nhận mới", 15581]);
  for (let i = 5; i <= 22; i++) add(`THCS Số ${i}`, "THCS", ["Chưa đạt", "Chưa đạt"], null);
  return [
    ["DANH SÁCH TRƯỜNG HỌC THÀNH PHỐ"],
    [],
    [
      "STT",
      "Tên trường",
      "Cấp học",
      "Xã/phường",
      "KĐCLGD",
      "CQG",
      "Năm công nhận",
      "Hình thức",
      "Kinh phí (triệu đồng)",
    ],
    ...rows,
  ];
}
