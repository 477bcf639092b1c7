/**
 * A budget split into columns by cost item (SPEC §9): "Kinh phí (triệu đồng)" merged over "Xây dựng
 * phòng học | Mua sắm thiết bị | Sửa chữa". The items are parts of one budget: a school's budget is the
 * sum of its item cells, in the group's unit, bought with the money its row's "Nguồn vốn" names. A
 * "Tổng" beside them is their total, checked against them. Items are never sources, nor sources items.
 */
import { checkGrids } from "../../../src/app/check";
import { tableInfo } from "../../../src/app/report";
import { findingMessage } from "../../../src/core/findings/render";
import type { CellRange, CellValue, Grid } from "../../../src/core/grid";
import { readSchoolTables } from "../../../src/core/table/read";
import type { SchoolTable } from "../../../src/core/table/model";
import { flatList, groupedList } from "../../helpers/budget-lists";
import { nfd, TODAY } from "../../helpers/sheet";
import { planOf, sectionText } from "../plan/helpers";

const YEAR = 2027;
const KP = "Kinh phí (triệu đồng)";
const ITEMS = ["Xây dựng phòng học", "Mua sắm thiết bị", "Sửa chữa"];
const SOURCES = ["Ngân sách tỉnh", "Ngân sách xã", "Xã hội hóa"];

function only(g: Grid): SchoolTable {
  const tables = readSchoolTables(g);
  expect(tables).toHaveLength(1);
  return tables[0] as SchoolTable;
}

const checked = (g: Grid) => checkGrids([g], { planYear: YEAR }, { today: TODAY });

/**
 * The tester's list (trialE s2h), as an office writes it: the commune and a title merged across the
 * table, "STT | Tên trường | Hình thức" and "Nguồn vốn" merged down two header rows, `group` merged
 * across the sub-headers `subs`, a "Tổng cộng" row under the schools. Text typed with combining accents.
 */
function dutoan(
  group: string,
  subs: readonly string[],
  rows: readonly (readonly CellValue[])[],
  totals: readonly CellValue[],
): Grid {
  const width = 3 + subs.length + 1;
  const text = (v: CellValue): CellValue => (typeof v === "string" ? nfd(v) : v);
  const cells: CellValue[][] = [
    [nfd("UBND XÃ QUẾ VÕ")],
    [nfd("DỰ TOÁN KINH PHÍ XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2027")],
    [],
    ["STT", "Tên trường", "Hình thức", group, ...subs.slice(1).map(() => null), "Nguồn vốn"].map(text),
    [null, null, null, ...subs, null].map(text),
    ...rows.map((r) => r.map(text)),
    [null, "Tổng cộng", null, ...totals, null].map(text),
  ];
  const merges: CellRange[] = [
    { top: 2, left: 1, bottom: 2, right: width },
    ...[1, 2, 3, width].map((c) => ({ top: 4, left: c, bottom: 5, right: c })),
    { top: 4, left: 4, bottom: 4, right: 3 + subs.length },
  ];
  return { sheet: "DT", top: 1, left: 1, cells, merges, tables: [] };
}

/**
 * Rows 6–11: each school's three cells and its source. MN Hoa Sen has an #N/A and no source; TH Hoa
 * Sen writes 0s; THCS Hoa Sen leaves every cell empty (its money already set aside).
 */
const ROWS: readonly (readonly CellValue[])[] = [
  ["1.", "MN Quế Võ", "CN mới", "1.000", "300", "50", "Ngân sách tỉnh"],
  ["2.", "TH Quế Võ", "CN lại", "0", "200", "100", "NS xã"],
  ["3.", "THCS Quế Võ", "Nâng mức", "800", "", "150,5", "XHH"],
  ["4.", "MN Hoa Sen", "CN mới", 500, { error: "#N/A" }, 20, null],
  ["5.", "TH Hoa Sen", "CN lại", 0, 0, null, "Ngân sách tỉnh"],
  ["6.", "THCS Hoa Sen", "Nâng mức", null, null, null, null],
];
const TOTALS: readonly CellValue[] = ["2.300", "500", "320,5"];

