/**
 * Budget lines that add up to the total they itemise: a 0 asks for no money, and money on rows that
 * plan no action (a status sheet beside the plan's sheet) has a line of its own in every output.
 */
import { checkGrids } from "../../../src/app/check";
import type { CellValue } from "../../../src/core/grid";
import { budgetNote } from "../../../src/core/summary/notes";
import { buildSummarySheet } from "../../../src/core/output/summary-sheet";
import { sheet, TODAY } from "../../helpers/sheet";
import { dataRows, shown, texts, totalsRow } from "../output/helpers";
import { planOf, sectionText } from "../plan/helpers";

const YEAR = 2027;
const PLAN_HEADER = ["STT", "Tên trường", "Hình thức", "Kinh phí (triệu đồng)"];

/** A plan's sheet of the year: schools, their actions and budgets (triệu đồng). */
const planSheet = (rows: readonly (readonly CellValue[])[], name = "Kế hoạch") =>
  sheet({ name, title: ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2027"], header: PLAN_HEADER, rows });

const summaryOf = (...grids: Parameters<typeof checkGrids>[0]) =>
  checkGrids(grids, { planYear: YEAR }, { today: TODAY }).summary;

describe("a planned school whose budget is 0", () => {
  const plan = planSheet([
    [1, "MN Sao Mai", "Công nhận mới", 150],
    [2, "TH Ia Grai", "Công nhận mới", 0],
    [3, "TH Võ Thị Sáu", "Công nhận lại", null],
  ]);

  test("asks for no money: it is not a budget line, and is named with the schools already funded", () => {
    const b = summaryOf(plan).budget!;
    expect(b.byAction.new).toEqual({ schools: 1, amount: 150 });
    expect(b.unfunded).toEqual(["TH Ia Grai", "TH Võ Thị Sáu"]);
    expect(b.total).toBe(150);
    const text = sectionText(planOf([plan], YEAR), "budget");
    expect(text).toContain("Công nhận mới (01 trường): 150 triệu đồng");
    expect(text).toContain(
      "đã được đầu tư từ trước hoặc sử dụng cơ sở vật chất hiện có: TH Ia Grai, TH Võ Thị Sáu.",
    );
  });
});

describe("money on rows of a list that plans nothing, beside the plan's list", () => {
  const status = sheet({
    name: "Hiện trạng",
    title: ["DANH SÁCH TRƯỜNG XÃ IA GRAI"],
    header: ["STT", "Tên trường", "Mã công nhận", "Năm công nhận", "Kinh phí (triệu đồng)"],
    rows: [
      [1, "THCS Trần Phú", "CĐ2-MĐ1", 2024, 120],
      [2, "TH Lê Lợi", "CĐ2-MĐ1", 2023, null],
    ],
  });
  const plan = planSheet([
    [1, "MN Sao Mai", "Công nhận mới", 150],
    [2, "TH Lê Lợi", "Công nhận lại", 35],
  ]);
  const s = summaryOf(status, plan);

  test("is counted on its own line, so the lines add up to the total", () => {
    const b = s.budget!;
    expect(b.total).toBe(305);
    expect(b.unassigned).toEqual({ schools: 1, amount: 120 });
    expect(b.byAction.new.amount + b.byAction.renewal.amount + b.unassigned.amount).toBe(b.total);
  });

  test("the summary sheet's table has that row, and its rows sum to its total", () => {
    const sheetModel = buildSummarySheet({ summary: s, lang: "vi" });
    const rows = dataRows(sheetModel, "KDCL_BudgetByAction");
    expect(rows.map((r) => [shown(r[0]), shown(r[2])])).toEqual([
      ["Công nhận mới", 150],
      ["Công nhận lại", 35],
      ["Nâng mức độ", 0],
      ["Chưa ghi hình thức công nhận", 120],
    ]);
    expect(shown(totalsRow(sheetModel, "KDCL_BudgetByAction")[2])).toBe(305);
  });

  test("the plan gives the line too, in Vietnamese and in English", () => {
    expect(sectionText(planOf([status, plan], YEAR), "budget")).toContain(
      "Chưa ghi hình thức công nhận (01 trường): 120 triệu đồng",
    );
    expect(sectionText(planOf([status, plan], YEAR, { lang: "en" }), "budget")).toContain(
      "No action written (1 school): 120 million đồng",
    );
  });
});

test("a list with budgets and no actions at all: the summary sheet's rows add up to its total", () => {
  const list = sheet({
    title: ["DANH SÁCH TRƯỜNG XÃ IA GRAI"],
    header: ["STT", "Tên trường", "Mã công nhận", "Năm công nhận", "Kinh phí (triệu đồng)"],
    rows: [
      [1, "THCS Trần Phú", "CĐ2-MĐ1", 2024, 120],
      [2, "TH Lê Lợi", "CĐ2-MĐ1", 2023, 80],
    ],
  });
  const model = buildSummarySheet({ summary: summaryOf(list), lang: "vi" });
  expect(texts(model)).not.toContain("Danh sách không ghi kinh phí.");
  const amounts = dataRows(model, "KDCL_BudgetByAction").map((r) => Number(shown(r[2])));
  expect(amounts.reduce((a, b) => a + b, 0)).toBe(200);
  expect(shown(totalsRow(model, "KDCL_BudgetByAction")[2])).toBe(200);
});

describe("a school written twice for the same action (duplicate-school)", () => {
  const list = planSheet(
    [
      [1, "TH Ia Grai", "Công nhận lại", 900],
      [2, "THCS Lý Tự Trọng", "Công nhận lại", 500],
      [3, "Trường TH Ia Grai", "Công nhận lại", 900],
      // Another year of a roadmap is no duplicate: its budget counts.
      [4, "THCS Lý Tự Trọng", "Nâng mức", 300],
    ],
    "DS trường",
  );
  const s = summaryOf(list);

  test("has its budget counted once, and the repeated cell named", () => {
    const b = s.budget!;
    expect(b.total).toBe(1700);
    expect(b.byAction.renewal).toEqual({ schools: 2, amount: 1400 });
    expect(b.excluded.map((c) => [c.cell, c.reason])).toEqual([
      [list.cell(2, "Kinh phí (triệu đồng)"), "duplicate"],
    ]);
    expect(budgetNote(s, "vi")).toBe(
      `Không cộng thêm 1 ô kinh phí ở dòng ghi trùng một trường đã có (xem trang kết quả kiểm tra): DS trường!${list.cell(2, "Kinh phí (triệu đồng)")}.`,
    );
  });

  test("the plan says the repeated budget is counted once, not that the school's budget is left out", () => {
    const text = sectionText(planOf([list], YEAR), "budget");
    expect(text).toContain("Tổng kinh phí: 1.700 triệu đồng");
    expect(text).toContain("Kinh phí của 01 trường ghi lặp lại ở dòng trùng chỉ được tính một lần");
    expect(text).not.toContain("chưa gồm kinh phí");
  });
});

test("money on a row that plans nothing, in a list that plans, stays in the total on its own line", () => {
  const list = planSheet(
    [
      [1, "MN Sao Mai", "Công nhận mới", 850],
      [2, "TH Ia Grai", null, 900],
      [3, "THCS Ia Bă", null, 1100],
      [4, "TH Kim Đồng", "Công nhận lại", 300],
    ],
    "DS trường",
  );
  const b = checkGrids([list], { planYear: YEAR }, { today: TODAY }).summary.budget!;
  expect(b.total).toBe(3150);
  expect(b.unassigned).toEqual({ schools: 2, amount: 2000 });
});

describe("a plan's second sheet without a budget column", () => {
  const plan = planSheet([[1, "MN Sao Mai", "Công nhận mới", 150]]);
  const more = sheet({
    name: "Bổ sung",
    title: ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ BỔ SUNG NĂM 2027"],
    header: ["STT", "Tên trường", "Hình thức"],
    rows: [[1, "THCS Ia Grai", "Công nhận mới"]],
  });
  const s = summaryOf(plan, more);

  test("says nothing of its schools' money: they are not the schools already funded", () => {
    const b = s.budget!;
    expect(b.total).toBe(150);
    expect(b.unfunded).toEqual([]);
    expect(b.withoutColumn).toEqual(["THCS Ia Grai"]);
    expect(budgetNote(s, "vi")).toBe(
      "Không có số liệu kinh phí của 1 trường trong kế hoạch ở bảng không có cột kinh phí (không coi là đã có kinh phí): THCS Ia Grai.",
    );
  });
});

describe("funding sources written several ways", () => {
  const s = summaryOf(
    sheet({
      title: ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2027"],
      header: ["STT", "Tên trường", "Hình thức", "Kinh phí (triệu đồng)", "Nguồn kinh phí"],
      rows: [
        [1, "MN Sao Mai", "Công nhận mới", 1000.35, "Ngân sách tỉnh"],
        [2, "TH Ia Grai", "Công nhận mới", 999.95, "NS tỉnh"],
        [3, "TH Võ Thị Sáu", "Công nhận lại", 120, "XHH"],
        [4, "THCS Lê Lợi", "Công nhận lại", 80, "Xã hội hóa"],
        [5, "THCS Kim Đồng", "Nâng mức", 300, "Nguồn vốn của trường"],
      ],
    }),
  );

  test('are one source each: "NS tỉnh" is "Ngân sách tỉnh", "XHH" is "Xã hội hóa"', () => {
    expect(s.budget?.bySource).toEqual([
      { source: "Ngân sách tỉnh", amount: 2000.3 },
      { source: "Xã hội hóa", amount: 200 },
      { source: "Nguồn vốn của trường", amount: 300 },
    ]);
  });
});

describe("a budget column for each year of a two-year plan", () => {
  const list = sheet({
    title: ["KẾ HOẠCH XÂY DỰNG TRƯỜNG CHUẨN QUỐC GIA GIAI ĐOẠN 2026-2027"],
    header: ["STT", "Tên trường", "Hình thức", "Kinh phí 2026 (triệu đồng)", "Kinh phí 2027 (triệu đồng)"],
    rows: [
      [1, "MN Sao Mai", "Công nhận mới", 300, null],
      [2, "TH Kim Đồng", "Công nhận mới", null, 250],
      [3, "THCS Lê Lợi", "Nâng mức", null, 200],
    ],
  });
  const at = (planYear: number) => checkGrids([list], { planYear }, { today: TODAY }).summary.budget;

  test("each year reads its own column: never a year's need read from another year's", () => {
    expect(at(2026)?.total).toBe(300);
    expect(at(2027)?.total).toBe(450);
    // No column for 2028: no budget figures, not "no new money".
    expect(at(2028)).toBeNull();
  });
});
