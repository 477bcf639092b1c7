import type { CellValue } from "../../grid";
import { check, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectMessage, expectNoBasis } from "../../../../test/helpers/messages";
import { groupedList } from "../../../../test/helpers/budget-lists";

const RULE = "budget-negative";
const OPTIONS = planOptions(2025);
const TITLE = ["NHU CẦU KINH PHÍ XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2025"];
const HEADER = ["STT", "Tên trường", "Xã/phường", "Hình thức", "Kinh phí (triệu đồng)"];

interface Case {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "minus signs and accounting brackets make a negative budget; zero does not",
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "Công nhận mới", -5],
      [2, "MN Hoa Mai", "Xã Ia Chim", "Công nhận lại", "(1.200)"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "Công nhận lại", 0],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "Công nhận lại", "-44.497"],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "Nâng mức độ", "\u2212120"],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "Công nhận mới", "0"],
      [7, "TH Kim Đồng", "Phường Vĩnh Trại", "Công nhận mới", "44.497"],
      [8, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "Công nhận mới", "Đã bố trí"],
    ],
    expected: [
      [0, "Kinh phí (triệu đồng)", "error"],
      [1, "Kinh phí (triệu đồng)", "error"],
      [3, "Kinh phí (triệu đồng)", "error"],
      [4, "Kinh phí (triệu đồng)", "error"],
    ],
  },
  {
    name: "a negative figure on a total row is not a school's budget",
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "Công nhận mới", 120],
      [null, "Tổng cộng", null, null, -120],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ rows, expected }) => {
    const s = sheet({ title: TITLE, header: HEADER, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("message gives the amount in Vietnamese and English number style", () => {
    const s = sheet({ header: HEADER, rows: [[1, "MN Hoa Mai", "Xã Ia Chim", "Công nhận lại", "-44.497"]] });
    const [finding] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(finding, ["Kinh phí âm (-44.497)"], ["(-44,497)"]);
    expect(finding?.value).toBe("-44.497");
    expectNoBasis(finding);
  });
});

test("a budget split by funding source: the negative cell of its own column is named", () => {
  const s = groupedList(
    "Nhu cầu kinh phí (triệu đồng)",
    ["Ngân sách", "XHH"],
    [
      [1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 1200, -200],
      [2, "TH Hoa Lan", "CN lại", "CĐ3-MĐ2", -50, 100],
    ],
  );
  const found = findingsOf(check(s, planOptions(2025)), "budget-negative");
  expect(found.map((f) => [f.cell, f.column, f.value])).toEqual([
    [s.cell(0, 6), "Nhu cầu kinh phí (triệu đồng) XHH", "-200"],
    [s.cell(1, 5), "Nhu cầu kinh phí (triệu đồng) Ngân sách", "-50"],
  ]);
});
