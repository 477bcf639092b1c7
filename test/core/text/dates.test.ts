import fc from "fast-check";
import type { CellValue } from "../../../src/core/grid";
import {
  addDays,
  addMonths,
  addYears,
  compareDays,
  dayFromJsDate,
  endOfYear,
  fromExcelSerial,
  isoDay,
  isValidDay,
  lastDayOf,
  overlapsYear,
  parseDate,
  toExcelSerial,
  type DateParse,
  type DatePrecision,
  type DayDate,
} from "../../../src/core/text/dates";
import { formatDateValue, formatDay } from "../../../src/core/text/format";

function day(iso: string): DayDate {
  const [y, m, d] = iso.split("-").map(Number);
  return { y: y ?? NaN, m: m ?? NaN, d: d ?? NaN };
}

function ok(iso: string, precision: DatePrecision): DateParse {
  return { kind: "ok", value: { date: day(iso), precision } };
}

describe("parseDate: school years, as officials write them", () => {
  test.each<[string, number]>([
    ["2017-2018", 2017],
    ["2019 – 2020", 2019],
    ["2019 - 2020", 2019],
    ["2019/2020", 2019],
    ["2019-20", 2019],
    ["1999-00", 1999],
    ["năm học 2019-2020", 2019],
    ["Năm học 2019 – 2020", 2019],
    ["NH 2021-2022", 2021],
    ["NH. 2021-2022", 2021],
  ])("%j is the school year from September %i", (text, first) => {
    expect(parseDate(text)).toEqual(ok(`${first}-09-01`, "schoolYear"));
  });

  test("a school year spans 01/09 to 31/08, overlaps both calendar years and shows as written", () => {
    const v = { date: { y: 2019, m: 9, d: 1 }, precision: "schoolYear" } as const;
    expect(lastDayOf(v)).toEqual({ y: 2020, m: 8, d: 31 });
    expect([2018, 2019, 2020, 2021].map((y) => overlapsYear(v, y))).toEqual([false, true, true, false]);
    expect(formatDateValue(v)).toBe("2019–2020");
  });

  test.each<[string, string]>([
    ["Quý II/2021", "2021-04-01"],
    ["quý 2 năm 2021", "2021-04-01"],
    ["Q4/2020", "2020-10-01"],
    ["Quý I - 2022", "2022-01-01"],
  ])("%j is the quarter from %s", (text, first) => {
    expect(parseDate(text)).toEqual(ok(first, "quarter"));
  });

  test("a quarter spans three months and shows them", () => {
    const v = { date: { y: 2021, m: 4, d: 1 }, precision: "quarter" } as const;
    expect(lastDayOf(v)).toEqual({ y: 2021, m: 6, d: 30 });
    expect(formatDateValue(v)).toBe("04/2021–06/2021");
    expect(parseDate("Quý V/2021").kind).toBe("invalid");
  });

  test.each(["HK1 2021-2022", "HK II năm học 2021-2022", "Học kỳ 1, NH 2021-2022"])(
    "the term %j is read as its school year",
    (text) => {
      expect(parseDate(text)).toEqual(ok("2021-09-01", "schoolYear"));
    },
  );

  test("months abbreviated T5/2019 are months", () => {
    expect(parseDate("T5/2019")).toEqual(ok("2019-05-01", "month"));
    expect(parseDate("th.12/2020")).toEqual(ok("2020-12-01", "month"));
  });

  test("a period ends the day before the next one starts, across months, leap Februaries and years", () => {
    const precisions = ["month", "year", "schoolYear"] as const;
    let checked = 0;
    for (let y = 1899; y <= 2101; y += 1)
      for (let m = 1; m <= 12; m++)
        for (const d of [1, 15, 28, 29, 30, 31]) {
          if (!isValidDay(y, m, d)) continue;
          for (const precision of precisions) {
            const months = precision === "month" ? 1 : 12;
            const next = addMonths({ y, m, d }, months);
            expect(lastDayOf({ date: { y, m, d }, precision })).toEqual(addDays(next, -1));
            checked++;
          }
        }
    expect(checked).toBeGreaterThan(20_000);
    expect(lastDayOf({ date: { y: 2024, m: 3, d: 1 }, precision: "month" })).toEqual({
      y: 2024,
      m: 3,
      d: 31,
    });
    expect(lastDayOf({ date: { y: 2023, m: 3, d: 1 }, precision: "year" })).toEqual({ y: 2024, m: 2, d: 29 });
  });

  test("a twelve-month span that is not a calendar year shows its first and last month", () => {
    const deadlines = { date: { y: 2023, m: 8, d: 1 }, precision: "year" } as const;
    expect(lastDayOf(deadlines)).toEqual({ y: 2024, m: 7, d: 31 });
    expect(formatDateValue(deadlines)).toBe("08/2023–07/2024");
    expect(formatDateValue({ date: { y: 2024, m: 1, d: 1 }, precision: "year" })).toBe("2024");
  });
});

