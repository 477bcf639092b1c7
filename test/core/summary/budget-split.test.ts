/**
 * A budget split into columns by funding source (SPEC §9): every column counts, each for its source; a
 * school is "already funded" only when its cells say 0; a total column beside the sources is checked,
 * never added; a cell we cannot stand behind is left out and named.
 */
import { checkGrids } from "../../../src/app/check";
import { findingMessage } from "../../../src/core/findings/render";
import type { Grid } from "../../../src/core/grid";
import { summaryJson } from "../../../src/core/summary/json";
import { budgetNote } from "../../../src/core/summary/notes";
import { sheet, TODAY } from "../../helpers/sheet";
import { flatList, groupedList, L7_ROWS } from "../../helpers/budget-lists";
import { planOf, sectionText } from "../plan/helpers";

const YEAR = 2025;
const NEED = "Nhu cầu kinh phí (triệu đồng)";

const checked = (...grids: Grid[]) => checkGrids(grids, { planYear: YEAR }, { today: TODAY });
const budgetOf = (...grids: Grid[]) => checked(...grids).summary.budget!;

describe("the tester's list: 'Nhu cầu kinh phí (triệu đồng)' over 'Ngân sách | XHH'", () => {
  const list = groupedList(NEED, ["Ngân sách", "XHH"], L7_ROWS);

  test("both columns count: the total, the lines by action and by source add up", () => {
    const b = budgetOf(list);
    expect(b.total).toBe(4502.5);
    expect(b.bySource).toEqual([
      { source: "Ngân sách", amount: 4002 },
      { source: "Xã hội hóa", amount: 500.5 },
    ]);
    expect(b.byAction).toEqual({
      new: { schools: 2, amount: 302 },
      renewal: { schools: 1, amount: 1700 },
      upgrade: { schools: 1, amount: 2500.5 },
    });
    expect(b.byType.map((t) => [t.type, t.amount])).toEqual([
      ["MN", 302],
      ["TH", 1700],
      ["THCS", 2500.5],
    ]);
    expect(b.excluded).toEqual([]);
  });

  test("a school funded only from the second column asks for money: it is not 'already funded'", () => {
    const s = checked(list).summary;
    expect(s.budget!.unfunded).toEqual([]);
    expect(budgetNote(s, "vi")).toBeNull();
    const text = sectionText(planOf([list], YEAR), "budget");
    expect(text).toContain("Tổng kinh phí: 4.502,5 triệu đồng, gồm:");
    expect(text).toContain("Công nhận mới (02 trường): 302 triệu đồng");
    expect(text).toContain("Ngân sách: 4.002 triệu đồng");
    expect(text).toContain("Xã hội hóa: 500,5 triệu đồng");
    expect(text).not.toContain("Không đề nghị bổ sung kinh phí");
    expect(text).not.toContain("MN Cẩm Tú");
  });
});

test("one-row headers 'Kinh phí ngân sách' and 'Kinh phí xã hội hóa': both count", () => {
  const b = budgetOf(
    flatList(
      ["Kinh phí ngân sách (triệu đồng)", "Kinh phí xã hội hóa (triệu đồng)"],
      [
        [1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 300, 100],
        [2, "TH Hoa Lan", "CN lại", "CĐ3-MĐ2", 150, 50],
        [3, "MN Cẩm Tú", "CN mới", "CĐ2-MĐ1", null, 300],
      ],
    ),
  );
  expect(b.total).toBe(900);
  expect(b.bySource).toEqual([
    { source: "Ngân sách", amount: 450 },
    { source: "Xã hội hóa", amount: 450 },
  ]);
  expect(b.unfunded).toEqual([]);
});

test("each column in its own unit: nghìn đồng in one, triệu đồng in the other", () => {
  const b = budgetOf(
    flatList(
      ["Kinh phí ngân sách (triệu đồng)", "Kinh phí xã hội hóa (nghìn đồng)"],
      [[1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 300, "100.000"]],
    ),
  );
  expect(b.bySource).toEqual([
    { source: "Ngân sách", amount: 300 },
    { source: "Xã hội hóa", amount: 100 },
  ]);
});

