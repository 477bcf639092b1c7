/**
 * A school the list notes as merged away or dissolved is no school of the area any more: it is left
 * out of the rates and of the renewals due, and named; one whose merger is still to come is counted.
 */
import { summarize } from "../../../src/core/summary/summary";
import { coverageNote } from "../../../src/core/summary/notes";
import { validate } from "../../../src/core/validate";
import { sheet } from "../../helpers/sheet";
import { planOf, sectionText } from "../plan/helpers";

const YEAR = 2025;
const list = sheet({
  title: ["UBND XÃ BÌNH MINH", "DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2025"],
  header: ["STT", "Tên trường", "Mức công nhận", "Năm công nhận", "Ghi chú"],
  rows: [
    [1, "MN Bình Minh", "CĐ2-MĐ1", 2021, ""],
    [2, "TH Bình Minh 1", "CĐ3-MĐ2", 2022, "Nhận thêm điểm trường của TH Bình Minh 2"],
    [3, "TH Bình Minh 2", "CĐ2-MĐ1", 2020, "Sáp nhập vào TH Bình Minh 1 từ 01/8/2025"],
    [4, "TH&THCS Hòa Lạc", "", "", "Giải thể theo QĐ 123/QĐ-UBND ngày 15/7/2025"],
    [5, "THCS Bình Minh", "CĐ2-MĐ1", 2023, "Dự kiến sáp nhập vào TH&THCS Bình Minh năm 2026"],
  ],
});
const s = summarize(validate([list], { planYear: YEAR }).tables, { planYear: YEAR });

test("is left out of the rates by its note's cell: 3/3, not 3/5", () => {
  expect(s.coverageExcluded.map((c) => [c.school, c.cell, c.reason])).toEqual([
    ["TH Bình Minh 2", list.cell(2, "Ghi chú"), "closed"],
    ["TH&THCS Hòa Lạc", list.cell(3, "Ghi chú"), "closed"],
  ]);
  expect(s.coverage?.total).toMatchObject({ schools: 3, standard: 3 });
  expect(coverageNote(s, "vi")).toBe(
    "Không tính vào tỉ lệ 2 trường đã sáp nhập hoặc giải thể theo ghi chú của danh sách: " +
      `DS trường!${list.cell(2, "Ghi chú")}, DS trường!${list.cell(3, "Ghi chú")}.`,
  );
});

test("is not due for a renewal nobody will ask for", () => {
  // TH Bình Minh 2 (2020) would expire in 2025; MN Bình Minh (2021) in 2026.
  expect(s.due.map((d) => d.name)).toEqual(["MN Bình Minh"]);
});

test("the plan names it under the rates", () => {
  expect(sectionText(planOf([list], YEAR), "targets")).toContain(
    "Tỉ lệ trên không tính 02 trường đã sáp nhập hoặc giải thể theo ghi chú của danh sách: TH Bình Minh 2, " +
      "TH&THCS Hòa Lạc.",
  );
});

describe("notes that deny, propose or date a closure later", () => {
  const notes = sheet({
    title: ["DANH SÁCH TRƯỜNG XÃ CAM LỘ NĂM 2025"],
    header: ["STT", "Tên trường", "Mức công nhận", "Năm công nhận", "Ghi chú"],
    rows: [
      [1, "MN Cam Lộ", "CĐ2-MĐ1", 2023, "Không giải thể, giữ nguyên"],
      [2, "TH Cam Lộ", "CĐ2-MĐ1", 2023, "Đề xuất giải thể năm 2026"],
      [3, "THCS Cam Lộ", "CĐ2-MĐ1", 2023, "Sáp nhập vào TH&THCS Cam Lộ từ 01/8/2026"],
      [4, "TH Cam Thành", "CĐ2-MĐ1", 2023, "Trường không còn học sinh, đã sáp nhập vào TH Cam Lộ"],
      [5, "MN Cam Thành", "CĐ2-MĐ1", 2023, "Giải thể từ tháng 3/2025"],
    ],
  });
  const ns = summarize(validate([notes], { planYear: YEAR }).tables, { planYear: YEAR });

  test("leave the school counted; a closure already done is still one", () => {
    expect(ns.coverageExcluded.map((c) => c.school)).toEqual(["TH Cam Thành", "MN Cam Thành"]);
    expect(ns.coverage?.total).toMatchObject({ schools: 3, standard: 3 });
  });
});
