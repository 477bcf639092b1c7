import type { CellRange, CellValue, Grid, GridTable } from "../../../src/core/grid";
import { readSchoolTables, sourceOf, valueOf } from "../../../src/core/table/read";
import { validate } from "../../../src/core/validate";

function grid(rows: CellValue[][], merges: CellRange[] = [], tables: GridTable[] = []): Grid {
  return { sheet: "DS", top: 1, left: 1, cells: rows, merges, tables };
}

const HUONG_TRA_SCHOOLS: [string, string, string][] = [
  ["MN Hương Xuân", "CĐ2-MĐ1", "CN Lần đầu"],
  ["MN Bình Thành", "CĐ2-MĐ1", "CN Lần đầu"],
  ["MN Hồng Tiến", "CĐ2-MĐ1", "CN Lần đầu"],
  ["MN Tứ Hạ", "CĐ2-MĐ1", "CN lại"],
  ["MN Hương Bình", "CĐ2-MĐ1", "CN lại"],
  ["TH Số 1 Hương Toàn", "CĐ2-MĐ1", "CN Lần đầu"],
  ["TH Hương Vân", "CĐ2-MĐ1", "CN lại"],
  ["TH Bình Điền", "CĐ2-MĐ1", "CN lại"],
  ["TH Số 2 Tứ Hạ", "CĐ3-MĐ2", "CN lại"],
  ["TH Số 1 Hương Xuân", "CĐ2-MĐ1", "CN lại"],
  ["TH Số 2 Hương Chữ", "CĐ2-MĐ1", "CN lại"],
  ["TH Số 2 Hương Văn", "CĐ2-MĐ1", "CN lại"],
  ["TH Bình Thành", "CĐ2-MĐ1", "CN lại"],
  ["THCS Lê Thuyết", "CĐ2-MĐ1", "CN Lần đầu"],
  ["THCS Nguyễn Khánh Toàn", "CĐ2-MĐ1", "CN lại"],
  ["THCS Hồ Văn Tứ", "CĐ2-MĐ1", "CN lại"],
  ["THCS Lê Quang Tiến", "CĐ2-MĐ1", "CN lại"],
  ["THCS Trần Đăng Khoa", "CĐ2-MĐ1", "CN lại"],
  ["THCS Hà Thế Hạng", "CĐ2-MĐ1", "CN lại"],
  ["THCS Nguyễn Khoa Đăng", "CĐ2-MĐ1", "CN lại"],
];

/** The appendix of plan 20/KH-UBND (Hương Trà, 2024) as a sheet: titles in rows 1–3, header in 5. */
function huongTraGrid(): Grid {
  const rows: CellValue[][] = [
    [
      "DANH SÁCH CƠ SỞ GIÁO DỤC CÔNG NHẬN TRƯỜNG ĐẠT KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC VÀ TRƯỜNG ĐẠT CHUẨN QUỐC GIA, NĂM 2024",
    ],
    ["(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2024"],
    ["của UBND thị xã Hương Trà)"],
    [],
    ["TT", "CƠ SỞ GIÁO DỤC", "TÍCH HỢP KĐCLGD&CQG", "GHI CHÚ"],
    ...HUONG_TRA_SCHOOLS.map(([n, c, a], i) => [`${i + 1}.`, n, c, a]),
    [],
    ["Danh sách này gồm: 20 đơn vị./."],
  ];
  const merges = [1, 2, 3, 27].map((r) => ({ top: r, left: 1, bottom: r, right: 4 }));
  return grid(rows, merges);
}

