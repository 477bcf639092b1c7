import type { CellValue } from "../../grid";
import type { Choices } from "../../../app/choices";
import { check, excelDate, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "standard-without-accreditation";
const TITLE = ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA", "(Kèm theo Báo cáo số 112/BC-UBND)"];
const COMBINED = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận"];
const SPLIT = ["STT", "Tên trường", "Xã/phường", "KĐCLGD", "CQG", "Ngày công nhận"];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly options: Choices;
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "a mức độ alone, recognised from 10/10/2018 on",
    header: COMBINED,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "MĐ1", "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "MĐ2", "15/03/2016"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "MĐ1", "09/10/2018"],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "MĐ1", excelDate(10, 10, 2018)],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "MĐ1", 2018],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ2-MĐ1", "15/03/2021"],
      [7, "TH Kim Đồng", "Phường Vĩnh Trại", "MĐ2", null],
      [8, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "MĐ1", 2025],
    ],
    expected: [
      [0, "Mã công nhận", "warning"],
      [3, "Mã công nhận", "warning"],
      [7, "Mã công nhận", "warning"],
    ],
  },
  {
    name: "separate columns: an empty or '-' KĐCLGD beside a CQG level; an unreadable one is not empty",
    header: SPLIT,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "-", 2, "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", null, 1, 2022],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "Đạt", 1, 2022],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", 2, 1, 2022],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", { error: "#N/A" }, 1, 2022],
    ],
    expected: [
      [0, "CQG", "warning"],
      [1, "CQG", "warning"],
    ],
  },
  {
    name: "a year that may fall under the unconfirmed tt2026 is not judged",
    header: COMBINED,
    options: planOptions(2027),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "MĐ1", 2026],
      [2, "MN Hoa Mai", "Xã Ia Chim", "MĐ1", "15/08/2026"],
    ],
    expected: [[1, "Mã công nhận", "warning"]],
  },
  {
    name: "an undated plan list: the plan year dates the recognition",
    header: ["TT", "CƠ SỞ GIÁO DỤC", "TÍCH HỢP KĐCLGD&CQG", "GHI CHÚ"],
    options: planOptions(2024),
    rows: [
      ["1.", "MN Hương Xuân", "MĐ1", "CN Lần đầu"],
      ["2.", "MN Bình Thành", "CĐ2-MĐ1", "CN Lần đầu"],
    ],
    expected: [[0, "TÍCH HỢP KĐCLGD&CQG", "warning"]],
  },
  {
    name: "an undated list that is not a plan: the date is unknown unless the user chooses a regime",
    header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận"],
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "MĐ1"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1"],
    ],
    expected: [],
  },
  {
    name: "the same list with tt2018 chosen by the user",
    header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận"],
    options: planOptions(2025, { regime: "tt2018" }),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "MĐ1"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1"],
    ],
    expected: [[0, "Mã công nhận", "warning"]],
  },
  {
    name: "a list with only a CQG column gets missing-column instead",
    header: ["STT", "Tên trường", "Xã/phường", "Chuẩn quốc gia", "Ngày công nhận"],
    options: planOptions(2025),
    rows: [[1, "MN Hoa Sen", "Xã Ia Chim", "Mức độ 1", "15/03/2021"]],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, options, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, options), RULE)).toEqual(hits(s, expected));
  });

  test("message, regime and basis", () => {
    const s = sheet({ header: SPLIT, rows: [[1, "MN Hoa Sen", "Xã Ia Chim", "-", 2, "15/03/2021"]] });
    const [finding] = findingsOf(check(s, planOptions(2025)), RULE);
    expectMessage(
      finding,
      ["chuẩn quốc gia mức độ 2", "không ghi cấp độ KĐCLGD", "10/10/2018"],
      ["level 2", "10/10/2018"],
    );
    expect(finding?.regime).toBe("tt2018");
    expectBasis(finding, ["Điều 37 khoản 2"]);
  });
});
