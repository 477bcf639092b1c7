import type { CellValue } from "../../grid";
import { check, excelDate, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectMessage, expectNoBasis } from "../../../../test/helpers/messages";

const RULE = "date-invalid";
const OPTIONS = planOptions(2025);
const TITLE = ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA HUYỆN CAO LỘC", "(Kèm theo Báo cáo số 112/BC-UBND)"];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const DECISION = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận"];
const OTHERS = [
  "STT",
  "Tên trường",
  "Xã/phường",
  "Mã công nhận",
  "Năm công nhận trước",
  "Hết hạn",
  "Năm thành lập",
  "Năm đề nghị",
];

const cases: readonly Case[] = [
  {
    name: "decision dates: unreadable, before 1990, or after the plan year + 1",
    header: DECISION,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/13/2019"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "31/02/2020"],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", 1989],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", 1990],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ2-MĐ1", 2027],
      [7, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ2-MĐ1", 2026],
      [8, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "CĐ2-MĐ1", "31/12/2026"],
      [9, "TH&THCS Na Ư", "Xã Na Ư", "CĐ2-MĐ1", "01/01/2027"],
      [10, "MN Tuổi Thơ", "Phường Đông Kinh", "CĐ2-MĐ1", "không rõ"],
      [11, "MN Sơn Ca", "Phường Đông Kinh", "CĐ2-MĐ1", { error: "#N/A" }],
      [12, "THPT Cao Lộc", "Thị trấn Cao Lộc", "CĐ2-MĐ1", excelDate(4, 1, 2024)],
      [13, "THPT Đồng Đăng", "Thị trấn Đồng Đăng", "CĐ2-MĐ1", "04/01/2024"],
      [14, "MN Hoa Hồng", "Xã Ia Chim", "-", null],
    ],
    expected: [
      [1, "Ngày công nhận", "error"],
      [2, "Ngày công nhận", "error"],
      [3, "Ngày công nhận", "error"],
      [5, "Ngày công nhận", "error"],
      [8, "Ngày công nhận", "error"],
      [9, "Ngày công nhận", "error"],
    ],
  },
  {
    name: "previous date, expiry (up to 5 years ahead), founding year (from 1800) and plan year (no upper bound)",
    header: OTHERS,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2016, "15/03/2026", 1995, 2025],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", 1988, 2031, 1965, "2026"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", 2019, 2032, "1799", 2030],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", 2020, "15/03/2025", 2027, "Giai đoạn 2026-2030"],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", null, null, 1896, 1985],
    ],
    expected: [
      [1, "Năm công nhận trước", "error"],
      [2, "Hết hạn", "error"],
      [2, "Năm thành lập", "error"],
      [3, "Năm thành lập", "error"],
      [3, "Năm đề nghị", "error"],
      [4, "Năm đề nghị", "error"],
    ],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("the plan year the user chooses moves the limit", () => {
    const s = sheet({ header: DECISION, rows: [[1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2027]] });
    expect(only(check(s, planOptions(2026)), RULE)).toEqual([]);
    expect(only(check(s, planOptions(2025)), RULE)).toEqual(hits(s, [[0, "Ngày công nhận", "error"]]));
  });

  test("messages say what is wrong with which date", () => {
    const first = cases[0];
    const second = cases[1];
    if (!first || !second) throw new Error("no case");
    const d = findingsOf(check(sheet({ header: first.header, rows: first.rows }), OPTIONS), RULE);
    expectMessage(
      d[0],
      ['Ngày/năm công nhận "15/13/2019" không đọc được', "dd/mm/yyyy"],
      ['"15/13/2019"', "dd/mm/yyyy"],
    );
    expectMessage(d[2], ['Ngày/năm công nhận "1989" trước năm 1990'], ["before 1990"]);
    expectMessage(d[3], ['Ngày/năm công nhận "2027" sau năm 2026'], ["after 2026"]);
    expect(d[0]?.value).toBe("15/13/2019");
    expectNoBasis(d[0]);
    const o = findingsOf(check(sheet({ header: second.header, rows: second.rows }), OPTIONS), RULE);
    expectMessage(o[0], ['Ngày/năm công nhận lần trước "1988"'], ["Previous recognition date"]);
    expectMessage(o[1], ['Ngày hết hạn "2032" sau năm 2031'], ["Expiry date"]);
    expectMessage(o[2], ['Năm thành lập "1799" trước năm 1800'], ["Founding year"]);
    expectMessage(o[3], ['Năm thành lập "2027" sau năm 2026'], ["Founding year"]);
    expectMessage(o[4], ['Năm kế hoạch "Giai đoạn 2026-2030" không đọc được'], ["Plan year"]);
    expectMessage(o[5], ['Năm kế hoạch "1985" trước năm 1990'], ["Plan year"]);
  });
});
