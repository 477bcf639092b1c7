import type { CellValue } from "../../grid";
import { check, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectMessage, expectNoBasis } from "../../../../test/helpers/messages";

const RULE = "total-mismatch";
const OPTIONS = planOptions(2025);
const TITLE = [
  "NHU CẦU KINH PHÍ XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2025",
  "(Kèm theo Kế hoạch số 20/KH-UBND)",
];
const BUDGET = "Kinh phí (triệu đồng)";
const HEADER = ["STT", "Tên trường", "Xã/phường", "Hình thức", BUDGET];

interface Case {
  readonly name: string;
  readonly header?: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const school = (n: number, name: string, budget: CellValue): CellValue[] => [
  n,
  name,
  "Xã Ia Chim",
  "Công nhận mới",
  budget,
];

const cases: readonly Case[] = [
  {
    name: "a grand total that adds up, numbers and Vietnamese text alike",
    rows: [
      school(1, "MN Hoa Sen", 100),
      school(2, "MN Hoa Mai", "44.497"),
      school(3, "TH Số 1 Hương Toàn", "31.162,5"),
      [null, "Tổng cộng", null, null, "75.759,5"],
    ],
    expected: [],
  },
  {
    name: "a grand total that does not",
    rows: [
      school(1, "MN Hoa Sen", 100),
      school(2, "MN Hoa Mai", "44.497"),
      school(3, "TH Số 1 Hương Toàn", "31.162,5"),
      [null, "Tổng cộng", null, null, 75000],
    ],
    expected: [[3, BUDGET, "error"]],
  },
  {
    name: "group rows carrying their subtotal, then the grand total",
    rows: [
      ["I", "Mầm non", null, null, 300],
      school(1, "MN Hoa Sen", 100),
      school(2, "MN Hoa Mai", 200),
      ["II", "Tiểu học", null, null, 500],
      school(3, "TH Số 1 Hương Toàn", 250),
      school(4, "TH Số 2 Hương Toàn", 200),
      [null, "Tổng cộng", null, null, 750],
    ],
    expected: [[3, BUDGET, "error"]],
  },
  {
    name: "'Cộng' rows under each group, then the grand total",
    rows: [
      school(1, "MN Hoa Sen", 100),
      school(2, "MN Hoa Mai", 200),
      [null, "Cộng cấp MN", null, null, 300],
      school(3, "TH Số 1 Hương Toàn", 250),
      school(4, "TH Số 2 Hương Toàn", 200),
      [null, "Cộng cấp TH", null, null, 460],
      [null, "Tổng cộng", null, null, 760],
    ],
    expected: [
      [5, BUDGET, "error"],
      [6, BUDGET, "error"],
    ],
  },
  {
    name: "a bare 'Cộng' closing sections without subtotals covers the whole list",
    rows: [
      ["A", "MẦM NON", null, null, null],
      school(1, "MN Hoa Sen", 100),
      school(2, "MN Hoa Mai", 200),
      ["B", "TIỂU HỌC", null, null, null],
      school(3, "TH Số 1 Hương Toàn", 250),
      [null, "Cộng", null, null, 550],
    ],
    expected: [],
  },
  {
    name: "… and is checked against the whole list when it does not add up",
    rows: [
      ["A", "MẦM NON", null, null, null],
      school(1, "MN Hoa Sen", 100),
      ["B", "TIỂU HỌC", null, null, null],
      school(2, "TH Số 1 Hương Toàn", 250),
      [null, "Cộng:", null, null, 250],
    ],
    expected: [[4, BUDGET, "error"]],
  },
  {
    name: "a bare 'Cộng' under each section is that section's subtotal",
    rows: [
      ["A", "MẦM NON", null, null, null],
      school(1, "MN Hoa Sen", 100),
      school(2, "MN Hoa Mai", 200),
      [null, "Cộng", null, null, 300],
      ["B", "TIỂU HỌC", null, null, null],
      school(3, "TH Số 1 Hương Toàn", 250),
      [null, "Cộng", null, null, 250],
      [null, "Tổng cộng", null, null, 550],
    ],
    expected: [],
  },
  {
    name: "a school budget that is not a number leaves the total unchecked",
    rows: [
      school(1, "MN Hoa Sen", 100),
      school(2, "MN Hoa Mai", "Đã bố trí"),
      [null, "Tổng cộng", null, null, 999],
    ],
    expected: [],
  },
  {
    name: "float noise is not a mismatch; an empty school budget counts as nothing",
    rows: [
      school(1, "MN Hoa Sen", 0.1),
      school(2, "MN Hoa Mai", 0.2),
      school(3, "TH Số 1 Hương Toàn", null),
      [null, "Tổng cộng", null, null, 0.3],
    ],
    expected: [],
  },
  {
    name: "a total row without a figure says nothing",
    rows: [school(1, "MN Hoa Sen", 100), [null, "Tổng cộng", null, null, null]],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, expected }) => {
    const s = sheet({ title: TITLE, header: header ?? HEADER, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("message names the row, the figure written and the sum of its schools", () => {
    const s = sheet({
      header: HEADER,
      rows: [
        school(1, "MN Hoa Sen", 100),
        school(2, "MN Hoa Mai", "44.497"),
        school(3, "TH Số 1 Hương Toàn", "31.162,5"),
        [null, "Tổng cộng", null, null, 75000],
      ],
    });
    const [finding] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(
      finding,
      ['Dòng "Tổng cộng" ghi 75.000', "tổng 3 dòng trường là 75.759,5"],
      ["75,000", "75,759.5"],
    );
    expect(finding?.column).toBe(BUDGET);
    expectNoBasis(finding);
  });
});
