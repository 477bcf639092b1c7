/**
 * A budget split into columns by funding source (SPEC §7): "Nhu cầu kinh phí (triệu đồng)" over
 * "Ngân sách | XHH", or one header per source. Each column is read as that source's budget; a "Tổng"
 * beside them is their total, not one more source; a budget by year or by purpose is no split.
 */
import type { Grid } from "../../../src/core/grid";
import { readSchoolTables } from "../../../src/core/table/read";
import type { SchoolTable } from "../../../src/core/table/model";
import { flatList, groupedList, L7_ROWS as ROWS } from "../../helpers/budget-lists";

function only(g: Grid): SchoolTable {
  const tables = readSchoolTables(g);
  expect(tables).toHaveLength(1);
  return tables[0] as SchoolTable;
}

const sourcesOf = (t: SchoolTable) => t.budgetSplit?.sources.map((c) => [c.col, c.source, c.unit.label]);

describe("a budget split by funding source", () => {
  test("under a merged group header: each sub-column is a source, in the group's unit", () => {
    const t = only(groupedList("Nhu cầu kinh phí (triệu đồng)", ["Ngân sách", "XHH"], ROWS));
    expect(sourcesOf(t)).toEqual([
      [5, "Ngân sách", "triệu đồng"],
      [6, "Xã hội hóa", "triệu đồng"],
    ]);
    expect(t.budgetSplit?.total).toBeNull();
    // The budget column the rest of the product names is the first source; the table has one budget.
    expect(t.columns.budget?.col).toBe(5);
    expect(t.rows.filter((r) => r.kind === "school")).toHaveLength(4);
  });

  test("in one-row headers that each name their source", () => {
    const t = only(flatList(["Kinh phí ngân sách (triệu đồng)", "Kinh phí xã hội hóa (triệu đồng)"], ROWS));
    expect(sourcesOf(t)).toEqual([
      [5, "Ngân sách", "triệu đồng"],
      [6, "Xã hội hóa", "triệu đồng"],
    ]);
  });

  test.each<[string, readonly string[], readonly string[]]>([
    ["Nhu cầu kinh phí", ["NS tỉnh", "NS xã", "XHH"], ["Ngân sách tỉnh", "Ngân sách xã", "Xã hội hóa"]],
    ["Kinh phí", ["NSNN", "Nguồn khác"], ["Ngân sách nhà nước", "Nguồn khác"]],
    ["Dự toán kinh phí", ["Vốn sự nghiệp", "Trong đó: XHH"], ["Vốn sự nghiệp", "Xã hội hóa"]],
    ["KP (tr.đ)", ["NSĐP", "Huy động"], ["Ngân sách địa phương", "Huy động"]],
  ])("%s over %j names the sources %j", (group, subs, labels) => {
    const rows = [[1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", ...subs.map(() => 100)]];
    const t = only(groupedList(group, subs, rows));
    expect(t.budgetSplit?.sources.map((c) => c.source)).toEqual(labels);
  });

  test("a total column beside the sources is the total, not one more source, and is the budget column", () => {
    const t = only(
      groupedList(
        "Nhu cầu kinh phí (triệu đồng)",
        ["Tổng", "Ngân sách", "XHH"],
        [[1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 2, 1.5, 0.5]],
      ),
    );
    expect(sourcesOf(t)).toEqual([
      [6, "Ngân sách", "triệu đồng"],
      [7, "Xã hội hóa", "triệu đồng"],
    ]);
    expect(t.budgetSplit?.total?.col).toBe(5);
    expect(t.columns.budget?.col).toBe(5);
  });

  test("one-row headers with a 'Tổng kinh phí' column: the total", () => {
    const t = only(
      flatList(
        ["Kinh phí NS (triệu đồng)", "Kinh phí XHH (triệu đồng)", "Tổng kinh phí (triệu đồng)"],
        [[1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 300, 100, 400]],
      ),
    );
    expect(t.budgetSplit?.sources.map((c) => c.col)).toEqual([5, 6]);
    expect(t.budgetSplit?.total?.col).toBe(7);
    expect(t.columns.budget?.col).toBe(7);
  });

  test("each column's unit: its own header first, then the group's, then a 'Đơn vị tính' line", () => {
    const own = only(
      flatList(
        ["Kinh phí ngân sách (triệu đồng)", "Kinh phí xã hội hóa (nghìn đồng)"],
        [[1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 300, 100000]],
      ),
    );
    expect(sourcesOf(own)?.map((s) => s[2])).toEqual(["triệu đồng", "nghìn đồng"]);
    const line = only(
      flatList(
        ["Kinh phí ngân sách", "Kinh phí xã hội hóa"],
        [[1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 1.2, 0.3]],
        [["Đơn vị tính: tỷ đồng"]],
      ),
    );
    expect(sourcesOf(line)?.map((s) => s[2])).toEqual(["tỷ đồng", "tỷ đồng"]);
    const group = only(groupedList("Kinh phí (nghìn đồng)", ["Ngân sách", "XHH"], ROWS));
    expect(sourcesOf(group)?.map((s) => s[2])).toEqual(["nghìn đồng", "nghìn đồng"]);
  });

  test("the unit the user chose is every column's", () => {
    const g = groupedList("Nhu cầu kinh phí (triệu đồng)", ["Ngân sách", "XHH"], ROWS);
    const [t] = readSchoolTables(g, { budgetUnit: { factor: 1e-6, label: "đồng" } });
    expect(t?.budgetSplit?.sources.map((c) => c.unit.label)).toEqual(["đồng", "đồng"]);
  });
});

describe("columns that are no split by source keep today's one budget column", () => {
  test.each<[string, readonly string[]]>([
    // "Of which" one source beside the total: the total is the budget, as it always was.
    ["Kinh phí (triệu đồng)", ["Ngân sách tỉnh", "Tổng"]],
    // A budget by year: adding 2025 and 2026 would count next year's money in this year's plan.
    ["Kinh phí (triệu đồng)", ["NS 2025", "NS 2026"]],
    // Cost items beside a source: neither all sources nor all items (items alone: budget-items.test.ts).
    ["Kinh phí (triệu đồng)", ["Xây dựng", "Thiết bị", "XHH"]],
  ])("%s over %j", (group, subs) => {
    const t = only(groupedList(group, subs, [[1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 100, 150]]));
    expect(t.budgetSplit).toBeUndefined();
    expect(t.columns.budget).toBeDefined();
  });

  test("the budget column the user chose is the budget, whole", () => {
    const g = groupedList(
      "Nhu cầu kinh phí (triệu đồng)",
      ["NS tỉnh", "NS xã", "XHH"],
      [[1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 100, 50, 30]],
    );
    const [t] = readSchoolTables(g, { mapping: { budget: 7 } });
    expect(t?.budgetSplit).toBeUndefined();
    expect(t?.columns.budget?.col).toBe(7);
  });
});