describe("parseDate: text, day first", () => {
  test.each<[string, string]>([
    ["04/01/2024", "2024-01-04"],
    ["4/1/2024", "2024-01-04"],
    ["04-01-2024", "2024-01-04"],
    ["04.01.2024", "2024-01-04"],
    ["04 / 01 / 2024", "2024-01-04"],
    ["\u00a004/01/2024\u00a0", "2024-01-04"],
    ["15/3/2019", "2019-03-15"],
    ["15/03/2019", "2019-03-15"],
    ["12/11/2024", "2024-11-12"],
    ["01/12/2024", "2024-12-01"],
    ["13/01/2024", "2024-01-13"],
    ["29/02/2024", "2024-02-29"],
    ["04/01/2024 00:00:00", "2024-01-04"], // CSV exports append a time
    ["04/01/2024 9:30", "2024-01-04"],
  ])("%j → %s", (text, iso) => {
    expect(parseDate(text)).toEqual(ok(iso, "day"));
  });

  test.each<[string, string]>([
    ["15/3/19", "2019-03-15"],
    ["04/01/24", "2024-01-04"],
    ["01/01/00", "2000-01-01"],
    ["01/01/49", "2049-01-01"],
    ["01/01/50", "1950-01-01"],
    ["31/12/99", "1999-12-31"],
  ])("two-digit year %j → %s", (text, iso) => {
    expect(parseDate(text)).toEqual(ok(iso, "day"));
  });

  test.each<[string, string]>([
    ["2024-01-04", "2024-01-04"],
    ["2024-1-4", "2024-01-04"],
    ["2024-01-04T00:00:00", "2024-01-04"],
    ["2024-01-04T00:00:00.000Z", "2024-01-04"],
    ["2024-01-04T23:30:00+07:00", "2024-01-04"], // the day as written, whatever the zone
    ["2024-01-04 10:30", "2024-01-04"],
  ])("ISO %j → %s", (text, iso) => {
    expect(parseDate(text)).toEqual(ok(iso, "day"));
  });

  test.each<[string, string, DatePrecision]>([
    ["01/2024", "2024-01-01", "month"],
    ["3/2019", "2019-03-01", "month"],
    ["03-2019", "2019-03-01", "month"],
    ["2019", "2019-01-01", "year"],
    [" 2024 ", "2024-01-01", "year"],
    ["1850", "1850-01-01", "year"], // plausibility is for the rules
  ])("%j → %s (%s)", (text, iso, precision) => {
    expect(parseDate(text)).toEqual(ok(iso, precision));
  });

  test.each<[string, string, DatePrecision]>([
    ["năm 2019", "2019-01-01", "year"],
    ["Năm 2019", "2019-01-01", "year"],
    ["NĂM 2019", "2019-01-01", "year"],
    ["nam 2019", "2019-01-01", "year"],
    ["năm 2019".normalize("NFD"), "2019-01-01", "year"],
    ["ngày 15 tháng 3 năm 2019", "2019-03-15", "day"],
    ["Ngày 04 tháng 01 năm 2024", "2024-01-04", "day"],
    ["ngày 15 tháng 3 năm 2019".normalize("NFD"), "2019-03-15", "day"],
    ["ngay 15 thang 3 nam 2019", "2019-03-15", "day"],
    ["ngày 15/3/2019", "2019-03-15", "day"],
    ["tháng 3/2019", "2019-03-01", "month"],
    ["Tháng 3 năm 2019", "2019-03-01", "month"],
    ["tháng 12 năm 2024", "2024-12-01", "month"],
  ])("Vietnamese words %j → %s (%s)", (text, iso, precision) => {
    expect(parseDate(text)).toEqual(ok(iso, precision));
  });

  test.each<[string, string]>([
    ["123/QĐ-UBND ngày 15/3/2022", "2022-03-15"],
    ["Số 45/QĐ-UBND, ngày 04 tháng 01 năm 2024", "2024-01-04"],
    ["QĐ số 1234/QĐ-SGDĐT ngày 20/11/2021", "2021-11-20"],
    ["Quyết định số 56/QĐ-UBND ngày 5-6-2020".normalize("NFD"), "2020-06-05"],
    ["789/QĐ-SGDĐT, 20/10/2021", "2021-10-20"],
  ])("a decision cited with its date %j → %s", (text, iso) => {
    expect(parseDate(text)).toEqual(ok(iso, "day"));
  });

  test.each<[string, string]>([
    ["88/QĐ-UBND, 03/2021", "2021-03-01"],
    ["Quyết định số 12/QĐ-UBND tháng 3/2021", "2021-03-01"],
  ])("a decision cited with its month %j → %s", (text, iso) => {
    expect(parseDate(text)).toEqual(ok(iso, "month"));
  });

  test.each<[string, string]>([
    ["45295", "2024-01-04"],
    ["45296", "2024-01-05"],
    ["43539", "2019-03-15"],
  ])("text serial %j → %s", (text, iso) => {
    expect(parseDate(text)).toEqual(ok(iso, "day"));
  });
});

