import { canonicalCode, parseCode, type CodeColumn, type CodeParse } from "../../../src/core/schools/codes";
import type { CellValue } from "../../../src/core/grid";

const nfd = (s: string): string => s.normalize("NFD");

/** The levels of an ok parse, or the kind otherwise: one value to compare per case. */
function levels(p: CodeParse): [number | null, number | null] | string {
  return p.kind === "ok" ? [p.accreditation, p.standard] : p.kind;
}

describe("canonicalCode", () => {
  test.each([
    [2, 1, "CĐ2-MĐ1"],
    [3, 2, "CĐ3-MĐ2"],
    [3, null, "CĐ3"],
    [null, 2, "MĐ2"],
    [null, null, ""],
    [5, 3, "CĐ5-MĐ3"],
  ] as const)("(%p, %p) → %j", (a, s, expected) => {
    expect(canonicalCode(a, s)).toBe(expected);
  });
});

describe("parseCode: combined spellings", () => {
  const cases: [string, number, number][] = [
    ["CĐ2-MĐ1", 2, 1],
    ["CĐ3-MĐ2", 3, 2],
    ["CĐ 2 - MĐ 1", 2, 1],
    ["cđ2–mđ1", 2, 1],
    ["CĐ2—MĐ1", 2, 1],
    ["CD2-MD1", 2, 1],
    ["cd2-md1", 2, 1],
    ["CĐ2/MĐ1", 2, 1],
    ["CĐ2, MĐ1", 2, 1],
    ["CĐ2 & MĐ1", 2, 1],
    ["CĐ2 MĐ1", 2, 1],
    ["Cấp độ 2 - Mức độ 1", 2, 1],
    ["cấp độ 2, mức độ 1", 2, 1],
    ["KĐ cấp độ 2, CQG mức độ 1", 2, 1],
    ["KĐCLGD cấp độ 3 và CQG mức độ 2", 3, 2],
    ["Kiểm định chất lượng giáo dục cấp độ 3, đạt chuẩn quốc gia mức độ 2", 3, 2],
    ["KĐ mức 3, CQG mức độ 2", 3, 2],
    ["MĐ1-CĐ2", 2, 1],
    ["Mức độ 2 - Cấp độ 3", 3, 2],
    ["CĐII-MĐI", 2, 1],
    ["cấp độ III - mức độ II", 3, 2],
    ["CĐ IV - MĐ II", 4, 2],
    ["CĐ5-MĐ3", 5, 3],
    ["CĐ0-MĐ0", 0, 0],
    ["  CĐ2  -  MĐ1  ", 2, 1],
    ["CĐ2-MĐ1.", 2, 1],
    // Spaces never matter (SPEC §4.2): run together, or between the letters of an abbreviation.
    ["CĐ2MĐ1", 2, 1],
    ["cđ3mđ2", 3, 2],
    ["CD2MD1", 2, 1],
    ["MĐ1CĐ2", 2, 1],
    ["CĐIIMĐI", 2, 1],
    ["CĐ2vàMĐ1", 2, 1],
    ["Cấpđộ2-Mứcđộ1", 2, 1],
    ["KĐCLGDcấpđộ3vàCQGmứcđộ2", 3, 2],
    ["C Đ 2 - M Đ 1", 2, 1],
    // Full-width forms read after compatibility normalisation; a zero-width space counts for nothing.
    ["ＣＤ２－ＭＤ１", 2, 1],
    ["ＣĐ３ＭĐ２", 3, 2],
    ["CĐ2\u200b-MĐ1", 2, 1],
  ];

  test.each(cases)("%j → (%p, %p)", (text, a, s) => {
    expect(levels(parseCode(text, "combined"))).toEqual([a, s]);
  });

  test.each(cases)("NFD %j → (%p, %p)", (text, a, s) => {
    expect(levels(parseCode(nfd(text), "combined"))).toEqual([a, s]);
  });

  test.each(cases)("upper case %j → (%p, %p)", (text, a, s) => {
    expect(levels(parseCode(text.toUpperCase(), "combined"))).toEqual([a, s]);
  });

  test.each(cases)("%j is also read in single-level columns", (text, a, s) => {
    expect(levels(parseCode(text, "accreditation"))).toEqual([a, s]);
    expect(levels(parseCode(text, "standard"))).toEqual([a, s]);
  });

  test.each(
    cases.filter(
      ([text]) => text !== "CĐ2-MĐ1" && text !== "CĐ3-MĐ2" && text !== "CĐ5-MĐ3" && text !== "CĐ0-MĐ0",
    ),
  )("%j is noncanonical with the canonical spelling as fix", (text, a, s) => {
    const p = parseCode(text, "combined");
    expect(p).toMatchObject({ kind: "ok", isCanonical: false, canonical: canonicalCode(a, s) });
  });

  test("reversed order gives the canonical order", () => {
    expect(parseCode("MĐ1-CĐ2", "combined")).toEqual({
      kind: "ok",
      accreditation: 2,
      standard: 1,
      canonical: "CĐ2-MĐ1",
      isCanonical: false,
      cdWordAsStandard: false,
    });
  });

  test.each(["CĐ2-MĐ1", "CĐ3-MĐ2", "CĐ5-MĐ3"])("%j is canonical", (text) => {
    expect(parseCode(text, "combined")).toEqual({
      kind: "ok",
      accreditation: Number(text[2]),
      standard: Number(text[6]),
      canonical: text,
      isCanonical: true,
      cdWordAsStandard: false,
    });
  });

  test("NFD canonical text is canonical (it is the same text)", () => {
    expect(parseCode(nfd("CĐ2-MĐ1"), "combined")).toMatchObject({ kind: "ok", isCanonical: true });
  });
});