describe("readSchoolTables: the Hương Trà appendix", () => {
  const [table, ...more] = readSchoolTables(huongTraGrid());

  it("finds one table with its header under the merged titles", () => {
    expect(more).toHaveLength(0);
    expect(table).toBeDefined();
    expect(table!.headerTop).toBe(5);
    expect(table!.headerRow).toBe(5);
    expect([table!.left, table!.right]).toEqual([1, 4]);
    expect(table!.tableName).toBeNull();
  });

  it("maps TT, CƠ SỞ GIÁO DỤC, TÍCH HỢP and GHI CHÚ (holding actions)", () => {
    const cols = Object.fromEntries(Object.values(table!.columns).map((c) => [c.field, [c.col, c.header]]));
    expect(cols).toEqual({
      seq: [1, "TT"],
      name: [2, "CƠ SỞ GIÁO DỤC"],
      combinedCode: [3, "TÍCH HỢP KĐCLGD&CQG"],
      action: [4, "GHI CHÚ"],
    });
    expect(table!.otherColumns).toEqual([]);
    expect(table!.budgetUnit).toEqual({ factor: 1, label: "triệu đồng" });
  });

  it("classifies 20 schools, a blank row and the footer", () => {
    const kinds = table!.rows.map((r) => `${r.row}:${r.kind}`);
    expect(kinds).toEqual([...HUONG_TRA_SCHOOLS.map((_, i) => `${6 + i}:school`), "26:blank", "27:footer"]);
    expect(table!.bottom).toBe(27);
  });

  it("gives values and source cells", () => {
    const row = table!.rows[8]!;
    expect(row.row).toBe(14);
    expect(valueOf(table!, row, "name")).toBe("TH Số 2 Tứ Hạ");
    expect(valueOf(table!, row, "combinedCode")).toBe("CĐ3-MĐ2");
    expect(valueOf(table!, row, "budget")).toBeNull();
    expect(sourceOf(table!, row, "combinedCode")).toEqual({
      sheet: "DS",
      row: 14,
      col: 3,
      address: "C14",
      header: "TÍCH HỢP KĐCLGD&CQG",
    });
    expect(sourceOf(table!, row, "decisionDate")).toBeNull();
  });
});

