import type { CellValue } from "../../grid";
import { check, excelDate, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "renewal-too-early";
const OPTIONS = planOptions(2025);
const TITLE = ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2025"];
const HEADER = [
  "STT",
  "Tên trường",
  "Xã/phường",
  "Mã công nhận",
  "Năm công nhận",
  "Hình thức",
  "Năm đề nghị",
];

interface Case {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "fewer than 4 whole years to the end of the renewal's plan year",
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2021", "Công nhận lại", null],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2022", "Công nhận lại", null],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", 2022, "CN lại", null],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", 2021, "CN lại", null],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", "01/01/2022", "CN lại", null],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ2-MĐ1", "31/12/2021", "CN lại", null],
      [7, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ2-MĐ1", excelDate(20, 12, 2021), "Duy trì", null],
    ],
    expected: [
      [1, "Năm công nhận", "warning"],
      [2, "Năm công nhận", "warning"],
      [4, "Năm công nhận", "warning"],
    ],
  },
  {
    name: "other actions, a later plan year and dates after the plan are not early renewals",
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2024", "Nâng lên mức độ 2", null],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2023", "Công nhận mới", null],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "15/03/2022", "Công nhận lại", 2026],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "15/03/2026", "Công nhận lại", null],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", "15/03/2023", "Công nhận lại", "2025"],
    ],
    expected: [[4, "Năm công nhận", "warning"]],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ rows, expected }) => {
    const s = sheet({ title: TITLE, header: HEADER, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("message gives the plan year, the date and the years; regime and basis", () => {
    const s = sheet({
      header: HEADER,
      rows: [[1, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2022", "Công nhận lại", null]],
    });
    const [finding] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(
      finding,
      ["Công nhận lại năm 2025", "(15/03/2022)", "mới được 3 năm", "thời hạn 5 năm"],
      ["2025", "3 years"],
    );
    expect(finding?.regime).toBe("tt2018");
    expectBasis(finding, ["Điều 35 khoản 2", "5 năm"]);
  });
});
