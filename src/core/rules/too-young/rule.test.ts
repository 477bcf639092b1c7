import type { CellValue } from "../../grid";
import type { Choices } from "../../../app/choices";
import { check, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "too-young";
const TITLE = [
  "DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2025",
  "(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2025)",
];
const HEADER = [
  "STT",
  "Tên trường",
  "Xã/phường",
  "Mã công nhận",
  "Ngày công nhận",
  "Năm thành lập",
  "Hình thức",
];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly options: Choices;
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "kindergartens need 5 years (error), other schools a completed cohort (warning)",
    header: HEADER,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2019", 2016, null],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", 2020, 2015, null],
      [3, "MN Tuổi Thơ", "Phường Đông Kinh", "-", null, 2022, "Công nhận mới"],
      [4, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "-", null, 2021, "Công nhận mới"],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "-", null, 2022, "Công nhận mới"],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "-", null, 2021, "Công nhận mới"],
      [7, "THPT Cao Lộc", "Thị trấn Cao Lộc", "-", null, 2023, "Công nhận mới"],
      [8, "MN Sơn Ca", "Phường Đông Kinh", "-", null, "2026", "Công nhận mới"],
      [9, "MN Hoa Hồng", "Xã Ia Chim", "-", null, null, "Công nhận mới"],
      [10, "Trường Hoa Ban", "Xã Ia Chim", "-", null, 2023, "Công nhận mới"],
      [11, "MN Bình Minh", "Xã Ia Chim", "CĐ2-MĐ1", 2025, 2021, null],
    ],
    expected: [
      [0, "Năm thành lập", "error"],
      [2, "Năm thành lập", "error"],
      [3, "Năm thành lập", "warning"],
      [4, "Năm thành lập", "warning"],
      [6, "Năm thành lập", "warning"],
      [10, "Năm thành lập", "error"],
    ],
  },
  {
    name: "a decision that may predate the 2018 circulars, or fall under the unconfirmed tt2026, is a warning",
    header: HEADER,
    options: planOptions(2027),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2018, 2016, null],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/08/2026", 2023, null],
      [3, "MN Tuổi Thơ", "Phường Đông Kinh", "CĐ2-MĐ1", "15/03/2026", 2023, null],
      [4, "MN Sơn Ca", "Phường Đông Kinh", "-", null, 2024, "Công nhận mới"],
    ],
    expected: [
      [0, "Năm thành lập", "warning"],
      [1, "Năm thành lập", "warning"],
      [2, "Năm thành lập", "error"],
      [3, "Năm thành lập", "warning"],
    ],
  },
  {
    name: "an undated plan list judges the planned recognition",
    header: ["TT", "CƠ SỞ GIÁO DỤC", "TÍCH HỢP KĐCLGD&CQG", "Năm thành lập", "GHI CHÚ"],
    options: planOptions(2024),
    rows: [
      ["1.", "MN Hương Xuân", "CĐ2-MĐ1", 2020, "CN Lần đầu"],
      ["2.", "MN Bình Thành", "CĐ2-MĐ1", 2019, "CN Lần đầu"],
    ],
    expected: [[0, "Năm thành lập", "error"]],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, options, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, options), RULE)).toEqual(hits(s, expected));
  });

  test("messages for a kindergarten and for another school; basis", () => {
    const s = sheet({
      header: HEADER,
      rows: [
        [1, "MN Tuổi Thơ", "Phường Đông Kinh", "-", null, 2022, "Công nhận mới"],
        [2, "THCS Lê Lợi", "Phường Vĩnh Trại", "-", null, 2022, "Công nhận mới"],
      ],
    });
    const [mn, thcs] = findingsOf(check(s, planOptions(2025)), RULE);
    expectMessage(
      mn,
      ["Trường mầm non thành lập năm 2022", "đến năm 2025 mới hoạt động 3 năm", "ít nhất 5 năm"],
      ["2022", "3 years"],
    );
    expectMessage(
      thcs,
      ["thành lập năm 2022", "chưa có khóa học sinh hoàn thành chương trình (4 năm)"],
      ["4-year"],
    );
    expect(mn?.value).toBe("2022");
    // The planned recognition is judged by the plan year's regime, not the record's unknown date.
    expect(mn?.regime).toBe("tt2018a");
    expectBasis(mn, ["Điều 34", "05 năm"], ["5 years"]);
  });
});