describe("parseDate: never month first", () => {
  test.each<[string, number, number]>([
    ["04/01/2024", 1, 4],
    ["01/04/2024", 4, 1],
    ["05/06/2023", 6, 5],
    ["12/11/2024", 11, 12],
  ])("%j is month %d, day %d", (text, m, d) => {
    const r = parseDate(text);
    expect(r.kind === "ok" && [r.value.date.m, r.value.date.d]).toEqual([m, d]);
  });

  test.each(["01/13/2024", "12/25/2024", "2/29/2023"])("US-style %j is invalid", (text) => {
    expect(parseDate(text)).toEqual({ kind: "invalid", text });
  });
});

describe("parseDate: text that is not a date", () => {
  test.each([
    "31/02/2024",
    "30/02/2024",
    "29/02/2023",
    "00/01/2024",
    "32/01/2024",
    "15/13/2024",
    "15/00/2024",
    "31/04/2024",
    "2024-02-30",
    "2024-13-01",
    "13/2024",
    "00/2024",
    "0000",
    "4/1/202",
    "04/01-2024",
    "04/01/2024 (QĐ 123)",
    "123/QĐ-UBND",
    "123/QĐ-UBND ngày 31/02/2022",
    "Công văn 123/SGDĐT ngày 15/3/2022",
    "2024/01/04",
    "2019-2021",
    "2020-2019",
    "năm học 2019",
    "tháng 13 năm 2019",
    "ngày 30 tháng 2 năm 2020",
    "ngày 15 tháng 3",
    "năm 19",
    "abc",
    "15.3",
    "0",
    "60", // Excel's 29/02/1900
    "12345678",
    "04/01/2024T",
  ])("%j is invalid and shows the text read", (text) => {
    expect(parseDate(text)).toEqual({ kind: "invalid", text });
  });

  test("text longer than 64 characters is invalid", () => {
    const text = `04/01/2024${" x".repeat(30)}`;
    expect(text.length).toBeGreaterThan(64);
    expect(parseDate(text).kind).toBe("invalid");
  });

  test("a huge cell is invalid and its shown text is capped", () => {
    const r = parseDate("04/01/2024".repeat(100_000));
    expect(r.kind === "invalid" && r.text.length).toBe(200);
  });

  test.each<[CellValue]>([[null], [""], ["  "], ["\u00a0"]])("%j is empty", (value) => {
    expect(parseDate(value)).toEqual({ kind: "empty" });
  });
});

