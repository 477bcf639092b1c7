/**
 * A list that dates no recognition (a budget estimate, a decision's appendix whose date is only in its
 * title) cannot say which schools fall due. It printed "Không có trường nào có quyết định công nhận
 * hết hiệu lực …" and "Đến hạn công nhận lại trong năm 2027: 00 trường" beside two planned renewals.
 */
import { checkGrids } from "../../../src/app/check";
import { summaryText } from "../../../src/cli/summary-report";
import { buildSummarySheet } from "../../../src/core/output/summary-sheet";
import { dueNote } from "../../../src/core/summary/notes";
import { nfd, sheet, TODAY } from "../../helpers/sheet";
import { texts } from "../output/helpers";
import { planOf, sectionText } from "../plan/helpers";

const estimate = sheet({
  name: "Dự toán",
  title: ["DỰ TOÁN KINH PHÍ XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2027", "ĐVT: triệu đồng"],
  header: ["STT", "Tên trường", "Mức độ", "Hình thức", "Kinh phí"],
  rows: [
    ["I", "Mầm non"],
    ["1.", "MN Hòa Bình", "Mức độ 1", "Công nhận lại", 350],
    ["2.", nfd("MN Hòa Thuận"), "", "Công nhận mới", "1.200,5"],
    ["II", "Tiểu học"],
    ["3.", "TH Hòa Thuận", "Mức độ 1", "Công nhận lại", 400],
    [null, "Tổng cộng", null, null, "1.950,5"],
  ],
});

const dated = sheet({
  name: "Hiện trạng",
  header: ["STT", "Tên trường", "Mức độ", "Năm công nhận", "Hình thức"],
  rows: [
    ["1.", "MN Hòa Bình", "Mức độ 1", 2023, ""],
    ["2.", "TH Hòa Thuận", "Mức độ 2", 2024, ""],
  ],
});

const firstsOnly = sheet({
  name: "Đề nghị",
  header: ["STT", "Tên trường", "Hình thức", "Kinh phí (triệu đồng)"],
  rows: [
    ["1.", "MN Hòa Bình", "Công nhận mới", 300],
    ["2.", "TH Hòa Thuận", "Công nhận mới", 500],
  ],
});

const summaryOf = (grid: typeof estimate) => checkGrids([grid], { planYear: 2027 }, { today: TODAY }).summary;

describe("a list of recognitions none of which is dated", () => {
  const s = summaryOf(estimate);

  test("has no renewals due to list, and says why instead of 'none'", () => {
    expect(s.dueUndated).toBe(true);
    expect(s.due).toEqual([]);
    expect(dueNote(s, "vi")).toBe(
      "Danh sách không ghi ngày (năm) công nhận của trường nào nên không xác định được trường đến hạn công nhận lại.",
    );
    const text = summaryText("du-toan.xlsx", s, "vi");
    expect(text).toContain("không xác định được trường đến hạn công nhận lại");
    expect(text).not.toContain("Không có công nhận nào hết hạn");
  });

  test("the plan and the summary sheet print no count of renewals", () => {
    const renewals = sectionText(planOf([estimate], 2027), "renewals");
    expect(renewals).toContain("không xác định được trường đến hạn công nhận lại");
    expect(renewals).not.toMatch(/Không có trường nào/);
    const lines = texts(buildSummarySheet({ summary: s, lang: "vi" }));
    expect(lines.some((l) => /Đến hạn công nhận lại trong năm 2027/.test(l))).toBe(false);
    expect(lines).toContain(dueNote(s, "vi"));
  });
});

test("a dated list, and a list of first recognitions only, keep their 'nothing due'", () => {
  for (const grid of [dated, firstsOnly]) {
    const s = summaryOf(grid);
    expect(s.dueUndated).toBe(false);
    expect(dueNote(s, "vi")).toBeNull();
  }
});
