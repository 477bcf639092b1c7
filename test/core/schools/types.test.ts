import {
  SCHOOL_TYPES,
  schoolTypeInfo,
  typeFromColumn,
  typeFromName,
  type SchoolTypeId,
} from "../../../src/core/schools/types";

const nfd = (s: string): string => s.normalize("NFD");

describe("SCHOOL_TYPES", () => {
  test("lists the types in SPEC §3 order with their labels and circulars", () => {
    expect(SCHOOL_TYPES.map((t) => [t.id, t.label.vi, t.circular])).toEqual([
      ["MN", "Mầm non", "TT 19/2018"],
      ["TH", "Tiểu học", "TT 17/2018"],
      ["THCS", "THCS", "TT 18/2018"],
      ["THPT", "THPT", "TT 18/2018"],
      ["TH_THCS", "TH&THCS", "TT 18/2018"],
      ["THCS_THPT", "THCS&THPT", "TT 18/2018"],
      ["TH_THCS_THPT", "TH, THCS&THPT", "TT 18/2018"],
    ]);
  });

  test("every type has a distinct English label", () => {
    const en = SCHOOL_TYPES.map((t) => t.label.en);
    expect(new Set(en).size).toBe(SCHOOL_TYPES.length);
    expect(en).toContain("Preschool");
    expect(en).toContain("Multi-level (primary to upper secondary)");
  });

  test.each(SCHOOL_TYPES.map((t) => [t.id] as const))("schoolTypeInfo(%s) returns its entry", (id) => {
    const info = schoolTypeInfo(id);
    expect(info.id).toBe(id);
    expect(info).toBe(SCHOOL_TYPES.find((t) => t.id === id));
  });
});

