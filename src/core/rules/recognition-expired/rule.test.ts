import type { CellValue } from "../../grid";
import type { Choices } from "../../../app/choices";
import { check, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "recognition-expired";
const TITLE = [
  "DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA HUYỆN CAO LỘC",
  "(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2025)",
];
const ACTION = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận", "Hình thức"];
const EXPIRY = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận", "Hết hạn"];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly options: Choices;
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "5 years over before the plan year and no renewal or upgrade planned anywhere in the list",
    header: ACTION,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2019", null],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", 2019, null],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "15/03/2020", null],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "15/03/2019", "Công nhận lại"],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", "15/03/2019", "Nâng lên mức độ 2"],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "Chưa đạt", "15/03/2018", null],
      [7, "TH&THCS Na Ư", "Xã Na Ư", "CĐ1", "15/03/2016", null],
      [8, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "CĐ2-MĐ1", "31/12/2019", null],
      [9, "MN Tuổi Thơ", "Phường Đông Kinh", "CĐ2-MĐ1", "15/03/2021", null],
      [10, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ2-MĐ1", "15/03/2019", null],
      [11, "Trường TH Kim Đồng", "Vĩnh Trại", "CĐ2-MĐ1", "15/03/2019", "CN lại"],
    ],
    expected: [
      [0, "Ngày công nhận", "warning"],
      [1, "Ngày công nhận", "warning"],
      [6, "Ngày công nhận", "warning"],
      [7, "Ngày công nhận", "warning"],
    ],
  },
  {
    name: "a school on two rows with the same lapsed recognition is told once",
    header: ACTION,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2019", null],
      [null, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2019", null],
    ],
    expected: [[0, "Ngày công nhận", "warning"]],
  },
  {
    name: "an expiry column is used as written, and the finding points at it",
    header: EXPIRY,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2019", "15/03/2024"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", null, "30/06/2023"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", 2019, "15/03/2026"],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "-", null, "30/06/2023"],
    ],
    expected: [
      [0, "Hết hạn", "warning"],
      [1, "Hết hạn", "warning"],
    ],
  },
  {
    name: "an earlier reference date: a year-only expiry gets the benefit of the doubt",
    header: ACTION,
    options: { planYear: 2025, referenceDate: { y: 2024, m: 3, d: 1 } },
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/06/2019", null],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/01/2019", null],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", 2019, null],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", 2018, null],
    ],
    expected: [
      [1, "Ngày công nhận", "warning"],
      [3, "Ngày công nhận", "warning"],
    ],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, options, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, options), RULE)).toEqual(hits(s, expected));
  });

  test("message gives the expiry; regime and basis", () => {
    const s = sheet({
      header: ACTION,
      rows: [
        [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2019", null],
        [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", 2019, null],
      ],
    });
    const [day, year] = findingsOf(check(s, planOptions(2025)), RULE);
    expectMessage(
      day,
      ["Công nhận đã hết hạn (15/03/2024)", "chưa có kế hoạch công nhận lại"],
      ["15/03/2024"],
    );
    expectMessage(year, ["hết hạn (2024)"], ["(2024)"]);
    expect(day?.regime).toBe("tt2018");
    expectBasis(day, ["5 năm"], ["5 years"]);
  });
});