describe("parseCode: the Hương Trà appendix codes", () => {
  const codes = ["CĐ2-MĐ1", "CĐ2-MĐ1", "CĐ2-MĐ1", "CĐ3-MĐ2"];
  test.each(codes)("%j reads and is canonical", (code) => {
    const p = parseCode(code, "combined");
    expect(p.kind).toBe("ok");
    if (p.kind !== "ok") return;
    expect(p.canonical).toBe(code);
    expect(p.isCanonical).toBe(true);
    expect(p.accreditation).toBe(code === "CĐ3-MĐ2" ? 3 : 2);
    expect(p.standard).toBe(code === "CĐ3-MĐ2" ? 2 : 1);
  });
});

describe("parseCode: accreditation only", () => {
  const cases: [string, number][] = [
    ["CĐ3", 3],
    ["CD3", 3],
    ["cđ 3", 3],
    ["Cấp độ 3", 3],
    ["cấp độ III", 3],
    ["Cấp độ IV", 4],
    ["CĐ I", 1],
    ["KĐCLGD cấp độ 3", 3],
    ["KĐ cấp độ 2", 2],
    ["Đạt KĐCLGD cấp độ 2", 2],
    ["Kiểm định chất lượng giáo dục cấp độ 1", 1],
    ["KĐCLGD cấp 3", 3],
    ["KĐCLGD 3", 3],
    ["CĐ5", 5],
    ["Cấp độ 0", 0],
    ["CĐ 12", 12],
    ["Cấpđộ3", 3],
    ["KĐCLGDcấpđộ3", 3],
    ["ＣＤ３", 3],
    // Two digits are one level, never a level and a stray digit: out of range, the range rule says so.
    ["CĐ25", 25],
    ["cđ12", 12],
  ];

  test.each(cases)("%j → cấp độ %p in any column", (text, a) => {
    expect(levels(parseCode(text, "combined"))).toEqual([a, null]);
    expect(levels(parseCode(text, "accreditation"))).toEqual([a, null]);
    expect(levels(parseCode(nfd(text), "accreditation"))).toEqual([a, null]);
    expect(levels(parseCode(text.toUpperCase(), "accreditation"))).toEqual([a, null]);
  });

  test.each([
    ["3", 3],
    ["1", 1],
    [" 4 ", 4],
    ["7", 7],
    ["III", 3],
    ["２", 2],
    ["Ⅲ", 3],
  ] as const)("bare %j in a KĐCLGD column → cấp độ %p", (text, a) => {
    expect(levels(parseCode(text, "accreditation"))).toEqual([a, null]);
  });

  test.each([
    ["Mức 3", 3],
    ["mức độ 2", 2],
    ["Mức độ IV", 4],
    ["mức 1", 1],
  ] as const)("a lone %j in a KĐCLGD column is the assessment's Mức → cấp độ %p", (text, a) => {
    expect(parseCode(text, "accreditation")).toEqual({
      kind: "ok",
      accreditation: a,
      standard: null,
      canonical: `CĐ${a}`,
      isCanonical: false,
      cdWordAsStandard: false,
    });
  });

  test.each(["MĐ2", "MD2", "CQG mức 2", "Chuẩn quốc gia mức độ 1", "CQG 2"])(
    "standard-only %j in a KĐCLGD column is invalid",
    (text) => {
      expect(parseCode(text, "accreditation")).toEqual({ kind: "invalid", text });
    },
  );

  test("a KĐCLGD-qualified code in a CQG column is invalid", () => {
    expect(parseCode("KĐCLGD cấp độ 3", "standard").kind).toBe("invalid");
  });
});

