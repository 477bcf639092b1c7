/**
 * The plan year a workbook states, read from the titles of its lists: the first list's title, or a
 * later list's when that one names the plan.
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import { workbookFacts } from "../../../src/core/table/period";
import { readSchoolTables } from "../../../src/core/table/read";
import { checkGrids } from "../../../src/app/check";
import { clean } from "../../../src/core/text/normalize";
import { sheet, TODAY } from "../../helpers/sheet";

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

const STANDARD_HEADER = ["STT", "Tên trường", "Xã, phường", "Mức độ CQG", "Năm công nhận"];
const STANDARD = [
  [1, "THCS Ba Hàng", "Phường Phổ Yên", "MĐ2", 2022],
  [2, "THCS Đồng Tiến", "Phường Phổ Yên", "MĐ1", 2023],
];

function factsOfTitle(title: readonly string[], footer?: readonly string[]) {
  return factsOf([sheet({ title, header: STANDARD_HEADER, rows: STANDARD, ...(footer ? { footer } : {}) })]);
}

describe("the date the figures stand at, from the title", () => {
  test.each([
    "(Số liệu đến ngày 30/6/2026)",
    "Thời điểm báo cáo: 30/6/2026",
    "(Thời điểm báo cáo: 30/06/2026)",
    "Thời điểm: 30/6/2026",
    "Số liệu tính đến 30/6/2026",
    "Số liệu tính đến ngày 30/6/2026",
    "(Số liệu tính đến hết ngày 30/6/2026)",
    "Tính đến ngày 30 tháng 6 năm 2026",
    "(đến ngày 30/6/2026)",
    "Số liệu báo cáo đến 30/6/2026",
    "(SỐ LIỆU ĐẾN NGÀY 30/6/2026)".normalize("NFD"),
  ])("%s → 30/06/2026", (line) => {
    const title = ["DANH SÁCH TRƯỜNG TRUNG HỌC ĐẠT CHUẨN QUỐC GIA NĂM 2026", line];
    expect(factsOfTitle(title).referenceDate).toEqual({ date: { y: 2026, m: 6, d: 30 }, text: clean(line) });
  });

  test("a month the figures stand at is its last day", () => {
    const title = ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA", "(Số liệu đến tháng 6/2026)"];
    expect(factsOfTitle(title).referenceDate?.date).toEqual({ y: 2026, m: 6, d: 30 });
  });

  test("a decision's date in the title and the signature's date are not the figures' date", () => {
    const decided = factsOfTitle([
      "DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2026",
      "(Kèm theo Quyết định số 12/QĐ-UBND ngày 5/3/2026 của UBND tỉnh Thái Nguyên)",
    ]);
    expect(decided.referenceDate).toBeNull();
    const signedAbove = factsOfTitle(["Thái Nguyên, ngày 15 tháng 3 năm 2026", "DANH SÁCH TRƯỜNG ĐẠT CHUẨN"]);
    expect(signedAbove.referenceDate).toBeNull();
    const signedBelow = factsOfTitle(
      ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2026"],
      ["Danh sách này gồm: 02 đơn vị./.", "Ngày 15 tháng 3 năm 2026", "NGƯỜI LẬP BIỂU"],
    );
    expect(signedBelow.referenceDate).toBeNull();
  });

  test("an impossible day is no date, and a later phrase on the line is still read", () => {
    expect(factsOfTitle(["DANH SÁCH", "(Số liệu đến ngày 31/6/2026)"]).referenceDate).toBeNull();
    expect(
      factsOfTitle(["DANH SÁCH", "Thời điểm công nhận theo quyết định; số liệu đến ngày 30/6/2026"])
        .referenceDate?.date,
    ).toEqual({ y: 2026, m: 6, d: 30 });
  });

  test("the check counts at that date, and says it comes from the title", () => {
    const list = sheet({
      title: ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2026", "(Số liệu đến ngày 30/6/2026)"],
      header: STANDARD_HEADER,
      rows: STANDARD,
    });
    const { period } = checkGrids([list], {}, { today: TODAY });
    expect(period.referenceDate).toEqual({ y: 2026, m: 6, d: 30 });
    expect(period.referenceSource).toEqual({ kind: "title", text: "(Số liệu đến ngày 30/6/2026)" });
  });
});

describe("the issuing body of a heading on two lines: the lower line issues", () => {
  test("the province's committee above its Sở, on two title rows", () => {
    const facts = factsOfTitle([
      "UBND TỈNH THÁI NGUYÊN",
      "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
      "DANH SÁCH TRƯỜNG TRUNG HỌC ĐẠT CHUẨN QUỐC GIA NĂM 2026",
    ]);
    expect(facts.issuingBody).toBe("UBND TỈNH THÁI NGUYÊN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO");
  });

  test("the heading beside the motto, as a document's first rows are laid out", () => {
    const rows = [
      ["UBND TỈNH THÁI NGUYÊN", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", null, null, "Độc lập - Tự do - Hạnh phúc"],
      ["--------", null, null, "-----------------"],
      ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2026"],
      [],
      STANDARD_HEADER,
      ...STANDARD,
    ];
    const g: Grid = { sheet: "DS", top: 1, left: 1, cells: rows, merges: [], tables: [] };
    expect(factsOf([g]).issuingBody).toBe("UBND TỈNH THÁI NGUYÊN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO");
  });

  test("a commune's committee above its office, in one cell with a line break", () => {
    const facts = factsOfTitle(["UBND XÃ ĐÔNG CỨU\nPHÒNG VĂN HÓA - XÃ HỘI", "DANH SÁCH TRƯỜNG NĂM 2026"]);
    expect(facts.issuingBody).toBe("UBND XÃ ĐÔNG CỨU\nPHÒNG VĂN HÓA - XÃ HỘI");
  });

  test("a committee's name that runs onto the next row is one body", () => {
    expect(factsOfTitle(["ỦY BAN NHÂN DÂN", "XÃ HÒA AN", "DANH SÁCH TRƯỜNG"]).issuingBody).toBe(
      "ỦY BAN NHÂN DÂN\nXÃ HÒA AN",
    );
    expect(
      factsOfTitle(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "DANH SÁCH TRƯỜNG"])
        .issuingBody,
    ).toBe("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO");
  });

  test("a committee above the title alone issues itself", () => {
    const facts = factsOfTitle(["UBND TỈNH THÁI NGUYÊN", "DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2026"]);
    expect(facts.issuingBody).toBe("UBND TỈNH THÁI NGUYÊN");
  });
});

describe("the issuing body of a title that names one commune", () => {
  test("a title naming the commune, and the plan it is attached to naming its committee", () => {
    const facts = factsOfTitle([
      "DANH SÁCH CÁC TRƯỜNG TRÊN ĐỊA BÀN XÃ HÒA AN",
      "(Kèm theo Kế hoạch số    /KH-UBND ngày    /01/2026 của UBND xã Hòa An)",
    ]);
    expect(facts.issuingBody).toBe("UBND xã Hòa An");
  });

  test("a title row that is the commune's name", () => {
    const facts = factsOfTitle([
      "DANH SÁCH TRƯỜNG ĐỀ NGHỊ KIỂM ĐỊNH, CÔNG NHẬN ĐẠT CHUẨN QUỐC GIA",
      "Xã Đại Từ",
    ]);
    expect(facts.issuingBody).toBe("UBND xã Đại Từ");
  });

  test("a heading that names a body wins over the commune a title names", () => {
    const facts = factsOfTitle(["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "DANH SÁCH TRƯỜNG XÃ HÒA AN"]);
    expect(facts.issuingBody).toBe("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
  });

  test("a title naming two places, or a province only, names no body", () => {
    expect(factsOfTitle(["DANH SÁCH TRƯỜNG XÃ HÒA AN VÀ XÃ HÒA BÌNH"]).issuingBody).toBeNull();
    expect(factsOfTitle(["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA TỈNH CAO BẰNG"]).issuingBody).toBeNull();
  });
});

/**
 * A plan of a school year: "KẾ HOẠCH … NĂM HỌC 2026-2027" is the 2026 plan year's, as a plan-year
 * cell "2026-2027" is; the recognitions expiring during the school year are in the 2026 plan's due
 * list, and the figures stand at 31/12/2026, within that school year.
 */
