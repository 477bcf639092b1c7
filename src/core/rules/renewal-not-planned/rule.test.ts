import type { CellValue } from "../../grid";
import { check, findingsOf, hits, nfd, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "renewal-not-planned";
const OPTIONS = planOptions(2025);
const TITLE = ["DANH SÁCH TRƯỜNG HỌC HUYỆN CAO LỘC", "(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2025)"];
const HEADER = [
  "STT",
  "Tên trường",
  "Xã/phường",
  "Mã công nhận",
  "Ngày công nhận",
  "Hình thức",
  "Năm đề nghị",
];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "expiring in the plan year with no renewal or upgrade planned by then",
    header: HEADER,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2020", null, null],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2020", "Công nhận lại", null],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", 2020, "Nâng lên mức độ 2", null],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ2", "15/03/2020", "Công nhận mới", null],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", "15/03/2020", "Công nhận lại", 2026],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ3-MĐ2", "15/03/2021", null, null],
      [7, "TH Kim Đồng", "Phường Vĩnh Trại", "Chưa đạt", "15/03/2020", null, null],
      [8, "MN Tuổi Thơ", "Phường Đông Kinh", "CĐ2-MĐ1", 2020, null, null],
      [9, nfd("Trường MN Tuổi Thơ"), "Đông Kinh", "CĐ2-MĐ1", 2020, "CN lại", 2025],
      [10, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "CĐ2-MĐ1", "15/03/2019", null, null],
    ],
    expected: [
      [0, "Hình thức", "warning"],
      [3, "Hình thức", "warning"],
      [4, "Hình thức", "warning"],
    ],
  },
  {
    name: "section headings state the actions: schools under CÔNG NHẬN LẠI are planned, the others are not",
    header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận"],
    rows: [
      [null, "CÔNG NHẬN MỚI", null, null, null],
      [1, "MN Hoa Sen", "Xã Ia Chim", "-", null],
      [null, "CÔNG NHẬN LẠI", null, null, null],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2020"],
      [null, "DUY TRÌ KẾT QUẢ", null, null, null],
      [3, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ2-MĐ1", "20/04/2020"],
    ],
    expected: [],
  },
  {
    name: "a list without an action column plans nothing and says nothing",
    header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2020"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", 2020],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("message gives the expiry, the plan year and the deadline", () => {
    const s = sheet({
      header: HEADER,
      rows: [[1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2020", null, null]],
    });
    const [finding] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(
      finding,
      [
        "hết hạn 15/03/2025 (trong năm 2025)",
        "hạn đăng ký đánh giá ngoài 15/10/2024",
        "chưa đề nghị công nhận lại",
      ],
      ["15/03/2025", "15/10/2024"],
    );
    expect(finding?.value).toBeNull();
    expect(finding?.column).toBe("Hình thức");
    expect(finding?.regime).toBe("tt2018");
    expectBasis(finding, ["5 tháng"], ["5 months"]);
  });
});
