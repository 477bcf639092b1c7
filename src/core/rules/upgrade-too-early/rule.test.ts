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
      // Recognised under TT 22/2024, which the press says allows 1 year: a warning, never an error.
      [2, "Ngày công nhận", "warning"],
    ],
  },
  {
    name: "recognised from 25/01/2025: under 1 year is an error, 1 to 2 years only a warning",
    options: planOptions(2026),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2025", "Nâng lên mức độ 2", null],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2026", "Nâng lên mức độ 2", null],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "10/01/2025", "Nâng lên mức độ 2", null],
    ],
    expected: [
      [0, "Ngày công nhận", "warning"],
      [1, "Ngày công nhận", "error"],
      // 10/01/2025 is still under the unamended circulars: 2 years are needed.
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
    expectBasis(finding, ["Thông tư 17/2018", "Điều 5"], ["Art. 5"]);
  });

  test("under TT 22/2024 the message gives both waits and says the shorter one is unconfirmed", () => {
    const s = sheet({
      header: HEADER,
      rows: [[1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2025", "Nâng lên mức độ 2", null]],
    });
    const [finding] = findingsOf(check(s, planOptions(2026)), RULE);
    expect(finding?.severity).toBe("warning");
    expect(finding?.regime).toBe("tt2018a");
    expectMessage(
      finding,
      ["mới được 1 năm", "yêu cầu 2 năm", "TT 22/2024 rút còn 1 năm", "chưa đối chiếu văn bản chính thức"],
      ["2 years", "1 by Circular 22/2024", "not confirmed"],
    );
    expectBasis(finding, ["Thông tư 22/2024", "Điều 5"], ["Circular 22/2024"]);
  });
});