describe("which planned schools ask for no new money", () => {
  const list = groupedList(
    NEED,
    ["Ngân sách", "XHH"],
    [
      [1, "MN Sao Mai", "Công nhận mới", "CĐ2-MĐ1", 0, null],
      [2, "TH Ia Grai", "Công nhận mới", "CĐ2-MĐ1", null, null],
      [3, "TH Võ Thị Sáu", "Công nhận lại", "CĐ3-MĐ2", 0, 0],
      [4, "THCS Lê Lợi", "Công nhận lại", "CĐ3-MĐ2", 0, 250],
    ],
  );
  const s = checked(list).summary;

  test("a 0 in its cells and nothing else: already funded; all cells empty: nothing said, never funded", () => {
    const b = s.budget!;
    expect(b.unfunded).toEqual(["MN Sao Mai", "TH Võ Thị Sáu"]);
    expect(b.unwritten).toEqual(["TH Ia Grai"]);
    expect(b.total).toBe(250);
    expect(b.byAction.renewal).toEqual({ schools: 1, amount: 250 });
  });

  test("the summary and the plan name the school whose budget is not written", () => {
    expect(budgetNote(s, "vi")).toBe(
      "Không có số liệu kinh phí của 1 trường trong kế hoạch để trống mọi cột kinh phí (không coi là đã có kinh phí): TH Ia Grai.",
    );
    const text = sectionText(planOf([list], YEAR), "budget");
    expect(text).toContain(
      "Chưa có số liệu kinh phí của 01 trường (các cột kinh phí để trống), cần bổ sung trước khi ban hành Kế hoạch: TH Ia Grai.",
    );
    expect(text).toContain(
      "đã được đầu tư từ trước hoặc sử dụng cơ sở vật chất hiện có: MN Sao Mai, TH Võ Thị Sáu.",
    );
    expect(sectionText(planOf([list], YEAR, { lang: "en" }), "budget")).toContain(
      "(their budget columns are empty) and must be added before the plan is issued: TH Ia Grai.",
    );
  });

  test("a plan whose schools wrote no budget at all does not say they need no money", () => {
    const blank = groupedList(
      NEED,
      ["Ngân sách", "XHH"],
      [[1, "TH Ia Grai", "Công nhận mới", "CĐ2-MĐ1", null, null]],
    );
    const text = sectionText(planOf([blank], YEAR), "budget");
    expect(text).not.toContain("không phát sinh nhu cầu kinh phí");
    expect(text).toContain("Chưa có số liệu kinh phí của 01 trường");
  });

  test("the JSON lists them as `unwritten`, a key a single budget column never has", () => {
    const json = summaryJson(s, "vi") as { budget: Record<string, unknown> };
    expect(json.budget.unwritten).toEqual(["TH Ia Grai"]);
    const single = flatList(["Kinh phí (triệu đồng)"], [[1, "TH Ia Grai", "Công nhận mới", "CĐ2-MĐ1", null]]);
    const one = summaryJson(checked(single).summary, "vi") as { budget: Record<string, unknown> };
    expect(one.budget).not.toHaveProperty("unwritten");
    expect(one.budget.unfunded).toEqual(["TH Ia Grai"]);
  });
});

