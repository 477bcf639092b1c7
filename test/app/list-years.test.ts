/**
 * A workbook that keeps one list per year: the plan is the latest year's, and an action on an
 * earlier year's sheet is that year's work, done, not a target of the plan.
 */
import { checkGrids } from "../../src/app/check";
import { sheet, TODAY } from "../helpers/sheet";

const HEADER = [
  "STT",
  "Tên trường",
  "Xã",
  "Mức công nhận",
  "Năm công nhận",
  "Hình thức",
  "Kinh phí (triệu đồng)",
];

const lastYear = sheet({
  name: "2024-2025",
  title: ["DANH SÁCH TRƯỜNG NĂM HỌC 2024-2025"],
  header: HEADER,
  rows: [
    [1, "MN Hoa Sen", "Xã A", "", "", "Công nhận mới", 200],
    [2, "TH Kim Đồng", "Xã A", "", "", "Công nhận mới", 100],
    [3, "THCS Lê Lợi", "Xã B", "", "", "", null],
  ],
});
const thisYear = sheet({
  name: "2025-2026",
  title: ["DANH SÁCH TRƯỜNG NĂM HỌC 2025-2026"],
  header: HEADER,
  rows: [
    [1, "MN Hoa Sen", "Xã A", "CĐ2-MĐ1", 2025, "", null],
    [2, "TH Kim Đồng", "Xã A", "CĐ2-MĐ1", 2025, "", null],
    [3, "THCS Lê Lợi", "Xã B", "", "", "Công nhận mới", 300],
  ],
});

test("the targets and the budget are the latest year's only", () => {
  for (const grids of [
    [lastYear, thisYear],
    [thisYear, lastYear],
  ]) {
    const { period, summary } = checkGrids(grids, {}, { today: TODAY });
    expect(period.planYear).toBe(2025);
    expect(summary.targets.total).toEqual({ new: 1, renewal: 0, upgrade: 0 });
    expect(summary.budget?.total).toBe(300);
    expect(summary.coverage?.total).toMatchObject({ schools: 3, standard: 2 });
  }
});

test("one list keeps the plan year the user chooses for its actions", () => {
  const { summary } = checkGrids([lastYear], { planYear: 2025 }, { today: TODAY });
  expect(summary.targets.total).toEqual({ new: 2, renewal: 0, upgrade: 0 });
});