describe("parseDate: numbers, Dates and other cells", () => {
  test.each<[number, string, DatePrecision]>([
    [45295, "2024-01-04", "day"],
    [45296, "2024-01-05", "day"],
    [45295.75, "2024-01-04", "day"], // the time of day is ignored
    [43539, "2019-03-15", "day"],
    [1, "1900-01-01", "day"],
    [61, "1900-03-01", "day"],
    [123, "1900-05-02", "day"],
    [1799, "1904-12-03", "day"],
    [1896, "1896-01-01", "year"], // founding years of the oldest schools are years, not serials
    [2201, "1906-01-09", "day"],
    [1900, "1900-01-01", "year"],
    [2019, "2019-01-01", "year"],
    [2200, "2200-01-01", "year"],
    [2958465, "9999-12-31", "day"],
  ])("%d → %s (%s)", (n, iso, precision) => {
    expect(parseDate(n)).toEqual(ok(iso, precision));
  });

  test.each<[number, string]>([
    [0, "0"],
    [0.5, "0.5"],
    [-5, "-5"],
    [60, "60"],
    [60.5, "60.5"],
    [2958466, "2958466"],
    [NaN, "NaN"],
    [Infinity, "Infinity"],
    [-Infinity, "-Infinity"],
  ])("%d is invalid", (n, text) => {
    expect(parseDate(n)).toEqual({ kind: "invalid", text });
  });

  test.each<[Date, string]>([
    [new Date(Date.UTC(2024, 0, 4)), "2024-01-04"],
    [new Date(Date.UTC(2024, 0, 4) - 3), "2024-01-04"], // exceljs: a few ms early
    [new Date(Date.UTC(2024, 0, 4) + 5), "2024-01-04"],
    [new Date(Date.UTC(2024, 0, 3, 17)), "2024-01-04"], // local midnight in Hà Nội (UTC+7)
    [new Date(Date.UTC(2024, 1, 29)), "2024-02-29"],
  ])("Date %p → %s", (date, iso) => {
    expect(parseDate(date)).toEqual(ok(iso, "day"));
  });

  test.each<[CellValue, string]>([
    [new Date(NaN), "Invalid Date"],
    [true, "TRUE"],
    [false, "FALSE"],
    [{ error: "#N/A" }, "#N/A"],
    [{ error: "#VALUE!" }, "#VALUE!"],
  ])("%p is invalid and shows %j", (value, text) => {
    expect(parseDate(value)).toEqual({ kind: "invalid", text });
  });
});