test("a cell we cannot stand behind is left out and named in its own column; the other sources count", () => {
  const list = groupedList(
    NEED,
    ["Ngân sách", "XHH"],
    [
      [1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", "1.200", "khoảng 200"],
      [2, "TH Hoa Lan", "CN lại", "CĐ3-MĐ2", -50, 100],
      [3, "THCS Hoa Lan", "Nâng mức", "CĐ3-MĐ2", 300, 150_000_000],
    ],
  );
  const s = checked(list).summary;
  const b = s.budget!;
  expect(b.excluded.map((c) => [c.cell, c.reason, c.school])).toEqual([
    ["F5", "not-number", "MN Hoa Lan"],
    ["E6", "negative", "TH Hoa Lan"],
    ["F7", "unit-suspect", "THCS Hoa Lan"],
  ]);
  expect(b.total).toBe(1600);
  expect(b.bySource).toEqual([
    { source: "Ngân sách", amount: 1500 },
    { source: "Xã hội hóa", amount: 100 },
  ]);
  expect(b.unfunded).toEqual([]);
  expect(budgetNote(s, "vi")).toContain("DS!F5, DS!E6, DS!F7");
});

describe("a total column beside the source columns", () => {
  const list = groupedList(
    NEED,
    ["Tổng", "Ngân sách", "XHH"],
    [
      [1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 2, "1,5", "0,5"],
      [2, "TH Hoa Lan", "CN lại", "CĐ3-MĐ2", 1800, 1500, 200],
      [3, "THCS Hoa Lan", "Nâng mức", "CĐ3-MĐ2", 2500.5, null, null],
      [4, "MN Cẩm Tú", "CN mới", "CĐ2-MĐ1", null, null, 300],
    ],
  );
  const result = checked(list);
  const b = result.summary.budget!;

  test("is never added to the sources: a row whose sources add up to it counts once, by source", () => {
    // 2 (1,5 + 0,5) + 2.500,5 (the total alone) + 300 (no total written); TH Hoa Lan is left out.
    expect(b.total).toBe(2802.5);
    expect(b.bySource).toEqual([
      { source: "Ngân sách", amount: 1.5 },
      { source: "Xã hội hóa", amount: 300.5 },
      { source: null, amount: 2500.5 },
    ]);
  });

  test("a row whose sources do not add up to it is left out, named by its total cell, and reported", () => {
    expect(b.excluded).toEqual([{ sheet: "DS", cell: "E6", reason: "split-mismatch", school: "TH Hoa Lan" }]);
    expect(budgetNote(result.summary, "vi")).toBe(
      "Không cộng vào kinh phí 1 trường có cột tổng khác tổng các cột kinh phí thành phần (xem trang kết quả kiểm tra): DS!E6.",
    );
    const found = result.findings.filter((f) => f.rule === "total-mismatch");
    expect(found.map((f) => [f.cell, f.severity, f.column])).toEqual([
      ["E6", "error", "Nhu cầu kinh phí (triệu đồng) Tổng"],
    ]);
    expect(findingMessage(found[0]!, "vi")).toBe(
      'Cột tổng của "TH Hoa Lan" ghi 1.800 nhưng các cột kinh phí thành phần (Ngân sách, Xã hội hóa) cộng lại 1.700; kinh phí của trường không được cộng vào tổng cho đến khi sửa.',
    );
    expect(sectionText(planOf([list], YEAR), "budget")).toContain(
      "Số liệu trên chưa gồm kinh phí của 01 trường có số liệu kinh phí chưa hợp lệ",
    );
  });
});

test("a 'Nguồn kinh phí' column beside source columns adds no second line for the same money", () => {
  const b = budgetOf(
    flatList(
      ["Kinh phí ngân sách (triệu đồng)", "Kinh phí XHH (triệu đồng)", "Nguồn kinh phí"],
      [
        [1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 300, 100, "Ngân sách tỉnh"],
        [2, "TH Hoa Lan", "CN lại", "CĐ3-MĐ2", 200, null, "Ngân sách tỉnh"],
      ],
    ),
  );
  expect(b.total).toBe(600);
  expect(b.bySource).toEqual([
    { source: "Ngân sách", amount: 500 },
    { source: "Xã hội hóa", amount: 100 },
  ]);
});

test("a school written twice for the same action has its split budget counted once, its cells named", () => {
  const b = budgetOf(
    groupedList(
      NEED,
      ["Ngân sách", "XHH"],
      [
        [1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 300, 100],
        [2, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 300, 100],
      ],
    ),
  );
  expect(b.total).toBe(400);
  expect(b.excluded.map((c) => [c.cell, c.reason])).toEqual([
    ["E6", "duplicate"],
    ["F6", "duplicate"],
  ]);
});

describe("a bare 'Tổng' column just beside the source columns", () => {
  const list = sheet({
    title: ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2025"],
    header: [
      "STT",
      "Tên trường",
      "Hình thức",
      "Kinh phí ngân sách (triệu đồng)",
      "Kinh phí xã hội hóa (triệu đồng)",
      "Tổng",
    ],
    rows: [
      [1, "MN Hoa Sen", "Công nhận mới", 100, 20, 999],
      [2, "TH Kim Đồng", "Công nhận mới", 250, 50, 300],
      [3, "THCS Lê Lợi", "Nâng mức", null, null, 250],
    ],
  });

  test("is their total: checked where the sources are written, the figure where they are not", () => {
    const c = checked(list);
    expect(c.findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual([
      list.cell(0, "Tổng"),
    ]);
    // 999 ≠ 120 leaves Hoa Sen's money out; Lê Lợi's 250 is its total alone.
    expect(c.summary.budget?.total).toBe(550);
  });
});

describe("'Tổng kinh phí' then 'Trong đó' over 'Ngân sách | Xã hội hóa'", () => {
  const list: Grid = {
    sheet: "DS",
    top: 1,
    left: 1,
    cells: [
      ["DANH SÁCH TRƯỜNG XÂY DỰNG CQG NĂM 2025"],
      ["STT", "Tên trường", "Hình thức", "Tổng kinh phí (đồng)", "Trong đó", null],
      [null, null, null, null, "Ngân sách", "Xã hội hóa"],
      [1, "MN Hoa Sen", "Công nhận lại", 120_000_000, 100_000_000, 20_000_000],
      [2, "TH Kim Đồng", "Nâng mức", 250_000_000, 200_000_000, 50_000_000],
      [3, "THCS Lê Lợi", "Công nhận mới", 300_000_000, 300_000_000, null],
    ],
    merges: [
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 2, left: 3, bottom: 3, right: 3 },
      { top: 2, left: 4, bottom: 3, right: 4 },
      { top: 2, left: 5, bottom: 2, right: 6 },
    ],
    tables: [],
  };

  test("the columns of which it is the total are its sources, in its unit", () => {
    const c = checked(list);
    expect(c.findings.filter((f) => f.rule === "total-mismatch" || f.rule === "budget-unit-suspect")).toEqual(
      [],
    );
    expect(c.summary.budget?.total).toBe(670);
    expect(c.summary.budget?.bySource).toEqual([
      { source: "Ngân sách", amount: 600 },
      { source: "Xã hội hóa", amount: 70 },
    ]);
  });
});
