import type { CellValue } from "../../grid";
import { check, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import { expectMessage, expectNoBasis } from "../../../../test/helpers/messages";
import { flatList } from "../../../../test/helpers/budget-lists";

const RULE = "budget-unit-suspect";
const OPTIONS = planOptions(2025);

interface Case {
  readonly name: string;
  readonly title: readonly string[];
  readonly budgetHeader: string;
  readonly budgets: readonly CellValue[];
  readonly expected: readonly (readonly [index: number, fix: string | number])[];
}

const SCHOOLS = [
  "MN Hoa Sen",
  "MN Hoa Mai",
  "TH Số 1 Hương Toàn",
  "TH Số 2 Hương Toàn",
  "THCS Lê Lợi",
  "THCS Chu Văn An",
  "PTDTBT TH&THCS Suối Lư",
];

const cases: readonly Case[] = [
  {
    name: "from a million in a triệu đồng column; the fix is a number even for a figure written as text",
    title: ["NHU CẦU KINH PHÍ NĂM 2025"],
    budgetHeader: "Kinh phí (triệu đồng)",
    budgets: [44497000000, "1.250.000.000", 1500000, 999999, 1000000, "44.497", "2.345.678.900"],
    expected: [
      [0, 44497],
      [1, 1250],
      [2, 1.5],
      [4, 1],
      [6, 2345.679],
    ],
  },
  {
    name: "a header without a unit means triệu đồng",
    title: ["NHU CẦU KINH PHÍ NĂM 2025"],
    budgetHeader: "Kinh phí",
    budgets: [120, 44497000000, null, null, null, null, null],
    expected: [[1, 44497]],
  },
  {
    name: "a column in đồng is meant to hold millions",
    title: ["NHU CẦU KINH PHÍ NĂM 2025"],
    budgetHeader: "Kinh phí (đồng)",
    budgets: [44497000000, "1.250.000.000", null, null, null, null, null],
    expected: [],
  },
  {
    name: "under ten thousand in a column of đồng is millions; nothing else there is",
    title: ["NHU CẦU KINH PHÍ NĂM 2027"],
    budgetHeader: "Dự kiến kinh phí (đồng)",
    budgets: [60, "45,5", 0, 9999, 10000, 45000000, "30.000.000"],
    expected: [
      [0, 60000000],
      [1, 45500000],
      [3, 9999000000],
    ],
  },
  {
    name: "millions under a unit line in đồng",
    title: ["KẾ HOẠCH KIỂM ĐỊNH NĂM 2027", "(Đơn vị tính: đồng)"],
    budgetHeader: "Dự kiến kinh phí",
    budgets: [45000000, 60, "30.000.000", null, 25000000, null, null],
    expected: [[1, 60000000]],
  },
  {
    name: "a column in nghìn đồng likewise",
    title: ["NHU CẦU KINH PHÍ NĂM 2025"],
    budgetHeader: "Kinh phí (nghìn đồng)",
    budgets: [44497000, 1500000, null, null, null, null, null],
    expected: [],
  },
  {
    name: "a thousand and more in a column of tỷ đồng is millions: no school needs a trillion đồng",
    title: ["NHU CẦU KINH PHÍ NĂM 2025"],
    budgetHeader: "Kinh phí (tỷ đồng)",
    budgets: [2000, "1,5", 999, 1000, "2.500", 0.75, null],
    expected: [
      [0, 2],
      [3, 1],
      [4, 2.5],
    ],
  },
  {
    name: "the unit line above the table decides: ĐVT đồng",
    title: ["NHU CẦU KINH PHÍ NĂM 2025", "ĐVT: đồng"],
    budgetHeader: "Kinh phí",
    budgets: [44497000000, null, null, null, null, null, null],
    expected: [],
  },
  {
    name: "the unit line above the table decides: ĐVT triệu đồng",
    title: ["NHU CẦU KINH PHÍ NĂM 2025", "Đơn vị tính: triệu đồng"],
    budgetHeader: "Kinh phí",
    budgets: [44497000000, 44497, null, null, null, null, null],
    expected: [[0, 44497]],
  },
];

const HEADER = (budget: string): string[] => ["STT", "Tên trường", "Xã/phường", "Hình thức", budget];

describe(RULE, () => {
  test.each(cases)("$name", ({ title, budgetHeader, budgets, expected }) => {
    const rows = budgets.map((b, i): CellValue[] => [
      i + 1,
      SCHOOLS[i] ?? null,
      "Xã Ia Chim",
      "Công nhận mới",
      b,
    ]);
    const s = sheet({ title, header: HEADER(budgetHeader), rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(
      hits(
        s,
        expected.map(([i, fix]) => [i, budgetHeader, "warning", fix] as const),
      ),
    );
  });

  test("message shows the amount and what it would be in triệu đồng", () => {
    const s = sheet({
      header: HEADER("Kinh phí (triệu đồng)"),
      rows: [[1, "MN Hoa Sen", "Xã Ia Chim", "Công nhận mới", "1.250.000.000"]],
    });
    const [finding] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(
      finding,
      ["Kinh phí 1.250.000.000 quá lớn", "triệu đồng", "tức 1.250 triệu đồng"],
      ["1,250,000,000", "1,250 million"],
    );
    expect(finding?.value).toBe("1.250.000.000");
    expectNoBasis(finding);
  });

  test("in a column of tỷ đồng the message says the amount is too large and what it would be in tỷ", () => {
    const s = sheet({
      header: HEADER("Kinh phí (tỷ đồng)"),
      rows: [[1, "MN Hoa Sen", "Xã Ia Chim", "Công nhận mới", 2500]],
    });
    const [finding] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(
      finding,
      ["Kinh phí 2.500 quá lớn", "cột tính bằng tỷ đồng", "tức 2,5 tỷ đồng"],
      ["2,500 is too large", "2.5 billion"],
    );
  });

  test("in a column of đồng the message says the amount is too small and what it would be in đồng", () => {
    const s = sheet({
      header: HEADER("Kinh phí (đồng)"),
      rows: [[1, "MN Hoa Sen", "Xã Ia Chim", "Công nhận mới", 60]],
    });
    const [finding] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(
      finding,
      ["Kinh phí 60 quá nhỏ", "cột tính bằng đồng", "tức 60.000.000 đồng"],
      ["60 is too small", "60,000,000 đồng"],
    );
  });
});

test("a budget split by funding source: each cell is judged in its own column's unit, and named", () => {
  // "Kinh phí xã hội hóa (đồng)": 45 is millions typed in a column of đồng; 150.000.000 đồng is right.
  const s = flatList(
    ["Kinh phí ngân sách (triệu đồng)", "Kinh phí xã hội hóa (đồng)"],
    [
      [1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 1_250_000_000, 150_000_000],
      [2, "TH Hoa Lan", "CN lại", "CĐ3-MĐ2", 300, 45],
    ],
  );
  const found = findingsOf(check(s, planOptions(2025)), "budget-unit-suspect");
  expect(found.map((f) => [f.cell, f.column, f.fix])).toEqual([
    [s.cell(0, 5), "Kinh phí ngân sách (triệu đồng)", 1250],
    [s.cell(1, 6), "Kinh phí xã hội hóa (đồng)", 45_000_000],
  ]);
});