describe("parseCode: standard only", () => {
  const cases: [string, number][] = [
    ["MĐ2", 2],
    ["MD2", 2],
    ["mđ 1", 1],
    ["Mức độ 2", 2],
    ["mức 2", 2],
    ["Mức độ II", 2],
    ["CQG mức độ 2", 2],
    ["chuẩn QG mức 2", 2],
    ["Chuẩn quốc gia mức độ 1", 1],
    ["Đạt chuẩn quốc gia mức độ 1", 1],
    ["Trường đạt chuẩn quốc gia mức độ 2", 2],
    ["CQG 2", 2],
    ["MĐ3", 3],
    ["Mứcđộ1", 1],
    ["CQGmứcđộ2", 2],
    ["chuẩnquốcgiamứcđộ1", 1],
    ["MĐ12", 12],
  ];

  test.each(cases)("%j → mức độ %p in combined and CQG columns", (text, s) => {
    expect(levels(parseCode(text, "combined"))).toEqual([null, s]);
    expect(levels(parseCode(text, "standard"))).toEqual([null, s]);
    expect(levels(parseCode(nfd(text), "standard"))).toEqual([null, s]);
    expect(levels(parseCode(text.toUpperCase(), "standard"))).toEqual([null, s]);
  });

  test.each(cases)("%j is not read as a cấp độ word", (text) => {
    expect(parseCode(text, "standard")).toMatchObject({ cdWordAsStandard: false });
  });

  test.each([
    ["2", 2],
    ["1", 1],
    ["II", 2],
    ["3", 3],
    ["１", 1],
    ["Ⅱ", 2],
  ] as const)("bare %j in a CQG column → mức độ %p", (text, s) => {
    expect(levels(parseCode(text, "standard"))).toEqual([null, s]);
  });

  test.each([
    ["chuẩn quốc gia cấp độ 1", 1],
    ["Cấp độ 2", 2],
    ["CĐ1", 1],
    ["cấp độ II", 2],
  ] as const)("press style %j in a CQG column → mức độ %p, noncanonical", (text, s) => {
    expect(parseCode(text, "standard")).toEqual({
      kind: "ok",
      accreditation: null,
      standard: s,
      canonical: `MĐ${s}`,
      isCanonical: false,
      cdWordAsStandard: true,
    });
  });

  test("a CQG-qualified cấp độ is mức độ in a combined column too", () => {
    expect(parseCode("Chuẩn quốc gia cấp độ 1", "combined")).toMatchObject({
      kind: "ok",
      accreditation: null,
      standard: 1,
      cdWordAsStandard: true,
    });
  });

  test("an unqualified cấp độ in a combined column stays a cấp độ", () => {
    expect(parseCode("Cấp độ 2", "combined")).toMatchObject({
      accreditation: 2,
      standard: null,
      cdWordAsStandard: false,
    });
  });

  test("an unqualified mức in a combined column is a mức độ", () => {
    expect(levels(parseCode("Mức 2", "combined"))).toEqual([null, 2]);
  });
});

describe("parseCode: empty", () => {
  const empties: CellValue[] = [
    null,
    "",
    "   ",
    "-",
    "–",
    "—",
    "--",
    "Chưa đạt",
    "CHƯA ĐẠT",
    nfd("Chưa đạt"),
    "Chưa",
    "Không",
    "không đạt",
    "Chưa công nhận",
    "Chưa KĐ",
    "chưa kđ",
    "Chưa kiểm định",
    "Chưa đánh giá",
    "chưa đánh giá",
  ];
  test.each(empties)("%j is empty in every column", (value) => {
    for (const column of ["combined", "accreditation", "standard"] as CodeColumn[]) {
      expect(parseCode(value, column)).toEqual({ kind: "empty" });
    }
  });
});

describe("parseCode: invalid", () => {
  const everywhere: string[] = [
    "x",
    "X",
    "cấp 3",
    "Cấp 3",
    "CĐ2.5",
    "CĐ2,5",
    "MĐ1.5",
    "CĐ",
    "MĐ",
    "CQG",
    "CĐ100",
    "CĐ V",
    "CĐ2-CĐ3",
    "MĐ1-MĐ2",
    "CĐ2-MĐ1-CĐ3",
    "CĐ2-",
    "Đạt",
    "CĐ2 (2019)",
    "Tốt",
    "2-1",
    "#N/A",
    // Run together, still nothing: a level needs its keyword, and digits are never split.
    "cấp3",
    "CĐ2MĐ",
    "CĐ1CĐ2",
    "MĐ1MĐ2",
    "CĐ2x",
    "CĐ2d",
    "CĐ2MĐ1MĐ1",
    "CĐ100",
    "ＣĐ２．５",
    "CĐ2-MĐ1 ".repeat(12),
  ];
  test.each(everywhere)("%j is invalid in every column", (text) => {
    for (const column of ["combined", "accreditation", "standard"] as CodeColumn[]) {
      const p = parseCode(text, column);
      expect(p.kind).toBe("invalid");
    }
  });

  test("the invalid text is the cleaned cell text", () => {
    expect(parseCode("  cấp   3 ", "combined")).toEqual({ kind: "invalid", text: "cấp 3" });
    expect(parseCode(nfd("Cấp 3"), "accreditation")).toEqual({ kind: "invalid", text: "Cấp 3" });
  });

  test("text over 80 characters is invalid even when it starts with a code", () => {
    const long = `CĐ2-MĐ1 ${"a".repeat(80)}`;
    expect(parseCode(long, "combined")).toEqual({ kind: "invalid", text: long });
  });

  test.each(["3", "2", "III", " 1 "])("bare %j in a combined column is ambiguous → invalid", (text) => {
    expect(parseCode(text, "combined").kind).toBe("invalid");
  });

  test.each(["CĐ2 3", "CĐ2 5", "MĐ1 2"])("a space between digits is not read away: %j is invalid", (text) => {
    for (const column of ["combined", "accreditation", "standard"] as CodeColumn[])
      expect(parseCode(text, column).kind).toBe("invalid");
  });

  test.each(["1", "2", "3"])("a bare number pair part %j-%j is invalid", (n) => {
    expect(parseCode(`CĐ2-${n}`, "combined").kind).toBe("invalid");
  });
});

