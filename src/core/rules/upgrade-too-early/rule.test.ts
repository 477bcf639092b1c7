import type { CellValue } from "../../grid";
import type { Choices } from "../../../app/choices";
import { check, excelDate, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "upgrade-too-early";
const TITLE = ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ NÂNG MỨC ĐỘ CHUẨN QUỐC GIA"];
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
  readonly rows: readonly (readonly CellValue[])[];
  readonly options: Choices;
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "fewer than 2 whole years to the end of the plan year: an error on an exact date, a warning on a year or month",
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2024", "Nâng lên mức độ 2", null],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2023", "Nâng lên mức độ 2", null],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", 2024, "Nâng mức độ", null],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", 2023, "Nâng mức độ", null],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", "03/2024", "Nâng mức độ", null],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ2-MĐ1", excelDate(20, 12, 2023), "Nâng mức độ", null],
      [7, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ2-MĐ1", "01/01/2024", "Nâng mức độ", null],
      [8, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "CĐ2-MĐ1", "31/12/2023", "Nâng mức độ", null],
    ],
    expected: [
      [0, "Ngày công nhận", "error"],
      [2, "Ngày công nhận", "warning"],
      [4, "Ngày công nhận", "warning"],
      [6, "Ngày công nhận", "error"],
    ],
  },
  {
    name: "renewals and upgrades planned for a later year are not early upgrades",
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2024", "Công nhận lại", null],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2024", "Nâng lên mức độ 2", 2026],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "15/03/2024", "Nâng lên mức độ 2", 2025],
    ],
    expected: [[2, "Ngày công nhận", "error"]],
  },
  {
    name: "under the unconfirmed tt2026 the same gap is only a warning",
    options: planOptions(2027),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ1-MĐ1", "15/08/2026", "Nâng lên mức độ 2", null],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2025", "Nâng lên mức độ 2", null],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "15/03/2026", "Nâng lên mức độ 2", null],
    ],
    expected: [
      [0, "Ngày công nhận", "warning"],
      [2, "Ngày công nhận", "error"],
    ],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ rows, options, expected }) => {
    const s = sheet({ title: TITLE, header: HEADER, rows });
    expect(only(check(s, options), RULE)).toEqual(hits(s, expected));
  });

  test("message gives the plan year, the date and the years; regime and basis", () => {
    const s = sheet({
      header: HEADER,
      rows: [[1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2024", "Nâng lên mức độ 2", null]],
    });
    const [finding] = findingsOf(check(s, planOptions(2025)), RULE);
    expectMessage(
      finding,
      ["Nâng mức năm 2025", "(15/03/2024)", "mới được 1 năm", "ít nhất 2 năm"],
      ["2025", "1 years", "2 years"],
    );
    expect(finding?.regime).toBe("tt2018");
    expectBasis(finding, ["Điều 5", "02 năm"], ["2 years"]);
  });
});
