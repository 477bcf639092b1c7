import type { CellValue } from "../../../src/core/grid";
import type { DateValue } from "../../../src/core/text/dates";
import {
  displayValue,
  formatCount2,
  formatDateValue,
  formatDay,
  formatFixed,
  formatNumber,
  formatPercent,
  type Lang,
} from "../../../src/core/text/format";

describe("formatNumber", () => {
  test.each<[number, Lang, string]>([
    [44497, "vi", "44.497"],
    [31162.5, "vi", "31.162,5"],
    [13335, "vi", "13.335"],
    [-1234, "vi", "-1.234"],
    [1234567.891, "vi", "1.234.567,89"],
    [850, "vi", "850"],
    [0.5, "vi", "0,5"],
    [0, "vi", "0"],
    [-0, "vi", "0"],
    [-0.001, "vi", "0"], // rounds to zero: no "-0"
    [1.999, "vi", "2"],
    [999.999, "vi", "1.000"],
    [1.005, "vi", "1,01"], // half away from zero on the decimal the user sees, not on 1.00499999…
    [2.675, "vi", "2,68"],
    [-2.675, "vi", "-2,68"],
    [1e21, "vi", "1.000.000.000.000.000.000.000"],
    [44497, "en", "44,497"],
    [31162.5, "en", "31,162.5"],
    [-1234, "en", "-1,234"],
    [1234567.891, "en", "1,234,567.89"],
  ])("%d (%s) → %j", (n, lang, text) => {
    expect(formatNumber(n, lang)).toBe(text);
  });

  test("Vietnamese is the default", () => {
    expect(formatNumber(31162.5)).toBe("31.162,5");
  });

  test.each<[number, number, string]>([
    [2.5, 0, "3"],
    [-2.5, 0, "-3"],
    [0.5, 0, "1"],
    [12.3456, 3, "12,346"],
    [12.3, 3, "12,3"],
    [1e-7, 2, "0"],
    [1.5e-7, 7, "0,0000002"],
    [5e-7, 6, "0,000001"],
    [4e-7, 6, "0"],
    [123456789012345680000, 0, "123.456.789.012.345.680.000"],
  ])("%d with at most %d decimals → %j", (n, decimals, text) => {
    expect(formatNumber(n, "vi", decimals)).toBe(text);
  });

  test.each<[number, string]>([
    [NaN, "NaN"],
    [Infinity, "Infinity"],
  ])("%d is written as JavaScript writes it", (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
});

describe("formatFixed", () => {
  test.each<[number, number, Lang, string]>([
    [61.4, 2, "vi", "61,40"],
    [61.4, 2, "en", "61.40"],
    [3, 2, "vi", "3,00"],
    [1234.5, 1, "vi", "1.234,5"],
    [1234.5, 3, "en", "1,234.500"],
    [0.125, 2, "vi", "0,13"],
    [-0.004, 2, "vi", "0,00"],
    [44497, 0, "vi", "44.497"],
    [31162.46, 1, "vi", "31.162,5"],
  ])("%d with %d decimals (%s) → %j", (n, decimals, lang, text) => {
    expect(formatFixed(n, decimals, lang)).toBe(text);
  });
});

describe("formatPercent", () => {
  test.each<[number, Lang, string]>([
    [0.6140350877, "vi", "61,40%"],
    [0.6140350877, "en", "61.40%"],
    [35 / 57, "vi", "61,40%"],
    [1, "vi", "100,00%"],
    [0, "vi", "0,00%"],
    [0.5, "vi", "50,00%"],
    [2 / 3, "vi", "66,67%"],
    [0.00145, "vi", "0,15%"], // 0.00145 × 100 is 0.14499999… in binary
    [12.345, "vi", "1.234,50%"],
  ])("%d (%s) → %j", (fraction, lang, text) => {
    expect(formatPercent(fraction, lang)).toBe(text);
  });
});

describe("formatCount2", () => {
  test.each<[number, string]>([
    [3, "03"],
    [12, "12"],
    [0, "00"],
    [123, "123"],
    [1234, "1.234"],
    [300000, "300.000"],
    [-3, "-03"],
  ])("%d → %j", (n, text) => {
    expect(formatCount2(n)).toBe(text);
  });

  test("groups thousands the English way in English", () => {
    expect(formatCount2(50000, "en")).toBe("50,000");
    expect(formatCount2(7, "en")).toBe("07");
  });
});

describe("dates", () => {
  test.each<[number, number, number, string]>([
    [2024, 1, 4, "04/01/2024"],
    [2019, 3, 15, "15/03/2019"],
    [2024, 12, 31, "31/12/2024"],
    [987, 3, 5, "05/03/0987"],
  ])("formatDay(%d-%d-%d) → %j", (y, m, d, text) => {
    expect(formatDay({ y, m, d })).toBe(text);
  });

  test.each<[DateValue, string]>([
    [{ date: { y: 2024, m: 1, d: 4 }, precision: "day" }, "04/01/2024"],
    [{ date: { y: 2024, m: 1, d: 1 }, precision: "month" }, "01/2024"],
    [{ date: { y: 2019, m: 3, d: 1 }, precision: "month" }, "03/2019"],
    [{ date: { y: 2019, m: 1, d: 1 }, precision: "year" }, "2019"],
  ])("formatDateValue(%p) → %j", (value, text) => {
    expect(formatDateValue(value)).toBe(text);
  });
});

describe("displayValue", () => {
  test.each<[CellValue, string | null]>([
    [null, null],
    ["", null],
    ["  \u00a0 ", null],
    ["  Trường  MN\u00a0Hoa Sen ", "Trường MN Hoa Sen"],
    ["Trường Mầm non".normalize("NFD"), "Trường Mầm non"],
    ["44.497", "44.497"],
    [44497, "44497"],
    [12.5, "12.5"],
    [-1200, "-1200"],
    [NaN, "NaN"],
    [new Date(Date.UTC(2024, 0, 4)), "04/01/2024"],
    [new Date(Date.UTC(2024, 0, 4) - 2), "04/01/2024"],
    [new Date(NaN), "Invalid Date"],
    [true, "TRUE"],
    [false, "FALSE"],
    [{ error: "#N/A" }, "#N/A"],
    [{ error: "#DIV/0!" }, "#DIV/0!"],
  ])("%p → %j", (value, text) => {
    expect(displayValue(value)).toBe(text);
  });

  test("a cell of exactly 200 characters is shown whole", () => {
    const text = "a".repeat(200);
    expect(displayValue(text)).toBe(text);
  });

  test("a longer cell is cut to 200 characters ending in …", () => {
    const shown = displayValue("Trường ".repeat(10_000));
    expect(shown?.length).toBe(200);
    expect(shown?.endsWith("…")).toBe(true);
    expect(shown?.startsWith("Trường Trường")).toBe(true);
  });

  test("the cut never splits a surrogate pair", () => {
    const shown = displayValue(`${"a".repeat(198)}😀${"b".repeat(10)}`) ?? "";
    expect(shown).toBe(`${"a".repeat(198)}…`);
  });
});
