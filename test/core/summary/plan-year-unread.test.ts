/**
 * A planned action whose own plan-year cell reads as no year ("2029, 2030", "dự kiến 2029") was
 * counted in the chosen year's targets and budget, while the check said the cell could not be read
 * and the command line that "figures in error are not counted".
 */
import { checkGrids } from "../../../src/app/check";
import { targetsNote } from "../../../src/core/summary/notes";
import { nfd, sheet, TODAY } from "../../helpers/sheet";
import { planOf, sectionText } from "../plan/helpers";

const roadmap = sheet({
  name: "Lộ trình",
  title: ["LỘ TRÌNH XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA GIAI ĐOẠN 2026-2030"],
  header: [
    "STT",
    "Tên trường",
    "Mã công nhận",
    "Năm công nhận",
    "Hình thức",
    "Năm dự kiến",
    "Kinh phí (triệu đồng)",
  ],
  rows: [
    ["1.", "MN Hiệp Hòa", "CĐ2-MĐ1", 2022, "Công nhận lại", 2027, 300],
    ["2.", "TH Hiệp Hòa", "CĐ1", 2024, "Công nhận mới", "2027", 500],
    ["3.", nfd("MN Đoan Bái"), "CĐ1", 2024, "Công nhận mới", "2029, 2030", 450],
    ["4.", "TH Đoan Bái", "CĐ1", 2023, "Công nhận mới", "dự kiến 2029", 600],
    ["5.", "THCS Đoan Bái", "CĐ1", 2023, "Công nhận mới", { error: "#N/A" }, 200],
  ],
});

test("an action of no readable year is in no year's targets nor budget, and is named", () => {
  const { summary, findings } = checkGrids([roadmap], { planYear: 2027 }, { today: TODAY });
  expect(summary.targets.total).toEqual({ new: 1, renewal: 1, upgrade: 0 });
  expect(summary.budget?.total).toBe(800);
  expect(summary.targetsExcluded.map((c) => [c.cell, c.school])).toEqual([
    [roadmap.cell(2, "Năm dự kiến"), "MN Đoan Bái"],
    [roadmap.cell(3, "Năm dự kiến"), "TH Đoan Bái"],
    [roadmap.cell(4, "Năm dự kiến"), "THCS Đoan Bái"],
  ]);
  expect(targetsNote(summary, "vi")).toBe(
    `Chưa tính vào chỉ tiêu và kinh phí 3 trường có năm kế hoạch không đọc được (xem trang kết quả kiểm tra): Lộ trình!${roadmap.cell(2, "Năm dự kiến")}, Lộ trình!${roadmap.cell(3, "Năm dự kiến")}, Lộ trình!${roadmap.cell(4, "Năm dự kiến")}.`,
  );
  // The check reports the cells themselves.
  expect(findings.some((f) => f.cell === roadmap.cell(2, "Năm dự kiến"))).toBe(true);
});

test("the plan names the schools left out under its targets", () => {
  const text = sectionText(planOf([roadmap], 2027), "targets");
  expect(text).toContain(
    "Chưa tính vào chỉ tiêu và kinh phí 3 trường có năm kế hoạch không đọc được: MN Đoan Bái, TH Đoan Bái, THCS Đoan Bái.",
  );
});
