/**
 * A list of the national standard alone ("Mức độ" and a recognition date, no cấp độ KĐCLGD) says
 * nothing of accreditation. Its schools were printed as "chưa đạt" KĐCLGD: "CĐ1 0, CĐ2 0, CĐ3 0,
 * CĐ4 0; chưa đạt 3", a figure the list never gave.
 */
import { checkGrids } from "../../../src/app/check";
import { summaryText } from "../../../src/cli/summary-report";
import { buildSummarySheet } from "../../../src/core/output/summary-sheet";
import { nfd, sheet, TODAY } from "../../helpers/sheet";
import { dataRows, shown, texts } from "../output/helpers";

const standardOnly = sheet({
  name: "CQG",
  title: ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA XÃ HÒA AN NĂM 2026"],
  header: ["STT", "Tên trường", "Mức độ", "Năm công nhận"],
  rows: [
    [1, "Trường Mầm non Hoa Sen", "Mức độ 1", 2022],
    [2, nfd("Trường Tiểu học Hòa An"), "Mức độ 2", 2024],
    [3, "Trường THCS Hòa An", "", ""],
  ],
});

const withCodes = sheet({
  name: "KĐCLGD",
  title: ["DANH SÁCH TRƯỜNG XÃ BÌNH AN NĂM 2026"],
  header: ["STT", "Tên trường", "Mã công nhận", "Năm công nhận"],
  rows: [
    [1, "Trường Mầm non Bình An", "CĐ2-MĐ1", 2023],
    [2, "Trường Tiểu học Bình An", "CĐ1", 2024],
  ],
});

const summaryOf = (grids: Parameters<typeof checkGrids>[0]) =>
  checkGrids(grids, { planYear: 2026 }, { today: TODAY }).summary;

describe("a list without a cấp độ KĐCLGD column", () => {
  const s = summaryOf([standardOnly]);

  test("counts its schools as not recorded, in no level", () => {
    expect(s.coverage?.total).toMatchObject({ schools: 3, standard: 2 });
    expect(s.coverage?.accreditation).toEqual({
      level1: 0,
      level2: 0,
      level3: 0,
      level4: 0,
      none: 0,
      unknown: 0,
      unlisted: 3,
    });
  });

  test("the terminal and the summary sheet say there is no figure, with no zeros", () => {
    const text = summaryText("cqg.xlsx", s, "vi");
    expect(text).toContain(
      "Kết quả KĐCLGD còn hiệu lực: danh sách không có cột cấp độ KĐCLGD nên không có số liệu này.",
    );
    expect(text).not.toMatch(/CĐ1 0, CĐ2 0/);
    expect(summaryText("cqg.xlsx", s, "en")).toContain(
      "the list has no accreditation level column, so there is no figure.",
    );
    const model = buildSummarySheet({ summary: s, lang: "vi" });
    expect(model.tables.some((t) => t.name === "KDCL_Accreditation")).toBe(false);
    expect(texts(model)).toContain("Danh sách không có cột cấp độ KĐCLGD nên không có số liệu này.");
  });
});

test("summed with a list that has one, its schools are a line of their own", () => {
  const s = summaryOf([standardOnly, withCodes]);
  expect(s.coverage?.accreditation).toMatchObject({ level1: 1, level2: 1, none: 0, unlisted: 3 });
  const rows = dataRows(buildSummarySheet({ summary: s, lang: "vi" }), "KDCL_Accreditation");
  expect(rows.map((r) => [shown(r[0]), shown(r[1])])).toEqual([
    ["Cấp độ 1", 1],
    ["Cấp độ 2", 1],
    ["Cấp độ 3", 0],
    ["Cấp độ 4", 0],
    ["Chưa đạt", 0],
    ["Danh sách không ghi", 3],
  ]);
  expect(summaryText("ds.xlsx", s, "vi")).toContain("chưa đạt 0; danh sách không ghi 3.");
});