describe("parseCode: non-text cells", () => {
  test.each([
    [3, "accreditation", [3, null]],
    [1, "accreditation", [1, null]],
    [2, "standard", [null, 2]],
    [0, "standard", [null, 0]],
    [5, "accreditation", [5, null]],
  ] as const)("number %p in a %s column → %p", (n, column, expected) => {
    const p = parseCode(n, column);
    expect(levels(p)).toEqual(expected);
    expect(p).toMatchObject({ isCanonical: true, cdWordAsStandard: false });
  });

  test.each([
    [2, "combined"],
    [2.5, "accreditation"],
    [1.5, "standard"],
    [-1, "accreditation"],
    [100, "standard"],
    [Number.NaN, "accreditation"],
    [Number.POSITIVE_INFINITY, "standard"],
  ] as const)("number %p in a %s column is invalid", (n, column) => {
    expect(parseCode(n, column)).toEqual({ kind: "invalid", text: String(n) });
  });

  test.each([
    [true, "TRUE"],
    [false, "FALSE"],
    [{ error: "#N/A" }, "#N/A"],
    [{ error: "#REF!" }, "#REF!"],
    [new Date(Date.UTC(2024, 0, 4)), "04/01/2024"],
    [new Date(Number.NaN), "Invalid Date"],
  ] as const)("%p is invalid with a display text", (value, text) => {
    for (const column of ["combined", "accreditation", "standard"] as CodeColumn[]) {
      expect(parseCode(value, column)).toEqual({ kind: "invalid", text });
    }
  });
});

describe("parseCode: isCanonical", () => {
  test.each([
    ["CĐ3", "accreditation", true],
    ["CĐ3", "combined", true],
    ["MĐ2", "standard", true],
    ["MĐ2", "combined", true],
    ["3", "accreditation", true],
    ["2", "standard", true],
    ["03", "accreditation", true],
    ["III", "accreditation", false],
    ["cđ3", "accreditation", false],
    ["CD3", "accreditation", false],
    ["CĐ 3", "accreditation", false],
    ["Cấp độ 3", "accreditation", false],
    ["MD2", "standard", false],
    ["Mức độ 2", "standard", false],
    ["cđ2-mđ1", "combined", false],
    ["CĐ2 - MĐ1", "combined", false],
    ["CĐ2MĐ1", "combined", false],
    ["ＣＤ２－ＭＤ１", "combined", false],
    ["２", "accreditation", false],
    ["CĐ2\u200b-MĐ1", "combined", false],
  ] as const)("%j in a %s column: isCanonical %p", (text, column, expected) => {
    expect(parseCode(text, column)).toMatchObject({ kind: "ok", isCanonical: expected });
  });

  test("the canonical spelling is given for a noncanonical cell", () => {
    expect(parseCode("cấp độ III", "accreditation")).toMatchObject({ canonical: "CĐ3", isCanonical: false });
    expect(parseCode("chuẩn QG mức 2", "standard")).toMatchObject({ canonical: "MĐ2", isCanonical: false });
  });
});

describe("parseCode never throws", () => {
  const odd: CellValue[] = [
    "((((",
    "CĐ".repeat(50),
    "\u0300\u0301",
    "CĐ2-MĐ1\u0000",
    "💥",
    "ĐĐĐĐ",
    " - - - 1",
    "mức độ mức độ 2",
  ];
  test.each(odd)("%j", (value) => {
    for (const column of ["combined", "accreditation", "standard"] as CodeColumn[]) {
      expect(() => parseCode(value, column)).not.toThrow();
      expect(["empty", "ok", "invalid"]).toContain(parseCode(value, column).kind);
    }
  });
});
