import type { Grid } from "../../grid";
import { check, findingsOf, nfd, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import { expectMessage, expectNoBasis } from "../../../../test/helpers/messages";

const RULE = "table-not-found";
const OPTIONS = planOptions(2025);

/** A working sheet beside the list: a schedule, with no school-name column. */
const schedule = (name: string): Grid =>
  sheet({
    name,
    title: [
      "KẾ HOẠCH KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC NĂM 2025",
      "(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2025)",
    ],
    header: ["STT", "Nội dung công việc", "Thời gian thực hiện", "Người phụ trách"],
    rows: [
      [1, "Tự đánh giá", "Tháng 3/2025", "Hiệu trưởng"],
      [2, "Đăng ký đánh giá ngoài", "Tháng 5/2025", "Phó Hiệu trưởng"],
    ],
  });

const list = (name: string, nameHeader = "Tên trường"): Grid =>
  sheet({
    name,
    title: ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA HUYỆN CAO LỘC"],
    header: ["STT", nameHeader, "Xã/phường", "Mã công nhận", "Năm công nhận"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2021"],
      [2, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ3-MĐ2", 2022],
    ],
  });

const empty = (name: string): Grid => ({ sheet: name, top: 1, left: 1, cells: [], merges: [], tables: [] });

interface Case {
  readonly name: string;
  readonly grids: readonly Grid[];
  /** Sheets that get the finding, in order. */
  readonly sheets: readonly string[];
}

const cases: readonly Case[] = [
  { name: "a schedule sheet with no school-name column", grids: [schedule("Tiến độ")], sheets: ["Tiến độ"] },
  { name: "an empty sheet", grids: [empty("Sheet1")], sheets: ["Sheet1"] },
  {
    name: "two sheets, neither with a list: one finding per sheet, in sheet order",
    grids: [schedule("Tiến độ"), empty("Sheet2")],
    sheets: ["Tiến độ", "Sheet2"],
  },
  {
    name: "a list beside a schedule: the schedule is left alone",
    grids: [schedule("Tiến độ"), list("DS trường")],
    sheets: [],
  },
  { name: "a list whose name header is typed in NFD", grids: [list("DS", nfd("Tên trường"))], sheets: [] },
  { name: "a list headed CƠ SỞ GIÁO DỤC", grids: [list("DS", "CƠ SỞ GIÁO DỤC")], sheets: [] },
  {
    name: "a bare STT | Tên trường header is still a list",
    grids: [sheet({ header: ["STT", "Tên trường"], rows: [[1, "MN Hoa Sen"]] })],
    sheets: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ grids, sheets }) => {
    const findings = check(grids, OPTIONS);
    expect(only(findings, RULE)).toEqual(sheets.map(() => ({ row: null, cell: null, severity: "error" })));
    expect(findingsOf(findings, RULE).map((f) => f.sheet)).toEqual(sheets);
    // Where no list is found, nothing else can be said about the sheet.
    if (sheets.length > 0) expect(findings.every((f) => f.rule === RULE)).toBe(true);
  });

  test("message names the sheet and the columns to add, in Vietnamese and English", () => {
    const [finding] = findingsOf(check([schedule("Tiến độ")], OPTIONS), RULE);
    expectMessage(
      finding,
      ["Không tìm thấy bảng danh sách trường", '"Tiến độ"', "Tên trường"],
      ['"Tiến độ"'],
    );
    expectNoBasis(finding);
    expect(finding?.regime).toBeUndefined();
    expect(finding?.column).toBeNull();
    expect(finding?.value).toBeNull();
  });
});
