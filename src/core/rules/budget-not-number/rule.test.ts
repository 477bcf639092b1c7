import type { CellValue } from "../../grid";
import { check, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectMessage, expectNoBasis } from "../../../../test/helpers/messages";
import { groupedList } from "../../../../test/helpers/budget-lists";

const RULE = "budget-not-number";
const OPTIONS = planOptions(2025);
const TITLE = [
  "NHU CẦU KINH PHÍ XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2025",
  "(Kèm theo Kế hoạch số 20/KH-UBND)",
];
const HEADER = ["STT", "Tên trường", "Xã/phường", "Hình thức", "Kinh phí (triệu đồng)", "Nguồn vốn"];

interface Case {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "numbers in Vietnamese or unambiguous English style are numbers; words are not",
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "Công nhận mới", "44.497", "Ngân sách tỉnh"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "Công nhận lại", "31.162,5", "Ngân sách huyện"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "Công nhận lại", 1500, "Xã hội hóa"],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "Công nhận lại", "Đã bố trí", null],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "Nâng mức độ", "Xã hội hóa", null],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "Công nhận mới", "15 tr", null],
      [7, "TH Kim Đồng", "Phường Vĩnh Trại", "Công nhận mới", null, null],
      [8, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "Công nhận mới", "1.234.567", "Chương trình mục tiêu"],
      [9, "TH&THCS Na Ư", "Xã Na Ư", "Công nhận mới", "44,497.5", null],
      [10, "MN Tuổi Thơ", "Phường Đông Kinh", "Công nhận mới", { error: "#VALUE!" }, null],
      [11, "MN Sơn Ca", "Phường Đông Kinh", "Công nhận mới", "(1.200)", null],
      [12, "THPT Cao Lộc", "Thị trấn Cao Lộc", "Công nhận mới", "12%", null],
    ],
    expected: [
      [3, "Kinh phí (triệu đồng)", "error"],
      [4, "Kinh phí (triệu đồng)", "error"],
      [5, "Kinh phí (triệu đồng)", "error"],
      [11, "Kinh phí (triệu đồng)", "error"],
    ],
  },
  {
    name: "total rows are not school budgets",
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "Công nhận mới", 120, null],
      [null, "Tổng cộng", null, null, "Chưa tổng hợp", null],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ rows, expected }) => {
    const s = sheet({ title: TITLE, header: HEADER, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("message quotes the cell and shows how to write numbers", () => {
    const s = sheet({
      header: HEADER,
      rows: [[1, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "Công nhận lại", "Đã bố trí", null]],
    });
    const [finding] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(finding, ['Kinh phí "Đã bố trí" không phải là số', "44.497", "31.162,5"], ['"Đã bố trí"']);
    expect(finding?.value).toBe("Đã bố trí");
    expect(finding?.column).toBe("Kinh phí (triệu đồng)");
    expectNoBasis(finding);
  });
});

test("a budget split by funding source: the cell in each source's column is named", () => {
  const s = groupedList(
    "Nhu cầu kinh phí (triệu đồng)",
    ["Ngân sách", "XHH"],
    [
      [1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", "1.200", "khoảng 200"],
      [2, "TH Hoa Lan", "CN lại", "CĐ3-MĐ2", "Đã bố trí", 100],
    ],
  );
  const found = findingsOf(check(s, OPTIONS), RULE);
  expect(found.map((f) => [f.cell, f.column, f.value])).toEqual([
    [s.cell(0, 6), "Nhu cầu kinh phí (triệu đồng) XHH", "khoảng 200"],
    [s.cell(1, 5), "Nhu cầu kinh phí (triệu đồng) Ngân sách", "Đã bố trí"],
  ]);
});
