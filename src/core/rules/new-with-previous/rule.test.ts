import type { CellValue } from "../../grid";
import { check, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectMessage, expectNoBasis } from "../../../../test/helpers/messages";

const RULE = "new-with-previous";
const OPTIONS = planOptions(2025);
const TITLE = [
  "DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2025",
  "(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2025)",
];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "a first recognition for a school that already holds a CQG level or a previous recognition",
    header: [
      "STT",
      "Tên trường",
      "Xã/phường",
      "Mã công nhận",
      "Ngày công nhận",
      "Năm công nhận trước",
      "Hình thức",
    ],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2020", null, "Công nhận mới"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "-", null, null, "Công nhận mới"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2", "15/03/2022", null, "CN lần đầu"],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "Chưa đạt", "15/03/2023", null, "CN lần đầu"],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", 2020, null, "Công nhận lại"],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ2", null, 2019, "Công nhận mới"],
      [7, "TH Kim Đồng", "Phường Vĩnh Trại", "MĐ1", 2019, null, "Xây dựng mới"],
    ],
    expected: [
      [0, "Ngày công nhận", "warning"],
      [5, "Năm công nhận trước", "warning"],
      [6, "Ngày công nhận", "warning"],
    ],
  },
  {
    name: "a list without codes: any recognition date is an earlier recognition",
    header: ["STT", "Tên trường", "Xã/phường", "Năm công nhận", "Hình thức"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", 2019, "Công nhận mới"],
      [2, "MN Hoa Mai", "Xã Ia Chim", null, "Công nhận mới"],
    ],
    expected: [[0, "Năm công nhận", "warning"]],
  },
  {
    name: "an undated plan list: the code is the level to be recognised, not an earlier one",
    header: ["TT", "CƠ SỞ GIÁO DỤC", "TÍCH HỢP KĐCLGD&CQG", "GHI CHÚ"],
    rows: [
      ["1.", "MN Hương Xuân", "CĐ2-MĐ1", "CN Lần đầu"],
      ["2.", "TH Số 1 Hương Toàn", "CĐ2-MĐ1", "CN Lần đầu"],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("message gives the earlier recognition", () => {
    const s = sheet({
      header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận", "Hình thức"],
      rows: [[1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2020", "Công nhận mới"]],
    });
    const [finding] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(
      finding,
      ["Đề nghị công nhận mới", "đã được công nhận (15/03/2020)", "công nhận lại hoặc nâng mức"],
      ["15/03/2020"],
    );
    expect(finding?.value).toBe("15/03/2020");
    expectNoBasis(finding);
  });
});
