/**
 * The plan year a workbook states, read from the titles of its lists: the first list's title, or a
 * later list's when that one names the plan.
 */
import type { Grid } from "../../../src/core/grid";
import { workbookFacts } from "../../../src/core/table/period";
import { readSchoolTables } from "../../../src/core/table/read";
import { sheet } from "../../helpers/sheet";

const HEADER = ["STT", "Tên trường", "Cấp độ", "Mức độ", "Ngày công nhận"];
const STATUS = [
  [1, "Trường MN Hoa Hồng", "CĐ2", "MĐ1", "20/05/2023"],
  [2, "Trường TH Võ Thị Sáu", "CĐ3", "MĐ2", "12/09/2022"],
];
const PLAN_HEADER = ["STT", "Tên trường", "Hình thức", "Kinh phí (triệu đồng)"];
const PLAN = [
  [1, "Trường TH Võ Thị Sáu", "Công nhận lại", 60],
  [2, "Trường MN Sao Mai", "Công nhận mới", 150],
];

function factsOf(grids: readonly Grid[]) {
  const tables = grids.flatMap((g) => readSchoolTables(g));
  return workbookFacts(grids, tables, "danh-sach.xlsx");
}

describe("the plan year from the lists' titles", () => {
  test("a status sheet without a year, then the plan's sheet: the plan's title gives the year", () => {
    const status = sheet({
      name: "Hiện trạng",
      title: ["DANH SÁCH TRƯỜNG XÃ IA GRAI - HIỆN TRẠNG"],
      header: HEADER,
      rows: STATUS,
    });
    const plan = sheet({
      name: "Kế hoạch 2027",
      title: ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2027"],
      header: PLAN_HEADER,
      rows: PLAN,
    });
    expect(factsOf([status, plan]).planYear).toEqual({
      year: 2027,
      source: { kind: "title", text: "DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2027" },
    });
  });

  test("a plan named by a later list beats a year the first list only mentions", () => {
    const status = sheet({
      name: "Hiện trạng",
      title: ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN NĂM 2026"],
      header: HEADER,
      rows: STATUS,
    });
    const plan = sheet({
      name: "KH",
      title: ["KẾ HOẠCH CÔNG NHẬN TRƯỜNG ĐẠT CHUẨN NĂM 2027"],
      header: PLAN_HEADER,
      rows: PLAN,
    });
    expect(factsOf([status, plan]).planYear?.year).toBe(2027);
    expect(factsOf([status]).planYear).toMatchObject({ year: 2026, source: { kind: "titleYear" } });
  });

  test("the second list of a sheet reads its own title, not the rows of the list above it", () => {
    const rows = [
      ["UBND XÃ IA GRAI"],
      ["I. DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA"],
      HEADER,
      ...STATUS,
      [],
      ["II. DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2027"],
      PLAN_HEADER,
      ...PLAN,
    ];
    const g: Grid = { sheet: "DS", top: 1, left: 1, cells: rows, merges: [], tables: [] };
    const facts = factsOf([g]);
    expect(facts.planYear).toMatchObject({ year: 2027, source: { kind: "title" } });
    expect(facts.issuingBody).toBe("UBND XÃ IA GRAI");
  });

  test("a title that names another document's date gives no plan year", () => {
    const only = sheet({
      title: ["DANH SÁCH TRƯỜNG HỌC", "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2025 của UBND xã Ia Dom)"],
      header: HEADER,
      rows: STATUS,
    });
    expect(factsOf([only]).planYear).toBeNull();
  });
});