describe("readSchoolTables: layouts", () => {
  it("returns no table when no row names the school column", () => {
    expect(
      readSchoolTables(
        grid([
          ["STT", "Cấp học", "Xã"],
          [1, "MN", "Hương Xuân"],
        ]),
      ),
    ).toEqual([]);
    expect(readSchoolTables(grid([]))).toEqual([]);
    expect(readSchoolTables(grid([["Tên trường"], ["MN A"]]))).toEqual([]);
  });

  it("reads a two-row merged header with a group over KĐCLGD | CQG and budget sub-columns", () => {
    const g = grid(
      [
        ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA"],
        [
          "STT",
          "Tên trường",
          "Cấp học",
          "Xã/phường",
          "Kết quả công nhận",
          null,
          "Năm công nhận",
          "Kinh phí (triệu đồng)",
          null,
        ],
        [null, null, null, null, "KĐCLGD", "CQG", null, "Ngân sách tỉnh", "Tổng"],
        [1, "MN Hoa Sen", "Mầm non", "Hương Xuân", 2, 1, 2019, 100, 150],
      ],
      [
        { top: 1, left: 1, bottom: 1, right: 9 },
        { top: 2, left: 1, bottom: 3, right: 1 },
        { top: 2, left: 2, bottom: 3, right: 2 },
        { top: 2, left: 3, bottom: 3, right: 3 },
        { top: 2, left: 4, bottom: 3, right: 4 },
        { top: 2, left: 5, bottom: 2, right: 6 },
        { top: 2, left: 7, bottom: 3, right: 7 },
        { top: 2, left: 8, bottom: 2, right: 9 },
      ],
    );
    const [t] = readSchoolTables(g);
    expect(t!.headerTop).toBe(2);
    expect(t!.headerRow).toBe(3);
    expect([t!.left, t!.right]).toEqual([1, 9]);
    const fields = Object.fromEntries(Object.values(t!.columns).map((c) => [c.field, c.col]));
    expect(fields).toEqual({
      seq: 1,
      name: 2,
      type: 3,
      commune: 4,
      accreditation: 5,
      standard: 6,
      decisionDate: 7,
      budget: 9,
    });
    expect(t!.columns.accreditation!.header).toBe("Kết quả công nhận KĐCLGD");
    expect(t!.columns.budget!.header).toBe("Kinh phí (triệu đồng) Tổng");
    expect(t!.otherColumns).toEqual([{ col: 8, header: "Kinh phí (triệu đồng) Ngân sách tỉnh" }]);
    expect(t!.rows.map((r) => r.kind)).toEqual(["school"]);
    expect(sourceOf(t!, t!.rows[0]!, "budget")?.address).toBe("I4");
  });

  describe("a year under each recognition: KĐCLGD (Cấp độ | Năm) beside CQG (Mức độ | Năm …)", () => {
    const twoYears = (cqgYear: string, groups = ["Kết quả KĐCLGD", "Chuẩn quốc gia"]): Grid =>
      grid(
        [
          ["DANH SÁCH TRƯỜNG TIỂU HỌC NĂM 2027"],
          ["STT", "Tên trường", "Xã/phường", groups[0]!, null, groups[1]!, null],
          [null, null, null, "Cấp độ", "Năm", "Mức độ", cqgYear],
          [1, "TH Kim Đồng", "Xã Ia Blang", "CĐ2", 2019, "MĐ1", 2023],
          [2, "TH Lê Lợi", "Xã Ia Blang", "CĐ2", 2024, "MĐ1", 2024],
          [3, "TH Lê Văn Tám", "Xã Ia Blang", "CĐ1", 2018, null, null],
        ],
        [
          { top: 2, left: 1, bottom: 3, right: 1 },
          { top: 2, left: 2, bottom: 3, right: 2 },
          { top: 2, left: 3, bottom: 3, right: 3 },
          { top: 2, left: 4, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 7 },
        ],
      );

    it.each(["Năm công nhận", "Năm đạt chuẩn", "Năm"])(
      "the decision date is the national standard's year (%s), not the accreditation's",
      (cqgYear) => {
        const [t] = readSchoolTables(twoYears(cqgYear));
        expect(t!.columns.standard?.col).toBe(6);
        expect(t!.columns.accreditation?.col).toBe(4);
        expect(t!.columns.decisionDate?.col).toBe(7);
      },
    );

    it("with the groups spelled otherwise too", () => {
      const [t] = readSchoolTables(twoYears("Năm", ["Kiểm định CLGD", "Đạt chuẩn QG"]));
      expect(t!.columns.decisionDate?.col).toBe(7);
    });
  });

  it("a plan's column with a single action among empty cells is the action column", () => {
    const [t] = readSchoolTables(
      grid([
        ["STT", "Tên trường", "Mã công nhận", "Năm công nhận", "Kế hoạch năm 2027", "Kinh phí (triệu đồng)"],
        [1, "THCS Nguyễn Du", "CĐ3-MĐ2", 2025, null, null],
        [2, "THCS Ia Ko", "CĐ2-MĐ1", 2023, null, null],
        [3, "THCS Lê Quý Đôn", "CĐ2-MĐ1", 2022, "", null],
        [4, "THCS Chu Văn An", null, null, "Công nhận mới", 120],
      ]),
    );
    expect(t!.columns.action?.col).toBe(5);
    expect(t!.actionHeaderYear).toBe(2027);
  });

  it("a lone word in a column whose header names no plan places nothing", () => {
    const [t] = readSchoolTables(
      grid([
        ["STT", "Tên trường", "Mã công nhận", "Cột phụ"],
        [1, "THCS Nguyễn Du", "CĐ3-MĐ2", null],
        [2, "THCS Ia Ko", "CĐ2-MĐ1", "Công nhận mới"],
      ]),
    );
    expect(t!.columns.action).toBeUndefined();
  });

  it("takes the first budget sub-column when none says Tổng", () => {
    const g = grid([
      ["STT", "Tên trường", "Kinh phí (nghìn đồng)", null],
      [null, null, "Ngân sách", "Xã hội hóa"],
      [1, "TH A", 10, 20],
    ]);
    const [t] = readSchoolTables(g);
    expect(t!.headerRow).toBe(2);
    expect(t!.columns.budget?.col).toBe(3);
    expect(t!.budgetUnit).toEqual({ factor: 1e-3, label: "nghìn đồng" });
    expect(t!.otherColumns.map((c) => c.col)).toEqual([4]);
  });

  it("joins a group header above the row that names the school", () => {
    const g = grid(
      [
        ["Danh sách trường"],
        [null, null, "Kết quả công nhận", null],
        ["STT", "Tên trường", "KĐCLGD", "CQG"],
        [1, "THCS X", "Cấp độ 2", "Mức độ 1"],
      ],
      [
        { top: 1, left: 1, bottom: 1, right: 4 },
        { top: 2, left: 3, bottom: 2, right: 4 },
      ],
    );
    const [t] = readSchoolTables(g);
    expect([t!.headerTop, t!.headerRow]).toEqual([2, 3]);
    expect(t!.columns.standard?.header).toBe("Kết quả công nhận CQG");
    expect(t!.columns.name?.header).toBe("Tên trường");
    expect(t!.rows.map((r) => `${r.row}:${r.kind}`)).toEqual(["4:school"]);
  });

  it("does not take a full-width title merged right above the header for a group", () => {
    const g = grid(
      [["DANH SÁCH CƠ SỞ GIÁO DỤC"], ["STT", "Tên trường", "Cấp độ"], [1, "TH A", 2]],
      [{ top: 1, left: 1, bottom: 1, right: 3 }],
    );
    const [t] = readSchoolTables(g);
    expect([t!.headerTop, t!.headerRow]).toEqual([2, 2]);
    expect(t!.columns.name?.header).toBe("Tên trường");
  });

  it("skips a column-number row under the header", () => {
    const g = grid([
      ["STT", "Tên trường", "Cấp học", "Ghi chú"],
      ["(1)", "(2)", "(3)", "(4)"],
      [1, "TH A", "Tiểu học", null],
    ]);
    const [t] = readSchoolTables(g);
    expect(t!.headerRow).toBe(2);
    expect(t!.columns.name?.header).toBe("Tên trường");
    expect(t!.rows.map((r) => `${r.row}:${r.kind}`)).toEqual(["3:school"]);
    // An empty "Ghi chú" column is not an action column.
    expect(t!.columns.action).toBeUndefined();
    expect(t!.otherColumns).toEqual([{ col: 4, header: "Ghi chú" }]);
  });

  it("reads headers without accents and in NFD", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const g = grid([
      ["Stt", "Ten truong", "Cap hoc", nfd("Xã/phường"), nfd("Năm công nhận trước")],
      [1, nfd("Trường Mầm non Hương Xuân"), "MN", "Huong Xuan", 2018],
    ]);
    const [t] = readSchoolTables(g);
    const fields = Object.fromEntries(Object.values(t!.columns).map((c) => [c.field, c.col]));
    expect(fields).toEqual({ seq: 1, name: 2, type: 3, commune: 4, previousDate: 5 });
    expect(t!.rows[0]?.kind).toBe("school");
  });

  it("reads 'Loại hình' as ownership when it holds Công lập / Tư thục", () => {
    const g = grid([
      ["STT", "Tên trường", "Loại hình", "Cấp học"],
      [1, "MN A", "Công lập", "Mầm non"],
      [2, "MN B", "Tư thục", "Mầm non"],
    ]);
    const [t] = readSchoolTables(g);
    expect(t!.columns.ownership?.col).toBe(3);
    expect(t!.columns.type?.col).toBe(4);
  });

  it("reads 'Ghi chú' of notes as an other column", () => {
    const g = grid([
      ["STT", "Tên trường", "Ghi chú"],
      [1, "MN A", "Sáp nhập năm 2020"],
      [2, "MN B", "Điểm lẻ xa"],
      [3, "MN C", "CN lại"],
    ]);
    const [t] = readSchoolTables(g);
    expect(t!.columns.action).toBeUndefined();
    expect(t!.otherColumns).toEqual([{ col: 3, header: "Ghi chú" }]);
  });

  it("finds the budget unit in a 'Đơn vị tính' line above the header", () => {
    const g = grid([
      ["KẾ HOẠCH KINH PHÍ"],
      [null, null, "Đơn vị tính: tỷ đồng"],
      ["STT", "Tên trường", "Kinh phí"],
      [1, "TH A", 1.5],
    ]);
    expect(readSchoolTables(g)[0]!.budgetUnit).toEqual({ factor: 1000, label: "tỷ đồng" });
  });

  it("reads several tables down a sheet, each ending at the next header", () => {
    const g = grid([
      ["Tên trường", "Cấp học"],
      ["MN A", "MN"],
      ["MN B", "MN"],
      ["Tên trường", "Cấp học", "Kinh phí"],
      ["TH C", "TH", 10],
      ...Array.from({ length: 12 }, () => [] as CellValue[]),
      ["Tên trường", "CQG"],
      ["THCS D", "MĐ1"],
    ]);
    const tables = readSchoolTables(g);
    expect(tables.map((t) => [t.headerRow, t.bottom, t.rows.length])).toEqual([
      [1, 3, 2],
      [4, 5, 1],
      [18, 19, 1],
    ]);
    expect(tables[1]!.columns.budget?.col).toBe(3);
  });

  it("ends a table at 10 blank rows and keeps blank rows inside it", () => {
    const rows: CellValue[][] = [["STT", "Tên trường", "Cấp độ"], [1, "TH A", 2], [], [2, "TH B", 3]];
    for (let i = 0; i < 10; i++) rows.push([]);
    rows.push([null, "Một ghi chép rời", null]);
    const [t, ...rest] = readSchoolTables(grid(rows));
    expect(t!.rows.map((r) => `${r.row}:${r.kind}`)).toEqual(["2:school", "3:blank", "4:school"]);
    expect(t!.bottom).toBe(4);
    expect(rest).toEqual([]);
  });

  it("uses Excel tables (ListObjects) with a name column, several per sheet", () => {
    const g = grid(
      [
        ["Tiêu đề", null, null, null, null],
        ["STT", "Tên trường", null, "Mã", "Tên"],
        [1, "MN A", null, "x", "y"],
        [2, "MN B"],
        [null, null],
        ["STT", "Tên đơn vị"],
        [1, "TH C"],
      ],
      [],
      [
        { name: "Other", range: { top: 2, left: 4, bottom: 3, right: 5 }, hasHeader: true },
        { name: "DS_TH", range: { top: 6, left: 1, bottom: 7, right: 2 }, hasHeader: true },
        { name: "DS_MN", range: { top: 2, left: 1, bottom: 5, right: 2 }, hasHeader: true },
      ],
    );
    const tables = readSchoolTables(g);
    expect(tables.map((t) => [t.tableName, t.headerRow, t.left, t.right, t.bottom])).toEqual([
      ["DS_MN", 2, 1, 2, 5],
      ["DS_TH", 6, 1, 2, 7],
    ]);
    // An Excel table keeps its blank rows: its range says where it ends.
    expect(tables[0]!.rows.map((r) => r.kind)).toEqual(["school", "school", "blank"]);
  });

  it("applies the user's mapping over the detected one", () => {
    const g = grid([
      ["STT", "Tên trường", "Thông tin", "Xã"],
      [1, "TH A", "CN lại", "Hương Xuân"],
    ]);
    const [t] = readSchoolTables(g, { mapping: { action: 3, commune: 4, name: 2, expiry: 6 } });
    expect(t!.columns.action).toEqual({ field: "action", col: 3, header: "Thông tin", how: "user" });
    expect(t!.columns.expiry).toEqual({ field: "expiry", col: 6, header: "", how: "user" });
    expect(t!.right).toBe(6);
    expect(t!.rows[0]!.values).toHaveLength(6);
    expect(valueOf(t!, t!.rows[0]!, "action")).toBe("CN lại");
    expect(t!.otherColumns).toEqual([]);

    // Mapping a detected column to another field takes it away from the first one.
    const [u] = readSchoolTables(g, { mapping: { name: 4 } });
    expect(u!.columns.name?.col).toBe(4);
    expect(u!.columns.commune).toBeUndefined();
    expect(u!.otherColumns).toEqual([
      { col: 2, header: "Tên trường" },
      { col: 3, header: "Thông tin" },
    ]);
  });

  it("keeps worksheet coordinates when the grid does not start at A1", () => {
    const g: Grid = {
      ...grid([
        ["STT", "Tên trường", "Cấp độ"],
        [1, "TH A", 2],
      ]),
      top: 4,
      left: 3,
    };
    const [t] = readSchoolTables(g);
    expect([t!.headerRow, t!.left, t!.right]).toEqual([4, 3, 5]);
    expect(sourceOf(t!, t!.rows[0]!, "accreditation")?.address).toBe("E5");
    expect(valueOf(t!, t!.rows[0]!, "accreditation")).toBe(2);
    // A column the user maps left of the grid reads as empty, the others keep their place.
    const [u] = readSchoolTables(g, { mapping: { planYear: 1 } });
    expect(u!.left).toBe(1);
    expect(u!.rows[0]!.values).toEqual([null, null, 1, "TH A", 2]);
    expect(valueOf(u!, u!.rows[0]!, "name")).toBe("TH A");
  });

  it("never crashes on error values", () => {
    const g = grid([
      [{ error: "#REF!" }, "STT", "Tên trường", "Cấp độ", "Kinh phí"],
      [null, 1, { error: "#N/A" }, { error: "#REF!" }, { error: "#DIV/0!" }],
      [null, { error: "#VALUE!" }, "TH A", 2, 10],
      [null, "Tổng cộng", null, null, { error: "#DIV/0!" }],
    ]);
    const [t] = readSchoolTables(g);
    expect(t!.columns.name?.col).toBe(3);
    expect(t!.rows.map((r) => r.kind)).toEqual(["school", "school", "total"]);
    expect(valueOf(t!, t!.rows[0]!, "name")).toEqual({ error: "#N/A" });
  });

  it("reads 50,000 rows", () => {
    const rows: CellValue[][] = [
      ["STT", "Tên trường", "Cấp học", "Xã", "Mã công nhận", "Năm công nhận", "Kinh phí"],
    ];
    for (let i = 1; i <= 50_000; i++)
      rows.push([i, `Trường Tiểu học Số ${i}`, "TH", "Hương Xuân", "CĐ2-MĐ1", 2020, 100]);
    rows.push(["Tổng cộng", null, null, null, null, null, 5_000_000]);
    const [t] = readSchoolTables(grid(rows));
    expect(t!.rows).toHaveLength(50_001);
    expect(t!.rows[50_000]!.kind).toBe("total");
    expect(t!.rows.filter((r) => r.kind === "school")).toHaveLength(50_000);
  });

  it("a column headed as the decision that holds dates is the decision's date; one of numbers stays the number", () => {
    const header = ["STT", "Đơn vị trường", "Phường/xã", "Kết quả KĐ", "QĐ công nhận (ngày)"];
    const list = (decisions: CellValue[]): Grid =>
      grid([
        ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2027"],
        header,
        ["A", "MẦM NON"],
        [1, "MN Tân An", "Phường Tân An", "Cấp độ 2", decisions[0] ?? null],
        [2, "MN Họa Mi", "Phường Tân An", "Cấp độ 1", decisions[1] ?? null],
        ["B", "TIỂU HỌC"],
        [3, "TH Nguyễn Trãi", "Phường Tân An", "Cấp độ 3", decisions[2] ?? null],
      ]);
    const dates = readSchoolTables(list(["12/03/2022", null, "05/06/2021"]))[0]!;
    expect(dates.columns.decisionDate).toEqual({
      field: "decisionDate",
      col: 5,
      header: "QĐ công nhận (ngày)",
      how: "values",
    });
    expect(dates.columns.decisionNumber).toBeUndefined();

    const numbers = readSchoolTables(list(["45/QĐ-UBND", null, "112/QĐ-SGDĐT"]))[0]!;
    expect(numbers.columns.decisionNumber?.col).toBe(5);
    expect(numbers.columns.decisionDate).toBeUndefined();
  });
});