describe("Excel serials", () => {
  test.each<[number, string | null]>([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, null], // Lotus 1-2-3's 29/02/1900 never existed
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [43539, "2019-03-15"],
    [45292, "2024-01-01"],
    [45295, "2024-01-04"],
    [45295.999, "2024-01-04"],
    [2958465, "9999-12-31"],
    [0, null],
    [0.5, null],
    [-1, null],
    [2958466, null],
    [NaN, null],
    [Infinity, null],
  ])("fromExcelSerial(%d) → %s", (serial, iso) => {
    const d = fromExcelSerial(serial);
    expect(d && isoDay(d)).toBe(iso);
  });

  test.each<[string, number]>([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["1970-01-01", 25569],
    ["2024-01-04", 45295],
    ["9999-12-31", 2958465],
  ])("toExcelSerial(%s) → %d", (iso, serial) => {
    expect(toExcelSerial(day(iso))).toBe(serial);
  });

  test("serials around the Lotus leap day go there and back", () => {
    for (let s = 1; s <= 400; s++) {
      const d = fromExcelSerial(s);
      if (s === 60) expect(d).toBeNull();
      else expect(d && toExcelSerial(d)).toBe(s);
    }
  });

  test("every serial goes there and back to a valid day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (s) => {
        const d = fromExcelSerial(s);
        expect(d !== null && isValidDay(d.y, d.m, d.d) && toExcelSerial(d)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("calendar arithmetic", () => {
  test.each<[string, number, string]>([
    ["2019-03-15", 5, "2024-03-15"],
    ["2024-02-29", 1, "2025-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2024-02-29", -1, "2023-02-28"],
    ["2024-02-29", 100, "2124-02-29"],
    ["2000-02-29", 100, "2100-02-28"],
    ["2024-12-31", 5, "2029-12-31"],
  ])("addYears(%s, %d) → %s", (from, years, iso) => {
    expect(addYears(day(from), years)).toEqual(day(iso));
  });

  test.each<[string, number, string]>([
    ["2024-07-31", -5, "2024-02-29"],
    ["2023-07-31", -5, "2023-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2024-03-31", 1, "2024-04-30"],
    ["2024-11-15", 2, "2025-01-15"],
    ["2024-01-15", -1, "2023-12-15"],
    ["2024-03-31", -25, "2022-02-28"],
    ["2024-12-31", 12, "2025-12-31"],
    ["2024-05-10", 0, "2024-05-10"],
  ])("addMonths(%s, %d) → %s", (from, months, iso) => {
    expect(addMonths(day(from), months)).toEqual(day(iso));
  });

  test.each<[string, string, -1 | 0 | 1]>([
    ["2024-01-04", "2024-01-04", 0],
    ["2024-01-04", "2024-01-05", -1],
    ["2024-02-01", "2024-01-31", 1],
    ["2023-12-31", "2024-01-01", -1],
    ["2025-01-01", "2024-12-31", 1],
  ])("compareDays(%s, %s) has sign %d", (a, b, sign) => {
    expect(Math.sign(compareDays(day(a), day(b)))).toBe(sign);
  });

  test("endOfYear is 31/12", () => {
    expect(endOfYear(2025)).toEqual({ y: 2025, m: 12, d: 31 });
  });

  test.each<[number, number, number, boolean]>([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2024, 4, 30, true],
    [2024, 4, 31, false],
    [2024, 12, 31, true],
    [2024, 0, 1, false],
    [2024, 13, 1, false],
    [2024, 1, 0, false],
    [2024, 1, 1.5, false],
    [0, 1, 1, false],
    [1, 1, 1, true],
    [10000, 1, 1, false],
    [NaN, 1, 1, false],
  ])("isValidDay(%d, %d, %d) → %s", (y, m, d, valid) => {
    expect(isValidDay(y, m, d)).toBe(valid);
  });

  test.each<[DayDate, string]>([
    [{ y: 2024, m: 1, d: 4 }, "2024-01-04"],
    [{ y: 2019, m: 12, d: 15 }, "2019-12-15"],
    [{ y: 987, m: 3, d: 5 }, "0987-03-05"],
  ])("isoDay(%p) → %s", (d, iso) => {
    expect(isoDay(d)).toBe(iso);
  });

  test.each<[number, string]>([
    [Date.UTC(2024, 0, 4), "2024-01-04"],
    [Date.UTC(2024, 0, 4) - 1, "2024-01-04"],
    [Date.UTC(2024, 0, 4, 11, 59), "2024-01-04"],
    [Date.UTC(2024, 0, 4, 12, 1), "2024-01-05"], // nearest day, by the brief
    [Date.UTC(1900, 0, 1), "1900-01-01"],
  ])("dayFromJsDate(%d) → %s", (ms, iso) => {
    expect(isoDay(dayFromJsDate(new Date(ms)))).toBe(iso);
  });
});

describe("parseDate: properties", () => {
  test("never throws and always answers one of the three kinds", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.fullUnicodeString(), fc.stringOf(fc.constantFrom(..."0123456789/.-: tT"))),
        (s) => {
          expect(["empty", "ok", "invalid"]).toContain(parseDate(s).kind);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("reads back every day, month and year the formatter writes", () => {
    const valid = fc
      .record({
        y: fc.integer({ min: 1000, max: 9999 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
      })
      .filter(({ y, m, d }) => isValidDay(y, m, d));
    fc.assert(
      fc.property(valid, fc.constantFrom<DatePrecision>("day", "month", "year"), (date, precision) => {
        const value = {
          date: precision === "day" ? date : { ...date, d: 1, m: precision === "year" ? 1 : date.m },
          precision,
        };
        expect(parseDate(formatDateValue(value))).toEqual({ kind: "ok", value });
      }),
      { numRuns: 2000 },
    );
  });

  test("formatDay output is never read month first", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), (d, m) => {
        expect(parseDate(formatDay({ y: 2024, m, d }))).toEqual(ok(isoDay({ y: 2024, m, d }), "day"));
      }),
    );
  });
});