describe("a plan year written as a school year", () => {
  const school = (line: string) => ({
    year: 2026,
    source: { kind: "title", text: clean(line), schoolYear: "2026-2027" },
  });

  test.each([
    "KẾ HOẠCH XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM HỌC 2026-2027",
    "Kế hoạch kiểm định chất lượng giáo dục năm học 2026 - 2027",
    "KẾ HOẠCH KIỂM ĐỊNH NĂM HỌC 2026–2027",
    "DANH SÁCH ĐỀ NGHỊ NH 2026-2027",
    "DANH SÁCH ĐỀ NGHỊ NH: 2026-2027",
    "Danh sách trường đề nghị công nhận năm học 2026-27",
    "DANH SÁCH TRƯỜNG ĐĂNG KÝ ĐÁNH GIÁ NGOÀI NĂM HỌC 2026-2027".normalize("NFD"),
  ])("%s → the 2026 plan year, named by the plan's title", (line) => {
    expect(factsOfTitle([line]).planYear).toEqual(school(line));
  });

  test("a list that only names its school year states the same year, less strongly", () => {
    for (const line of ["DANH SÁCH TRƯỜNG HỌC NĂM HỌC 2026-2027", "DANH SÁCH TRƯỜNG NH 2026-27"])
      expect(factsOfTitle([line]).planYear).toEqual({
        year: 2026,
        source: { kind: "titleYear", text: line, schoolYear: "2026-2027" },
      });
  });

  test("two years that are no school year, and a calendar year stated beside one", () => {
    expect(factsOfTitle(["DANH SÁCH TRƯỜNG NĂM HỌC 2026-2028"]).planYear).toBeNull();
    expect(factsOfTitle(["DANH SÁCH TRƯỜNG GIAI ĐOẠN 2026-2027"]).planYear).toBeNull();
    expect(factsOfTitle(["DANH SÁCH TRƯỜNG NĂM 2027 (NĂM HỌC 2026-2027)"]).planYear).toEqual({
      year: 2027,
      source: { kind: "titleYear", text: "DANH SÁCH TRƯỜNG NĂM 2027 (NĂM HỌC 2026-2027)" },
    });
  });

  test("the check counts at 31/12/2026: recognitions running into 2027 still hold, one expiring in 09/2026 is due", () => {
    const list = sheet({
      title: ["KẾ HOẠCH XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM HỌC 2026-2027"],
      header: ["TT", "Tên trường", "Mã công nhận", "Ngày công nhận", "Hình thức", "Kinh phí"],
      rows: [
        [1, "MN Sao Mai", "CĐ2-MĐ1", "15/03/2022", "", ""],
        [2, "TH Sao Mai", "CĐ2-MĐ1", "10/09/2021", "CN lại", 100],
        [3, "THCS Sao Mai", "", "", "CN mới", 200],
        [4, "TH Sao Mai 2", "CĐ2-MĐ1", "20/02/2022", "CN lại", 100],
      ],
    });
    const check = checkGrids([list], {}, { today: TODAY });
    expect(check.period).toMatchObject({
      planYear: 2026,
      referenceDate: { y: 2026, m: 12, d: 31 },
      referenceSource: { kind: "endOfYear" },
    });
    expect(check.summary.coverage?.total).toMatchObject({ schools: 4, standard: 2 });
    expect(check.summary.due.map((d) => d.name)).toEqual(["TH Sao Mai", "TH Sao Mai 2", "MN Sao Mai"]);
    expect(check.summary.targets.total).toMatchObject({ new: 1, renewal: 2 });
  });
});