describe("a cell merged down over several schools", () => {
  const g = grid(
    [
      ["STT", "Tên trường", "Xã", "Mã công nhận", "Năm công nhận", "Hình thức", "Kinh phí (triệu đồng)"],
      [1, "MN Hoa Sen", "Ia Hrung", "CĐ2-MĐ1", 2022, null, null],
      [2, "TH Kim Đồng", null, "CĐ3-MĐ2", 2023, null, null],
      [3, "THCS Ia Hrung", null, "CĐ2-MĐ1", 2024, null, null],
      [4, "TH&THCS Kpă Klơng", "Ia Sao", null, null, "Công nhận mới", 1000],
      [5, "TH&THCS Võ Thị Sáu", "Ia Sao", null, null, null, 1500],
      [6, "PTDTBT TH&THCS Ia Sao", "Ia Sao", null, null, null, 1000],
    ],
    [
      { top: 2, left: 3, bottom: 4, right: 3 },
      { top: 5, left: 6, bottom: 7, right: 6 },
    ],
  );

  it("says its value of each of them: the commune of three schools, the action of three", () => {
    const [t] = validate([g], { planYear: 2026 }).tables;
    expect(t!.records.map((r) => [r.name, r.commune, r.action])).toEqual([
      ["MN Hoa Sen", "Ia Hrung", null],
      ["TH Kim Đồng", "Ia Hrung", null],
      ["THCS Ia Hrung", "Ia Hrung", null],
      ["TH&THCS Kpă Klơng", "Ia Sao", "new"],
      ["TH&THCS Võ Thị Sáu", "Ia Sao", "new"],
      ["PTDTBT TH&THCS Ia Sao", "Ia Sao", "new"],
    ]);
  });

  it("a title merged over two rows above the header fills nothing", () => {
    const titled = grid(
      [["DANH SÁCH TRƯỜNG"], [], ["STT", "Tên trường", "Xã"], [1, "MN Hoa Sen", "Ia Hrung"]],
      [{ top: 1, left: 1, bottom: 2, right: 3 }],
    );
    const [t] = readSchoolTables(titled);
    expect(t!.rows.map((r) => r.values)).toEqual([[1, "MN Hoa Sen", "Ia Hrung"]]);
  });
});