describe("typeFromName", () => {
  // [name, type, boarding, prefix as written]
  const cases: [string, SchoolTypeId, "PTDTBT" | "PTDTNT" | null, string][] = [
    // MN spellings
    ["MN Hương Xuân", "MN", null, "MN"],
    ["Mầm non Hoa Sen", "MN", null, "Mầm non"],
    ["Trường Mầm non Hoa Sen", "MN", null, "Mầm non"],
    ["MG Sơn Ca", "MN", null, "MG"],
    ["Mẫu giáo Sơn Ca", "MN", null, "Mẫu giáo"],
    ["NT Hoa Hồng", "MN", null, "NT"],
    ["Nhà trẻ Hoa Hồng", "MN", null, "Nhà trẻ"],
    ["MN thị trấn số 2", "MN", null, "MN"],
    ["Mầm non Thanh Bình", "MN", null, "Mầm non"],
    // TH spellings
    ["TH Thanh Bình", "TH", null, "TH"],
    ["T.H Kim Đồng", "TH", null, "T.H"],
    ["Tiểu học Kim Đồng", "TH", null, "Tiểu học"],
    ["Trường Tiểu học Kim Đồng", "TH", null, "Tiểu học"],
    ["TH Số 1 Hương Toàn", "TH", null, "TH"],
    ["TH Thái Phiên", "TH", null, "TH"],
    // THCS
    ["THCS Lê Thuyết", "THCS", null, "THCS"],
    ["Trung học cơ sở Lê Lợi", "THCS", null, "Trung học cơ sở"],
    ["Trường THCS Thanh Bình", "THCS", null, "THCS"],
    // THPT
    ["THPT Hương Trà", "THPT", null, "THPT"],
    ["Trung học phổ thông Hương Trà", "THPT", null, "Trung học phổ thông"],
    ["THPT chuyên Quốc Học", "THPT", null, "THPT chuyên"],
    // TH&THCS
    ["TH&THCS Hương Bình", "TH_THCS", null, "TH&THCS"],
    ["TH và THCS Hương Bình", "TH_THCS", null, "TH và THCS"],
    ["TH-THCS Hương Bình", "TH_THCS", null, "TH-THCS"],
    ["TH - THCS Hương Bình", "TH_THCS", null, "TH - THCS"],
    ["Tiểu học & THCS Hương Bình", "TH_THCS", null, "Tiểu học & THCS"],
    ["Tiểu học và Trung học cơ sở Hương Bình", "TH_THCS", null, "Tiểu học và Trung học cơ sở"],
    ["PTCS Hương Bình", "TH_THCS", null, "PTCS"],
    ["Trường TH&THCS Thanh Bình", "TH_THCS", null, "TH&THCS"],
    // THCS&THPT
    ["THCS&THPT Hà Trung", "THCS_THPT", null, "THCS&THPT"],
    ["THCS-THPT Hà Trung", "THCS_THPT", null, "THCS-THPT"],
    ["THCS và THPT Hà Trung", "THCS_THPT", null, "THCS và THPT"],
    [
      "Trung học cơ sở và Trung học phổ thông Hà Trung",
      "THCS_THPT",
      null,
      "Trung học cơ sở và Trung học phổ thông",
    ],
    // TH, THCS&THPT
    ["TH-THCS-THPT Việt Mỹ", "TH_THCS_THPT", null, "TH-THCS-THPT"],
    ["TH&THCS&THPT Việt Mỹ", "TH_THCS_THPT", null, "TH&THCS&THPT"],
    ["TH, THCS&THPT Việt Mỹ", "TH_THCS_THPT", null, "TH, THCS&THPT"],
    ["TH, THCS và THPT Việt Mỹ", "TH_THCS_THPT", null, "TH, THCS và THPT"],
    ["Phổ thông nhiều cấp học Việt Mỹ", "TH_THCS_THPT", null, "Phổ thông nhiều cấp học"],
    ["Trường PT nhiều cấp học Việt Mỹ", "TH_THCS_THPT", null, "PT nhiều cấp học"],
    // boarding markers before and after the level
    ["PTDTBT TH&THCS Suối Lư", "TH_THCS", "PTDTBT", "TH&THCS"],
    ["TRƯỜNG PTDTBT TH&THCS NA Ư", "TH_THCS", "PTDTBT", "TH&THCS"],
    ["PT DTBT THCS Na Mèo", "THCS", "PTDTBT", "THCS"],
    ["Trường DTBT TH Tà Xùa", "TH", "PTDTBT", "TH"],
    ["Trường Phổ thông dân tộc bán trú Tiểu học Tà Xùa", "TH", "PTDTBT", "Tiểu học"],
    ["PTDTBT-THCS Pa Cheo", "THCS", "PTDTBT", "THCS"],
    ["THCS DTNT huyện Mường Lát", "THCS", "PTDTNT", "THCS"],
    ["PTDTNT THCS&THPT Bắc Hà", "THCS_THPT", "PTDTNT", "THCS&THPT"],
    ["Trường Phổ thông dân tộc nội trú THCS và THPT Bắc Hà", "THCS_THPT", "PTDTNT", "THCS và THPT"],
    ["THCS Dân tộc nội trú Bắc Hà", "THCS", "PTDTNT", "THCS"],
    ["TH&THCS PTDTBT Nậm Nhừ", "TH_THCS", "PTDTBT", "TH&THCS"],
    // case, numbering and old names
    ["trường th số 2 tứ hạ", "TH", null, "th"],
    ["TRƯỜNG MẦM NON HOA MAI", "MN", null, "MẦM NON"],
    ["Trường cấp 2-3 Võ Thị Sáu", "THCS_THPT", null, "cấp 2-3"],
    ["Liên cấp TH&THCS Ngôi Sao", "TH_THCS", null, "TH&THCS"],
  ];

  test.each(cases)("%s → %s", (name, type, boarding, prefix) => {
    expect(typeFromName(name)).toEqual({ type, boarding, prefix });
  });

  test.each(cases)("NFD %s → %s", (name, type, boarding) => {
    const read = typeFromName(nfd(name));
    expect(read?.type).toBe(type);
    expect(read?.boarding).toBe(boarding);
  });

  test.each(cases)("upper case %s → %s", (name, type, boarding) => {
    const read = typeFromName(name.toUpperCase());
    expect(read?.type).toBe(type);
    expect(read?.boarding).toBe(boarding);
  });

  test("the prefix keeps the NFC text as written when the name came in NFD", () => {
    expect(typeFromName(nfd("Tiểu học Kim Đồng"))?.prefix).toBe("Tiểu học");
  });

  test("the prefix is cut at the same place when the name has characters beyond Vietnamese letters", () => {
    // Curly quotes and an en dash fold outside the table, through the position map.
    expect(typeFromName("Trường Tiểu học và THCS “Kim Đồng” ✓")).toEqual({
      type: "TH_THCS",
      boarding: null,
      prefix: "Tiểu học và THCS",
    });
    expect(typeFromName("Trường Tiểu học – THCS Kim Đồng")?.prefix).toBe("Tiểu học – THCS");
    expect(typeFromName("TRƯỜNG PTDTBT TH & THCS Trà Xinh ✓")).toEqual({
      type: "TH_THCS",
      boarding: "PTDTBT",
      prefix: "TH & THCS",
    });
  });

  // The Hương Trà appendix (seed 001).
  const appendix: [string, SchoolTypeId][] = [
    ["MN Hương Xuân", "MN"],
    ["MN Bình Thành", "MN"],
    ["MN Hồng Tiến", "MN"],
    ["MN Tứ Hạ", "MN"],
    ["MN Hương Bình", "MN"],
    ["TH Số 1 Hương Toàn", "TH"],
    ["TH Hương Vân", "TH"],
    ["TH Bình Điền", "TH"],
    ["TH Số 2 Tứ Hạ", "TH"],
    ["TH Số 1 Hương Xuân", "TH"],
    ["TH Số 2 Hương Chữ", "TH"],
    ["TH Số 2 Hương Văn", "TH"],
    ["TH Bình Thành", "TH"],
    ["THCS Lê Thuyết", "THCS"],
    ["THCS Nguyễn Khánh Toàn", "THCS"],
    ["THCS Hồ Văn Tứ", "THCS"],
    ["THCS Lê Quang Tiến", "THCS"],
    ["THCS Trần Đăng Khoa", "THCS"],
    ["THCS Hà Thế Hạng", "THCS"],
    ["THCS Nguyễn Khoa Đăng", "THCS"],
  ];
  test.each(appendix)("Hương Trà appendix: %s → %s", (name, type) => {
    expect(typeFromName(name)).toEqual({ type, boarding: null, prefix: type });
  });

  const none: string[] = [
    "Trường Thanh Bình",
    "Thanh Bình",
    "Thái Phiên",
    "THANH BÌNH",
    "Thcsx Lê Lợi",
    "TH1 Lê Lợi",
    "Trường Hoa Sen",
    "Mnong Hoa",
    "PTDTNT tỉnh Lào Cai",
    "DTNT huyện Mường Lát",
    "Trường Phổ thông dân tộc nội trú tỉnh Kon Tum",
    "PTDTBT Na Ư",
    "Trường Trung học Hà Nội",
    "TH & THPT Hoa Sen",
    "Mầm non - Tiểu học Hoa Sen",
    "",
    "   ",
  ];
  test.each(none)("no type prefix: %j", (name) => {
    expect(typeFromName(name)).toBeNull();
  });

  test("'Cấp 3' alone is THPT only when followed by a name", () => {
    expect(typeFromName("Cấp 3 Nguyễn Du")?.type).toBe("THPT");
  });
});