const LIST_HEADER = ["TT", "Tên trường", "Mã công nhận", "Năm công nhận"];

/** One sheet per year, the older first (often hidden, which the grid does not say). */
function yearSheet(year: number, rows: readonly (readonly CellValue[])[], extra: readonly string[] = []) {
  return sheet({
    name: `DS ${year}`,
    title: [`DANH SÁCH TRƯỜNG NĂM ${year}`, ...extra],
    header: LIST_HEADER,
    rows,
  });
}

describe("a workbook of lists of several years", () => {
  const old = [
    [1, "MN Lạc Hồng", "", ""],
    [2, "TH Lạc Hồng", "CĐ2-MĐ1", 2018],
  ];
  const current = [
    [1, "MN Lạc Hồng", "CĐ2-MĐ1", 2024],
    [2, "TH Lạc Hồng", "CĐ2-MĐ1", 2023],
  ];

  test("is for the latest year its titles state, not the first sheet's, and names the others", () => {
    const facts = factsOf([yearSheet(2023, old), yearSheet(2025, current)]);
    expect(facts.planYear).toEqual({
      year: 2025,
      source: { kind: "titleYear", text: "DANH SÁCH TRƯỜNG NĂM 2025", otherYears: [2023] },
    });
    // In whatever order the sheets come.
    expect(factsOf([yearSheet(2025, current), yearSheet(2023, old)]).planYear?.year).toBe(2025);
  });

  test("the figures' date comes from the list that gives the year", () => {
    const grids = [
      yearSheet(2023, old, ["(Số liệu đến ngày 31/12/2022)"]),
      yearSheet(2025, current, ["(Số liệu đến ngày 30/6/2025)"]),
    ];
    expect(factsOf(grids).referenceDate).toEqual({
      date: { y: 2025, m: 6, d: 30 },
      text: "(Số liệu đến ngày 30/6/2025)",
    });
    const { period } = checkGrids(grids, {}, { today: TODAY });
    expect(period).toMatchObject({ planYear: 2025, referenceDate: { y: 2025, m: 6, d: 30 } });
  });

  test("two plans: the latest is the one being prepared", () => {
    const plan = (year: number) =>
      sheet({
        name: `KH ${year}`,
        title: [`KẾ HOẠCH CÔNG NHẬN TRƯỜNG ĐẠT CHUẨN NĂM ${year}`],
        header: PLAN_HEADER,
        rows: PLAN,
      });
    expect(factsOf([plan(2026), plan(2027)]).planYear).toEqual({
      year: 2027,
      source: { kind: "title", text: "KẾ HOẠCH CÔNG NHẬN TRƯỜNG ĐẠT CHUẨN NĂM 2027", otherYears: [2026] },
    });
    // A status list's year does not compete with a plan's title, even a later one.
    const status = sheet({
      name: "Hiện trạng",
      title: ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN NĂM 2028"],
      header: HEADER,
      rows: STATUS,
    });
    expect(factsOf([status, plan(2027)]).planYear).toEqual({
      year: 2027,
      source: { kind: "title", text: "KẾ HOẠCH CÔNG NHẬN TRƯỜNG ĐẠT CHUẨN NĂM 2027" },
    });
  });
});
