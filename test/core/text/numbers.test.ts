import fc from "fast-check";
import type { CellValue } from "../../../src/core/grid";
import { formatNumber } from "../../../src/core/text/format";
import { parseNumber } from "../../../src/core/text/numbers";

describe("parseNumber: Vietnamese style (dot thousands, comma decimals)", () => {
  test.each<[string, number]>([
    ["44.497", 44497],
    ["31.162,5", 31162.5],
    ["13.335", 13335],
    ["1.234.567", 1234567],
    ["1.234.567,25", 1234567.25],
    ["12,5", 12.5],
    ["0,5", 0.5],
    ["1,234", 1.234], // a single comma is a decimal comma
    ["1,2345", 1.2345],
    ["850", 850],
    ["2024", 2024],
    ["007", 7],
    ["  2.500  ", 2500],
  ])("%j → %d", (text, expected) => {
    expect(parseNumber(text)).toEqual({ kind: "ok", value: expected });
  });
});

describe("parseNumber: spaces as thousands separators", () => {
  test.each<[string, number]>([
    ["44 497", 44497],
    ["44\u00a0497", 44497], // NBSP, as Word and Excel paste it
    ["44\u202f497", 44497], // narrow NBSP
    ["1\u2009234\u2009567", 1234567], // thin space
    ["1 234 567,25", 1234567.25],
    ["44 497.5", 44497.5],
  ])("%j → %d", (text, expected) => {
    expect(parseNumber(text)).toEqual({ kind: "ok", value: expected });
  });
});

describe("parseNumber: English style only when unambiguous", () => {
  test.each<[string, number]>([
    ["44,497.5", 44497.5],
    ["1,234,567", 1234567],
    ["1,234,567.89", 1234567.89],
    ["12.5", 12.5],
    ["12.25", 12.25],
    ["0.5", 0.5],
    ["0.500", 0.5], // "0 thousand 500" is not a number anyone writes
  ])("%j → %d", (text, expected) => {
    expect(parseNumber(text)).toEqual({ kind: "ok", value: expected });
  });
});

describe("parseNumber: signs and currency markers", () => {
  test.each<[string, number]>([
    ["-1.234", -1234],
    ["\u22121.234", -1234], // U+2212 minus sign
    ["- 1.234", -1234],
    ["+1.234", 1234],
    ["(1.200)", -1200],
    ["(1.200,5)", -1200.5],
    ["( 1.200 )", -1200],
    ["44.497 đ", 44497],
    ["1.000.000đ", 1000000],
    ["1.000 đồng", 1000],
    ["1.000 ĐỒNG", 1000],
    ["1.000 đồng".normalize("NFD"), 1000],
    ["1.000 dong", 1000],
    ["2.500 VNĐ", 2500],
    ["2.500 vnd", 2500],
    ["2.500VND", 2500],
    ["(1.200) đ", -1200],
    ["(1.200 đ)", -1200],
    ["-31.162,5 đồng", -31162.5],
  ])("%j → %d", (text, expected) => {
    expect(parseNumber(text)).toEqual({ kind: "ok", value: expected });
  });

  test.each(["-0", "(0)", "-0,00"])("%j is plain zero, not -0", (text) => {
    const r = parseNumber(text);
    expect(r.kind).toBe("ok");
    expect(r.kind === "ok" && Object.is(r.value, 0)).toBe(true);
  });
});

describe("parseNumber: text that is not a number", () => {
  test.each([
    "khoảng 100",
    "100 tr",
    "5 triệu",
    "1e5",
    "1e5x",
    "12.34.5",
    "1.2345",
    "1.23.456",
    "1,23,456",
    "1.234,5,6",
    "1,234.567,8",
    "1 234.567", // dot and space cannot both group thousands
    "1.234 567",
    "1 234 567,2 5",
    "01.234",
    "1.234,56.7",
    "12.",
    "12,",
    ",5",
    ".5",
    "+",
    "()",
    "(-1.200)",
    "-(1.200)",
    "--5",
    "+-5",
    "1.234-",
    "đ",
    "đồng",
    "12%",
    "1/2",
    "0x1F",
    "Infinity",
    "NaN",
    "1_000",
    "#N/A",
    "x",
    "12 tháng",
    "１２", // full-width digits are not what lists hold
  ])("%j is invalid and shows the text read", (text) => {
    expect(parseNumber(text)).toEqual({ kind: "invalid", text });
  });

  test("the invalid text is shown cleaned (NFC, single spaces)", () => {
    expect(parseNumber("  khoảng\u00a0\u00a0100 ".normalize("NFD"))).toEqual({
      kind: "invalid",
      text: "khoảng 100",
    });
  });
});

describe("parseNumber: cell values that are not text", () => {
  test.each<[number, number]>([
    [44497, 44497],
    [31162.5, 31162.5],
    [-1200, -1200],
    [0, 0],
  ])("number %d → %d", (value, expected) => {
    expect(parseNumber(value)).toEqual({ kind: "ok", value: expected });
  });

  test("-0 from a cell is read as 0", () => {
    const r = parseNumber(-0);
    expect(r.kind === "ok" && Object.is(r.value, 0)).toBe(true);
  });

  test.each<[CellValue, string]>([
    [NaN, "NaN"],
    [Infinity, "Infinity"],
    [-Infinity, "-Infinity"],
    [true, "TRUE"],
    [false, "FALSE"],
    [{ error: "#N/A" }, "#N/A"],
    [{ error: "#REF!" }, "#REF!"],
    [new Date(Date.UTC(2024, 0, 4)), "04/01/2024"],
  ])("%p is invalid and shows %j", (value, text) => {
    expect(parseNumber(value)).toEqual({ kind: "invalid", text });
  });

  test.each<[CellValue]>([[null], [""], ["   "], ["\u00a0\u202f"], ["\t\r\n"], ["-"], ["–"], ["--"]])(
    "%j is empty",
    (value) => {
      expect(parseNumber(value)).toEqual({ kind: "empty" });
    },
  );
});

describe("parseNumber: size limits", () => {
  test("64 characters are still read", () => {
    expect(parseNumber("1".repeat(64))).toEqual({ kind: "ok", value: Number("1".repeat(64)) });
  });

  test("65 characters are invalid", () => {
    expect(parseNumber("1".repeat(65)).kind).toBe("invalid");
  });

  test("a huge cell is invalid and its shown text is capped", () => {
    const r = parseNumber("9".repeat(1_000_000));
    expect(r.kind).toBe("invalid");
    expect(r.kind === "invalid" && r.text.length).toBe(200);
    expect(r.kind === "invalid" && r.text.endsWith("…")).toBe(true);
  });

  test("surrounding spaces do not count towards the limit", () => {
    expect(parseNumber(`${" ".repeat(100)}44.497${" ".repeat(100)}`)).toEqual({ kind: "ok", value: 44497 });
  });
});

describe("parseNumber: properties", () => {
  test("never throws and always answers one of the three kinds", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.fullUnicodeString(), fc.stringOf(fc.constantFrom(..."0123456789.,- ()đ"))),
        (s) => {
          expect(["empty", "ok", "invalid"]).toContain(parseNumber(s).kind);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("reads back what formatNumber writes in Vietnamese", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 1e14 }), (cents) => {
        const n = cents / 100;
        expect(parseNumber(formatNumber(n, "vi"))).toEqual({ kind: "ok", value: n + 0 });
      }),
      { numRuns: 2000 },
    );
  });
});
