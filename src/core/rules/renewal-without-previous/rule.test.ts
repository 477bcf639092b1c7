import type { CellValue } from "../../grid";
import { check, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "renewal-without-previous";
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
    name: "a renewal needs the date of the recognition it renews",
    header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Năm công nhận", "Hình thức"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2020", "Công nhận lại"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", null, "Công nhận lại"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "-", null, "Công nhận mới"],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "không rõ", "CN lại"],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", { error: "#REF!" }, "CN lại"],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ2-MĐ1", null, "Nâng lên mức độ 2"],
      [7, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ3-MĐ2", "  ", "Duy trì"],
    ],
    expected: [
      [1, "Năm công nhận", "error"],
      [6, "Năm công nhận", "error"],
    ],
  },
  {
    name: "only a previous-recognition column: the finding is there",
    header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Năm công nhận trước", "Hình thức"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2020, "Công nhận lại"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", null, "Công nhận lại"],
    ],
    expected: [[1, "Năm công nhận trước", "error"]],
  },
  {
    name: "a previous date stands in for an empty decision date",
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
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", null, 2020, "Công nhận lại"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", null, null, "Công nhận lại"],
    ],
    expected: [[1, "Ngày công nhận", "error"]],
  },
  {
    name: "a list without any date column (the Hương Trà appendix) cannot tell",
    header: ["TT", "CƠ SỞ GIÁO DỤC", "TÍCH HỢP KĐCLGD&CQG", "GHI CHÚ"],
    rows: [
      ["1.", "MN Tứ Hạ", "CĐ2-MĐ1", "CN lại"],
      ["2.", "TH Hương Vân", "CĐ2-MĐ1", "CN lại"],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("message and basis", () => {
    const s = sheet({
      header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Năm công nhận", "Hình thức"],
      rows: [[1, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", null, "Công nhận lại"]],
    });
    const [finding] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(
      finding,
      ["Đề nghị công nhận lại", "không ghi ngày/năm công nhận trước đó", "thời hạn"],
      ["Renewal"],
    );
    expect(finding?.value).toBeNull();
    expect(finding?.column).toBe("Năm công nhận");
    expectBasis(finding, ["5 năm"], ["5 years"]);
  });
});