it("of two cấp độ columns, the one headed with a past year is the older result, not the current", () => {
  const [t] = readSchoolTables(
    grid([
      ["STT", "Tên trường", "Cấp độ KĐCLGD (năm 2020)", "Cấp độ KĐCLGD", "Mức độ CQG", "Năm công nhận"],
      [1, "TH Diên Hồng", "CĐ1", "CĐ2", "MĐ1", 2023],
    ]),
  );
  expect(t!.columns.accreditation?.col).toBe(4);
  expect(t!.otherColumns.map((c) => c.header)).toEqual(["Cấp độ KĐCLGD (năm 2020)"]);
});

it("reads a header of three rows: a group over KĐCLGD | CQG over Cấp độ | Năm | Mức độ | Năm", () => {
  const g = grid(
    [
      ["UBND XÃ IA BLỨ"],
      [
        "STT",
        "Tên trường",
        "Xã",
        "Kết quả kiểm định và công nhận đạt chuẩn quốc gia",
        null,
        null,
        null,
        "Kế hoạch năm 2026",
        null,
      ],
      [null, null, null, "KĐCLGD", null, "CQG", null, "Nội dung", "Kinh phí"],
      [null, null, null, "Cấp độ", "Năm", "Mức độ", "Năm", null, "(triệu đồng)"],
      [1, "Trường MN Ia Blứ", "Ia Blứ", 2, 2022, 1, 2022, null, null],
      [2, "Trường MN Hoa Phượng", "Ia Blứ", 3, 2021, 2, 2021, "Công nhận lại", 400],
      [3, "Trường TH Ia Blứ", "Ia Blứ", 2, 2020, null, null, "Công nhận mới", 700],
    ],
    [
      { top: 2, left: 1, bottom: 4, right: 1 },
      { top: 2, left: 2, bottom: 4, right: 2 },
      { top: 2, left: 3, bottom: 4, right: 3 },
      { top: 2, left: 4, bottom: 2, right: 7 },
      { top: 2, left: 8, bottom: 2, right: 9 },
      { top: 3, left: 4, bottom: 3, right: 5 },
      { top: 3, left: 6, bottom: 3, right: 7 },
      { top: 3, left: 8, bottom: 4, right: 8 },
    ],
  );
  const [t] = readSchoolTables(g);
  expect([t!.headerTop, t!.headerRow]).toEqual([2, 4]);
  const fields = Object.fromEntries(Object.values(t!.columns).map((c) => [c.field, c.col]));
  expect(fields).toMatchObject({
    name: 2,
    commune: 3,
    accreditation: 4,
    standard: 6,
    decisionDate: 7,
    action: 8,
    budget: 9,
  });
  expect(t!.columns.planYear).toBeUndefined();
  expect(t!.rows.map((r) => r.kind)).toEqual(["school", "school", "school"]);
});
