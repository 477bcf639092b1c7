import type { CellValue } from "../../grid";
import type { Choices } from "../../../app/choices";
import { check, excelDate, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "standard-needs-accreditation";
const TITLE = ["DANH SÁCH TRƯỜNG ĐẠT KIỂM ĐỊNH VÀ CHUẨN QUỐC GIA HUYỆN CAO LỘC"];
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
    name: "mức độ 1 needs cấp độ 2, mức độ 2 needs cấp độ 3 (tt2018, tt2018a); not before 10/10/2018",
    header: COMBINED,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ1-MĐ1", "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2021"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ2", "20/05/2025"],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ3-MĐ2", "20/05/2025"],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ1-MĐ1", "15/03/2016"],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ1-MĐ1", "09/10/2018"],
      [7, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ1-MĐ1", excelDate(10, 10, 2018)],
      [8, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "CĐ2-MĐ2", 2019],
      [9, "TH&THCS Na Ư", "Xã Na Ư", "CĐ5-MĐ2", 2019],
      [10, "MN Tuổi Thơ", "Phường Đông Kinh", "CĐ4-MĐ2", 2022],
    ],
    expected: [
      [0, "Mã công nhận", "error"],
      [2, "Mã công nhận", "error"],
      [6, "Mã công nhận", "error"],
      [7, "Mã công nhận", "error"],
    ],
  },
  {
    name: "a year that may fall on either side of 10/10/2018 softens the error to a warning",
    header: COMBINED,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ1-MĐ1", 2018],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ1-MĐ1", 2017],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ2", "2018"],
    ],
    expected: [
      [0, "Mã công nhận", "warning"],
      [2, "Mã công nhận", "warning"],
    ],
  },
  {
    name: "a year within the amended circulars judges as surely as a day (tt2018 and tt2018a agree)",
    header: COMBINED,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ1-MĐ1", 2025],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", 2025],
    ],
    expected: [[0, "Mã công nhận", "error"]],
  },
  {
    name: "separate columns: the finding is on the CQG cell",
    header: SPLIT,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", 1, 2, "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", 3, 2, "15/03/2021"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "-", 1, "15/03/2021"],
    ],
    expected: [[0, "CQG", "error"]],
  },
  {
    name: "the unconfirmed tt2026 (Mức N ↔ mức độ N) yields warnings only",
    header: COMBINED,
    options: planOptions(2027),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ1-MĐ2", "15/08/2026"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ2", "15/08/2026"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ1-MĐ1", "15/08/2026"],
    ],
    expected: [[0, "Mã công nhận", "warning"]],
  },
  {
    name: "an undated plan list judges the codes by the plan year's regime",
    header: ["TT", "CƠ SỞ GIÁO DỤC", "TÍCH HỢP KĐCLGD&CQG", "GHI CHÚ"],
    options: planOptions(2024),
    rows: [
      ["1.", "MN Hương Xuân", "CĐ2-MĐ1", "CN Lần đầu"],
      ["2.", "MN Bình Thành", "CĐ1-MĐ1", "CN Lần đầu"],
      ["3.", "TH Số 2 Tứ Hạ", "CĐ3-MĐ2", "CN lại"],
      ["4.", "TH Hương Vân", "CĐ2-MĐ2", "CN lại"],
    ],
    expected: [
      [1, "TÍCH HỢP KĐCLGD&CQG", "error"],
      [3, "TÍCH HỢP KĐCLGD&CQG", "error"],
    ],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, options, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, options), RULE)).toEqual(hits(s, expected));
  });

  test("message names both levels and the one required; regime and basis are shown", () => {
    const s = sheet({ header: SPLIT, rows: [[1, "MN Hoa Sen", "Xã Ia Chim", 2, 2, "20/05/2025"]] });
    const [finding] = findingsOf(check(s, planOptions(2025)), RULE);
    expectMessage(
      finding,
      ["Chuẩn quốc gia mức độ 2", "đạt từ cấp độ 3 trở lên", "ghi cấp độ 2"],
      ["level 2", "level 3"],
    );
    expect(finding?.regime).toBe("tt2018a");
    expect(finding?.value).toBe("2");
    expectBasis(finding, ["22/2024", "Điều 37"]);
  });
});