describe("'Kinh phí (triệu đồng)' merged over cost items, with no total column", () => {
  const list = dutoan(KP, ITEMS, ROWS, TOTALS);

  test("every item column is a part of the budget, in the group's unit, naming no source", () => {
    const t = only(list);
    expect(t.budgetSplit?.sources.map((c) => [c.col, c.source, c.unit.label])).toEqual([
      [4, null, "triệu đồng"],
      [5, null, "triệu đồng"],
      [6, null, "triệu đồng"],
    ]);
    expect(t.budgetSplit?.total).toBeNull();
    expect(t.columns.budget?.col).toBe(4);
    expect(t.columns.fundingSource?.col).toBe(7);
    expect(t.rows.filter((r) => r.kind === "school")).toHaveLength(6);
  });

  test("a school's budget is the sum of its items, counted for the source its row names", () => {
    const c = checked(list);
    const b = c.summary.budget!;
    // 1.350 + 300 + 950,5 + 520 (MN Hoa Sen's #N/A left out).
    expect(b.total).toBe(3120.5);
    expect(b.byAction).toEqual({
      new: { schools: 2, amount: 1870 },
      renewal: { schools: 1, amount: 300 },
      upgrade: { schools: 1, amount: 950.5 },
    });
    expect(b.bySource).toEqual([
      { source: "Ngân sách tỉnh", amount: 1350 },
      { source: "Ngân sách xã", amount: 300 },
      { source: "Xã hội hóa", amount: 950.5 },
      { source: null, amount: 520 },
    ]);
    expect(b.excluded).toEqual([{ sheet: "DT", cell: "E9", reason: "error", school: "MN Hoa Sen" }]);
    // TH Quế Võ asks 300 for equipment and repairs. TH Hoa Sen (all 0) asks for nothing, and so does
    // THCS Hoa Sen (all empty), as an empty cell of a single budget column does: its items are one budget.
    expect(b.unfunded).toEqual(["TH Hoa Sen", "THCS Hoa Sen"]);
    expect(b.unwritten).toBeUndefined();
    // The "Tổng cộng" row adds up, column by column: no finding on it.
    expect(c.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });

  test("the plan's budget section says so", () => {
    const text = sectionText(planOf([list], YEAR), "budget");
    expect(text).toContain("Tổng kinh phí: 3.120,5 triệu đồng, gồm:");
    expect(text).toContain("Ngân sách tỉnh: 1.350 triệu đồng");
    expect(text).toContain("Ngân sách xã: 300 triệu đồng");
    expect(text).toContain("Xã hội hóa: 950,5 triệu đồng");
    expect(text).toContain("Chưa ghi nguồn: 520 triệu đồng");
    expect(text).not.toContain("TH Quế Võ");
  });
});

describe("the same list with funding sources as sub-columns is read by source, as before", () => {
  const list = dutoan(KP, SOURCES, ROWS, TOTALS);

  test("each sub-column is its source; the row's 'Nguồn vốn' adds no line", () => {
    const t = only(list);
    expect(t.budgetSplit?.sources.map((c) => [c.col, c.source])).toEqual([
      [4, "Ngân sách tỉnh"],
      [5, "Ngân sách xã"],
      [6, "Xã hội hóa"],
    ]);
    const b = checked(list).summary.budget!;
    expect(b.total).toBe(3120.5);
    expect(b.bySource).toEqual([
      { source: "Ngân sách tỉnh", amount: 2300 },
      { source: "Ngân sách xã", amount: 500 },
      { source: "Xã hội hóa", amount: 320.5 },
    ]);
    // Of a split by source, a row left all empty says nothing of its money, as before.
    expect(b.unfunded).toEqual(["TH Hoa Sen"]);
    expect(b.unwritten).toEqual(["THCS Hoa Sen"]);
  });
});

describe("a 'Tổng' column beside the items is their total", () => {
  const list = dutoan(
    KP,
    ["Xây mới phòng học", "Cải tạo nhà vệ sinh", "Bàn ghế, đồ dùng", "Tổng"],
    [
      ["1", "MN Quế Võ", "Công nhận mới", 1000, 300, 50, 1350, "Ngân sách tỉnh"],
      ["2", "TH Quế Võ", "Công nhận lại", 0, 200, 100, 999, "NS xã"],
      ["3", "THCS Quế Võ", "Nâng mức", null, null, null, 400, "XHH"],
    ],
    [1000, 500, 150, 2749],
  );
  const c = checked(list);
  const b = c.summary.budget!;

  test("it is the table's budget column, never one more item", () => {
    const t = only(list);
    expect(t.budgetSplit?.sources.map((s) => s.col)).toEqual([4, 5, 6]);
    expect(t.budgetSplit?.total?.col).toBe(7);
    expect(t.columns.budget?.col).toBe(7);
  });

  test("a row whose items add up to it counts once; its figure alone where no item is written", () => {
    // 1.350 (items = total) + 400 (the total alone); TH Quế Võ (300 ≠ 999) is left out.
    expect(b.total).toBe(1750);
    expect(b.bySource).toEqual([
      { source: "Ngân sách tỉnh", amount: 1350 },
      { source: "Xã hội hóa", amount: 400 },
    ]);
    expect(b.excluded).toEqual([{ sheet: "DT", cell: "G7", reason: "split-mismatch", school: "TH Quế Võ" }]);
  });

  test("a row whose items do not add up to it is reported at its total cell", () => {
    const found = c.findings.filter((f) => f.rule === "total-mismatch" && f.cell === "G7");
    expect(found).toHaveLength(1);
    expect(findingMessage(found[0]!, "vi")).toContain("ghi 999");
    expect(findingMessage(found[0]!, "vi")).toContain("cộng lại 300");
  });
});

describe("which columns are cost items", () => {
  test.each<[string, readonly string[]]>([
    [KP, ITEMS],
    ["Nhu cầu kinh phí (triệu đồng)", ["Xây mới", "Cải tạo, sửa chữa", "Mua sắm thiết bị, đồ dùng"]],
    ["Dự toán kinh phí", ["Phòng học bộ môn", "Nhà vệ sinh", "Tường rào, cổng trường", "Sân chơi"]],
    ["Kinh phí", ["Công trình phụ trợ", "Trang thiết bị", "Khác"]],
    ["Tổng kinh phí", ["Xây dựng", "Thiết bị"]],
  ])("%s over %j", (group, subs) => {
    const rows = [[1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", ...subs.map(() => 100)]];
    const t = only(groupedList(group, subs, rows));
    expect(t.budgetSplit?.sources.map((c) => c.source)).toEqual(subs.map(() => null));
    expect(t.budgetSplit?.total).toBeNull();
  });

  test("one-row headers that each name their item, in their own units", () => {
    const list = flatList(
      ["Kinh phí xây dựng (triệu đồng)", "Kinh phí mua sắm thiết bị (nghìn đồng)"],
      [[1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 300, "150.000"]],
    );
    expect(only(list).budgetSplit?.sources.map((c) => [c.col, c.source, c.unit.label])).toEqual([
      [5, null, "triệu đồng"],
      [6, null, "nghìn đồng"],
    ]);
    const b = checkGrids([list], { planYear: 2025 }, { today: TODAY }).summary.budget!;
    expect(b.total).toBe(450);
    expect(b.bySource).toEqual([{ source: null, amount: 450 }]);
  });

  test("'Tổng kinh phí' then 'Trong đó' over items: the items of which it is the total", () => {
    const list: Grid = {
      sheet: "DS",
      top: 1,
      left: 1,
      cells: [
        ["DANH SÁCH TRƯỜNG XÂY DỰNG CQG NĂM 2025"],
        ["STT", "Tên trường", "Hình thức", "Tổng kinh phí (đồng)", "Trong đó", null, "Nguồn vốn"],
        [null, null, null, null, "Xây dựng", "Thiết bị", null],
        [1, "MN Hoa Sen", "Công nhận lại", 120_000_000, 100_000_000, 20_000_000, "NS huyện"],
        [2, "TH Kim Đồng", "Nâng mức", 250_000_000, 200_000_000, 60_000_000, "NS huyện"],
      ],
      merges: [
        ...[1, 2, 3, 4, 7].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
        { top: 2, left: 5, bottom: 2, right: 6 },
      ],
      tables: [],
    };
    const c = checkGrids([list], { planYear: 2025 }, { today: TODAY });
    expect(c.records[0]?.table.budgetSplit?.sources.map((s) => [s.col, s.source, s.unit.label])).toEqual([
      [5, null, "đồng"],
      [6, null, "đồng"],
    ]);
    expect(c.summary.budget?.total).toBe(120);
    expect(c.summary.budget?.bySource).toEqual([{ source: "Ngân sách huyện", amount: 120 }]);
    expect(c.findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["D5"]);
  });
});

describe("items and sources are never mixed up", () => {
  test.each<[string, readonly string[], readonly (string | null)[] | undefined]>([
    // Sources beside an item: the sources are the split, as they always were; the item is no source.
    [KP, ["Xây dựng", "NS tỉnh", "XHH"], ["Ngân sách tỉnh", "Xã hội hóa"]],
    [KP, ["Ngân sách", "Nguồn khác"], ["Ngân sách", "Nguồn khác"]],
    // One source beside items: neither a split by source nor one by item.
    [KP, ["Xây dựng", "Thiết bị", "XHH"], undefined],
    [KP, ["Xây dựng", "Thiết bị", "Nguồn khác"], undefined],
    [KP, ["Xây dựng NS tỉnh", "Thiết bị NS tỉnh"], undefined],
    [KP, ["Vốn xây dựng", "Vốn thiết bị"], ["Vốn xây dựng", "Vốn thiết bị"]],
    // Items by year, an item twice, a column that is no item: adding them is unsafe.
    [KP, ["Xây dựng 2026", "Xây dựng 2027"], undefined],
    [KP, ["Xây dựng", "Xây dựng"], undefined],
    [KP, ["Xây dựng", "Thiết bị", "Đối ứng"], undefined],
  ])("%s over %j", (group, subs, sources) => {
    const rows = [[1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", ...subs.map(() => 100)]];
    const t = only(groupedList(group, subs, rows));
    expect(t.budgetSplit?.sources.map((c) => c.source)).toEqual(sources);
    expect(t.columns.budget).toBeDefined();
  });

  test("the same items under two groups (two years) are no split", () => {
    const list: Grid = {
      sheet: "DS",
      top: 1,
      left: 1,
      cells: [
        ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2025"],
        ["STT", "Tên trường", "Hình thức", "Kinh phí năm 2025", null, "Kinh phí năm 2026", null],
        [null, null, null, "Xây dựng", "Thiết bị", "Sửa chữa", "Bàn ghế"],
        [1, "MN Hoa Sen", "Công nhận mới", 100, 20, 30, 40],
      ],
      merges: [
        ...[1, 2, 3].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
        { top: 2, left: 4, bottom: 2, right: 5 },
        { top: 2, left: 6, bottom: 2, right: 7 },
      ],
      tables: [],
    };
    expect(only(list).budgetSplit).toBeUndefined();
  });
});

test("the check's table description says the columns are cost items, and of sources that they are sources", () => {
  const items = checkGrids([dutoan(KP, ITEMS, ROWS, TOTALS)], {}, { today: TODAY });
  const [info] = items.tables.map(tableInfo);
  expect(info?.budgetSplit?.items).toBe(true);
  const sources = checkGrids(
    [dutoan(KP, ["Ngân sách tỉnh", "NS xã", "XHH"], ROWS, TOTALS)],
    {},
    { today: TODAY },
  );
  const [bySource] = sources.tables.map(tableInfo);
  expect(bySource?.budgetSplit?.sources.length).toBe(3);
  expect(bySource?.budgetSplit?.items).toBeUndefined();
});