describe("typeFromColumn", () => {
  const cases: [string, SchoolTypeId][] = [
    ["Mầm non", "MN"],
    ["MN", "MN"],
    ["Mẫu giáo", "MN"],
    ["Nhà trẻ", "MN"],
    ["Trường Mầm non", "MN"],
    ["Cấp Mầm non", "MN"],
    ["Preschool", "MN"],
    ["Tiểu học", "TH"],
    ["TH", "TH"],
    ["Cấp Tiểu học", "TH"],
    ["Bậc học: Tiểu học", "TH"],
    ["Cấp 1", "TH"],
    ["Cấp I", "TH"],
    ["Primary", "TH"],
    ["THCS", "THCS"],
    ["Trung học cơ sở", "THCS"],
    ["Cấp THCS", "THCS"],
    ["Cấp II", "THCS"],
    ["Lower secondary", "THCS"],
    ["THPT", "THPT"],
    ["Trung học phổ thông", "THPT"],
    ["Cấp 3", "THPT"],
    ["Upper secondary", "THPT"],
    ["TH&THCS", "TH_THCS"],
    ["TH_THCS", "TH_THCS"],
    ["Liên cấp TH&THCS", "TH_THCS"],
    ["TH và THCS", "TH_THCS"],
    ["PTCS", "TH_THCS"],
    ["Cấp 1-2", "TH_THCS"],
    ["PTDTBT TH&THCS", "TH_THCS"],
    ["Primary & lower secondary", "TH_THCS"],
    ["THCS&THPT", "THCS_THPT"],
    ["THCS_THPT", "THCS_THPT"],
    ["THCS - THPT", "THCS_THPT"],
    ["THCS DTNT", "THCS"],
    ["Lower & upper secondary", "THCS_THPT"],
    ["TH, THCS&THPT", "TH_THCS_THPT"],
    ["TH_THCS_THPT", "TH_THCS_THPT"],
    ["Phổ thông nhiều cấp học", "TH_THCS_THPT"],
    ["Nhiều cấp học", "TH_THCS_THPT"],
    ["Multi-level (primary to upper secondary)", "TH_THCS_THPT"],
    ["  thcs.  ", "THCS"],
  ];

  test.each(cases)("%j → %s", (value, type) => {
    expect(typeFromColumn(value)).toBe(type);
  });

  test.each(cases)("NFD and upper case %j → %s", (value, type) => {
    expect(typeFromColumn(nfd(value))).toBe(type);
    expect(typeFromColumn(value.toUpperCase())).toBe(type);
  });

  test.each(SCHOOL_TYPES.map((t) => [t.label.vi, t.id] as const))("vi label %j → %s", (label, id) => {
    expect(typeFromColumn(label)).toBe(id);
  });

  test.each(SCHOOL_TYPES.map((t) => [t.id] as const))("id %s reads as itself", (id) => {
    expect(typeFromColumn(id)).toBe(id);
  });

  const none: [string, unknown][] = [
    ["number", 2],
    ["boolean", true],
    ["date", new Date(2024, 0, 1)],
    ["error", { error: "#N/A" }],
    ["null", null],
    ["empty", ""],
    ["ownership", "Công lập"],
    ["a school name", "THCS Lê Lợi"],
    ["liên cấp alone", "Liên cấp"],
    ["cấp alone", "Cấp"],
    ["Trường alone", "Trường"],
    ["boarding alone", "PTDTNT"],
    ["not a type", "TH & THPT"],
    ["Thanh", "Thanh"],
    ["cấp 4", "Cấp 4"],
  ];
  test.each(none)("%s → null", (_label, value) => {
    expect(typeFromColumn(value as Parameters<typeof typeFromColumn>[0])).toBeNull();
  });
});
