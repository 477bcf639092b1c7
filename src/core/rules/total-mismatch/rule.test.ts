import type { CellValue } from "../../grid";
import { check, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectMessage, expectNoBasis } from "../../../../test/helpers/messages";
import { groupedList } from "../../../../test/helpers/budget-lists";

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

describe("a budget split by funding source", () => {
  test("each column's total row is checked on its own", () => {
    const s = groupedList(
      "Nhu cầu kinh phí (triệu đồng)",
      ["Ngân sách", "XHH"],
      [
        [1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", "1,5", "0,5"],
        [2, "TH Hoa Lan", "CN lại", "CĐ3-MĐ2", "1.500", "200"],
        [3, "MN Cẩm Tú", "CN mới", "CĐ2-MĐ1", null, "300"],
        [null, "Tổng cộng", null, null, "1.501,5", "600"],
      ],
    );
    const found = findingsOf(check(s, planOptions(2025)), RULE);
    expect(found.map((f) => f.cell)).toEqual([s.cell(3, 6)]);
    expectMessage(found[0], ['Dòng "Tổng cộng" ghi 600 nhưng tổng 3 dòng trường là 500,5']);
  });

  test("a school's total column that its sources do not add up to is named at the total", () => {
    const s = groupedList(
      "Nhu cầu kinh phí (triệu đồng)",
      ["Tổng", "Ngân sách", "XHH"],
      [
        [1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 2, "1,5", "0,5"],
        [2, "TH Hoa Lan", "CN lại", "CĐ3-MĐ2", 1800, 1500, 200],
        [3, "THCS Hoa Lan", "Nâng mức", "CĐ3-MĐ2", 2500.5, null, null],
      ],
    );
    const [finding, ...more] = findingsOf(check(s, planOptions(2025)), RULE);
    expect(more).toEqual([]);
    expect([finding?.cell, finding?.severity, finding?.value]).toEqual([s.cell(1, 5), "error", "1800"]);
    expectMessage(
      finding,
      [
        'Cột tổng của "TH Hoa Lan" ghi 1.800',
        "(Ngân sách, Xã hội hóa) cộng lại 1.700",
        "không được cộng vào tổng",
      ],
      ["(Ngân sách, Xã hội hóa) add up to 1,700"],
    );
  });
});
