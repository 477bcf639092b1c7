import type { CellValue } from "../../grid";
import { check, excelDate, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "renewal-due";
const OPTIONS = planOptions(2025);
const TITLE = [
  "DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA HUYỆN CAO LỘC",
  "(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2025)",
];
const HEADER = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận", "Hình thức"];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const ROWS: readonly (readonly CellValue[])[] = [
  [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2020", null],
  [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", 2020, null],
  [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "31/07/2020", "Công nhận lại"],
  [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "31/12/2019", null],
  [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", excelDate(1, 1, 2020), null],
  [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ3-MĐ2", "15/03/2021", null],
  [7, "TH Kim Đồng", "Phường Vĩnh Trại", "Chưa đạt", "15/03/2020", null],
  [8, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "CĐ2-MĐ1", "03/2020", null],
];

const cases: readonly Case[] = [
  {
    name: "recognitions expiring within the plan year, planned or not",
    header: HEADER,
    rows: ROWS,
    expected: [
      [0, "Ngày công nhận", "info"],
      [1, "Ngày công nhận", "info"],
      [2, "Ngày công nhận", "info"],
      [4, "Ngày công nhận", "info"],
      [7, "Ngày công nhận", "info"],
    ],
  },
  {
    name: "an expiry column is used as written",
    header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận", "Ngày hết hạn"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2020, "15/03/2026"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", 2021, "30/06/2025"],
    ],
    expected: [[1, "Ngày hết hạn", "info"]],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("messages give the expiry and the dossier deadline 5 months before it", () => {
    const found = findingsOf(check(sheet({ header: HEADER, rows: ROWS }), OPTIONS), RULE);
    expect(found.map((f) => f.value)).toEqual(["15/03/2020", "2020", "31/07/2020", "01/01/2020", "03/2020"]);
    expectMessage(
      found[0],
      ["Công nhận hết hạn 15/03/2025", "đăng ký đánh giá ngoài: 15/10/2024"],
      ["15/03/2025", "15/10/2024"],
    );
    expectMessage(found[1], ["hết hạn 2025"], ["2025"]);
    expectMessage(found[2], ["hết hạn 31/07/2025", ": 28/02/2025"], ["28/02/2025"]);
    expectMessage(found[3], ["hết hạn 01/01/2025", ": 01/08/2024"], ["01/08/2024"]);
    expectMessage(found[4], ["hết hạn 03/2025", ": 10/2024"], ["10/2024"]);
    expect(found[0]?.regime).toBe("tt2018");
    expectBasis(found[0], ["Điều 35", "5 tháng"], ["5 months"]);
  });
});
