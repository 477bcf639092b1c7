/**
 * Lists that keep the results of several years side by side: the latest year's columns are the
 * recognition in force (SPEC §7), and a year's code and date are read together.
 */
import type { CellRange, CellValue, Grid } from "../../../src/core/grid";
import { summarize } from "../../../src/core/summary/summary";
import type { Candidate } from "../../../src/core/table/column-choice";
import { headerMatch, pick, yearNamed } from "../../../src/core/table/column-choice";
import { matchHeaderDetail } from "../../../src/core/table/headers";
import { readSchoolTables } from "../../../src/core/table/read";
import { validate } from "../../../src/core/validate";

function grid(rows: CellValue[][], merges: CellRange[] = []): Grid {
  return { sheet: "DS", top: 1, left: 1, cells: rows, merges, tables: [] };
}

/** Candidates as the reader makes them: one per column, matched by the header vocabulary. */
function candidates(...headers: string[]): Candidate[] {
  return headers.map((header, i) => ({ col: i + 3, header, match: matchHeaderDetail(header)! }));
}

/** The tester's Phú Lộc list: "Kết quả công nhận năm 2019 | năm 2024", each over "Mã công nhận | Năm". */
const PHU_LOC_ROWS: CellValue[][] = [
  ["DANH SÁCH TRƯỜNG HỌC XÃ PHÚ LỘC NĂM 2025"],
  [],
  ["TT", "Tên trường", "Kết quả công nhận năm 2019", null, "Kết quả công nhận năm 2024", null],
  [null, null, "Mã công nhận", "Năm", "Mã công nhận", "Năm"],
  [1, "MN Phú Lộc", "CĐ1", "2019", "CĐ2-MĐ1", "2024"],
  [2, "TH Phú Lộc", "CĐ2-MĐ1", "2019", "CĐ3-MĐ2", "2024"],
  [3, "THCS Phú Lộc", "CĐ2-MĐ1", "2019", "CĐ2-MĐ1", "2024"],
  [4, "TH Phú Lộc 2", null, null, "CĐ2-MĐ1", "2023"],
];

const PHU_LOC_MERGES: CellRange[] = [
  { top: 1, left: 1, bottom: 1, right: 6 },
  { top: 3, left: 1, bottom: 4, right: 1 },
  { top: 3, left: 2, bottom: 4, right: 2 },
  { top: 3, left: 3, bottom: 3, right: 4 },
  { top: 3, left: 5, bottom: 3, right: 6 },
];

describe("two groups of results by year over code and date", () => {
  it("reads the 2024 group's code and its own date, and leaves the 2019 group unread", () => {
    const [t] = readSchoolTables(grid(PHU_LOC_ROWS, PHU_LOC_MERGES));
    expect(t!.columns.combinedCode).toMatchObject({
      col: 5,
      header: "Kết quả công nhận năm 2024 Mã công nhận",
    });
    expect(t!.columns.decisionDate).toMatchObject({ col: 6, header: "Kết quả công nhận năm 2024 Năm" });
    expect(t!.otherColumns.map((c) => c.col)).toEqual([3, 4]);
  });

  it("counts every school at its 2024 level, with no 2019 recognition called expired", () => {
    const result = validate([grid(PHU_LOC_ROWS, PHU_LOC_MERGES)], { planYear: 2025 });
    expect(result.findings.filter((f) => f.rule === "recognition-expired")).toEqual([]);
    const coverage = summarize(result.tables, { planYear: 2025 }).coverage!;
    expect(coverage.total).toMatchObject({ schools: 4, standard: 4, level1: 3, level2: 1, rate: 1 });
  });

  it("pairs them the same where the groups are typed once without merging (a CSV)", () => {
    const [t] = readSchoolTables(grid(PHU_LOC_ROWS, []));
    expect([t!.headerTop, t!.headerRow]).toEqual([3, 4]);
    expect(t!.columns.combinedCode?.col).toBe(5);
    expect(t!.columns.decisionDate).toMatchObject({ col: 6, header: "Kết quả công nhận năm 2024 Năm" });
  });
});

describe("per-year status columns", () => {
  /** The tester's An Bình sheet: one CQG column per year. */
  const AN_BINH: CellValue[][] = [
    ["THEO DÕI KẾT QUẢ XÂY DỰNG TRƯỜNG CHUẨN QUỐC GIA QUA CÁC NĂM"],
    [],
    ["TT", "Tên trường", "Xã", "CQG 2022", "CQG 2023", "CQG 2024", "Ghi chú"],
    [1, "MN Hoa Hồng", "Xã An Bình", null, "MĐ1", "MĐ1", null],
    [2, "TH An Bình", "Xã An Bình", "MĐ1", "MĐ1", "MĐ2", null],
    [3, "THCS An Bình", "Xã An Bình", "MĐ2", "MĐ2", null, null],
    [4, "MN Tuổi Thơ", "Xã Tân Lập", null, null, null, null],
    [5, "TH Tân Lập", "Xã Tân Lập", null, null, "MĐ1", null],
  ];

  it("reads the latest year's column only, a school blank in it included", () => {
    const g = grid(AN_BINH, [{ top: 1, left: 1, bottom: 1, right: 7 }]);
    const result = validate([g], { planYear: 2025 });
    const t = result.tables[0]?.table;
    expect(t!.columns.standard).toMatchObject({ col: 6, header: "CQG 2024" });
    expect(t!.otherColumns.map((c) => c.header)).toEqual(["CQG 2022", "CQG 2023", "Ghi chú"]);
    const coverage = summarize(result.tables, { planYear: 2025 }).coverage!;
    expect(coverage.total).toMatchObject({ schools: 5, standard: 3, level1: 2, level2: 1, rate: 0.6 });
  });
});

describe("pick among columns of one field", () => {
  it("takes the latest year whatever the order of the columns", () => {
    expect(pick("standard", candidates("Mức độ CQG 2024", "Mức độ CQG 2019", "Mức độ CQG 2022"))?.col).toBe(
      3,
    );
    expect(
      pick("accreditation", candidates("KĐCLGD năm học 2018-2019", "KĐCLGD năm học 2023-2024"))?.col,
    ).toBe(4);
    expect(pick("decisionDate", candidates("Ngày công nhận (2019)", "Ngày công nhận (2024)"))?.col).toBe(4);
    expect(pick("decisionNumber", candidates("Số QĐ năm 2024", "Số QĐ năm 2019"))?.col).toBe(3);
  });

  it("keeps a code column with no year before those with one, and a year before 'cũ'", () => {
    expect(pick("accreditation", candidates("Cấp độ KĐCLGD 2024", "Cấp độ KĐCLGD"))?.col).toBe(4);
    expect(pick("accreditation", candidates("Cấp độ KĐCLGD (cũ)", "Cấp độ KĐCLGD 2019"))?.col).toBe(4);
  });

  it("never takes a plan's year for a recognition's", () => {
    const c = candidates("Kết quả năm 2024 Mức độ", "Kế hoạch năm 2026 Mức độ");
    expect(pick("standard", c)?.col).toBe(3);
    expect(pick("standard", [c[1]!, c[0]!])?.col).toBe(3);
  });

  it("reads no year in the number of a legal document a header cites", () => {
    expect(yearNamed("Mức độ CQG (theo TT 19/2018)")).toBeNull();
    expect(yearNamed("Cấp độ theo Thông tư số 18/2018/TT-BGDĐT")).toBeNull();
    expect(yearNamed("Kết quả công nhận tháng 5/2019")).toBe(2019);
    expect(yearNamed("Năm học 2023-2024")).toBe(2024);
    expect(pick("standard", candidates("Mức độ CQG (QĐ 32/2005)", "Mức độ CQG (TT 19/2018)"))?.col).toBe(3);
  });
});

describe("a date under a year's group", () => {
  it("is that year's recognition date, not under a plan nor a sub-header that names a year", () => {
    expect(headerMatch("Kết quả công nhận năm 2024 Năm", "Năm")?.field).toBe("decisionDate");
    expect(headerMatch("CQG 2024 Ngày", "Ngày")?.field).toBe("decisionDate");
    expect(headerMatch("Kế hoạch công nhận năm 2026 Năm", "Năm")).toBeNull();
    // "Kết quả công nhận giai đoạn 2020-2025" over "Năm 2022 | Năm 2024": levels by year, not dates.
    expect(headerMatch("Kết quả công nhận giai đoạn 2020-2025 Năm 2024", "Năm 2024")).toBeNull();
    // Without a year its values decide, as before: "Chuẩn quốc gia / Năm".
    expect(headerMatch("Chuẩn quốc gia Năm", "Năm")).toBeNull();
  });

  it("of three header rows, is the standard's of the latest year", () => {
    const g = grid(
      [
        ["STT", "Tên trường", "Kết quả năm 2019", null, null, null, "Kết quả năm 2024", null, null, null],
        [null, null, "KĐCLGD", null, "CQG", null, "KĐCLGD", null, "CQG", null],
        [null, null, "Cấp độ", "Năm", "Mức độ", "Năm", "Cấp độ", "Năm", "Mức độ", "Năm"],
        [1, "Trường MN Ia Blứ", 2, 2018, 1, 2019, 3, 2023, 2, 2024],
        [2, "Trường TH Ia Blứ", 1, 2019, null, null, 2, 2022, 1, 2023],
      ],
      [
        { top: 1, left: 1, bottom: 3, right: 1 },
        { top: 1, left: 2, bottom: 3, right: 2 },
        { top: 1, left: 3, bottom: 1, right: 6 },
        { top: 1, left: 7, bottom: 1, right: 10 },
        { top: 2, left: 3, bottom: 2, right: 4 },
        { top: 2, left: 5, bottom: 2, right: 6 },
        { top: 2, left: 7, bottom: 2, right: 8 },
        { top: 2, left: 9, bottom: 2, right: 10 },
      ],
    );
    const [t] = readSchoolTables(g);
    expect(t!.headerRow).toBe(3);
    expect([t!.columns.accreditation?.col, t!.columns.standard?.col, t!.columns.decisionDate?.col]).toEqual([
      7, 9, 10,
    ]);
  });
});
