/**
 * The print settings of both sheets for a real-sized list (the Kon Tum list, 57 schools): A4, one
 * page wide at a readable scale, the findings header repeated, rows tall enough for wrapped text.
 */
import { BODY_FONT_PT, MIN_PRINTED_FONT_PT, wrappedLines } from "../../../src/core/output/print";
import { buildOutputSheets } from "../../../src/core/output/build";
import type { OutputSheet } from "../../../src/core/output/model";
import { kontum } from "./helpers";

const sheets: readonly OutputSheet[] = buildOutputSheets({
  ...kontum(),
  lang: "vi",
  sourceFile: "kontum.xlsx",
});
const byId = (id: string) => sheets.find((s) => s.id === id) as OutputSheet;

test.each(["summary", "findings"])("%s prints on A4, one page wide, body text at 8 pt or more", (id) => {
  const p = byId(id).print;
  expect(p.paper).toBe("A4");
  expect(p.fitToPagesWide).toBe(1);
  expect(BODY_FONT_PT * p.scale).toBeGreaterThanOrEqual(MIN_PRINTED_FONT_PT);
  expect(p.area).toMatch(/^A1:[A-Z]+\d+$/);
});

test("the wide findings list is landscape and repeats its header row on every page", () => {
  const sheet = byId("findings");
  expect(sheet.print.orientation).toBe("landscape");
  const table = sheet.tables.find((t) => t.name === "KDCL_Findings");
  expect(sheet.print.titleRows).toEqual({ first: table?.headerRow, last: table?.headerRow });
});

test("a row holding a long wrapped message is as tall as its lines", () => {
  const sheet = byId("findings");
  const long = sheet.cells.find((c) => c.col === 7 && c.value.kind === "text" && c.value.text.length > 120);
  expect(long).toBeDefined();
  const height = sheet.rowHeights.find((h) => h.row === long?.row)?.height ?? 15;
  const text = long?.value.kind === "text" ? long.value.text : "";
  expect(height).toBeGreaterThanOrEqual(wrappedLines(text, 44, 11, false) * 14.5);
  expect(wrappedLines(text, 44, 11, false)).toBeGreaterThan(2);
});

test("wrappedLines breaks between words, and capitals take more room than lower case", () => {
  expect(wrappedLines("Trường Tiểu học Lê Lợi", 40, 11, false)).toBe(1);
  expect(wrappedLines("Trường Tiểu học Lê Lợi", 8, 11, false)).toBe(3);
  const title = "TỔNG HỢP KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC VÀ TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2024";
  expect(wrappedLines(title, 116, 14, true)).toBe(2);
  expect(wrappedLines(title.toLowerCase(), 116, 11, false)).toBe(1);
  expect(wrappedLines("a\nb", 40, 11, false)).toBe(2);
});

test("a short text fits on one line only while even its widest letters fit", () => {
  // 40 columns at 11 pt hold 37.5 widths of "0"; an M is 1.6 wide, so 23 fit and 24 do not.
  expect(wrappedLines("M".repeat(23), 40, 11, false)).toBe(1);
  expect(wrappedLines("M".repeat(24), 40, 11, false)).toBe(2);
  // A capital with diacritics is 1.3 wide: 28 fit, not 30; in 14 pt bold, 28 take two lines.
  expect(wrappedLines("Ở".repeat(28), 40, 11, false)).toBe(1);
  expect(wrappedLines("Ở".repeat(30), 40, 11, false)).toBe(2);
  expect(wrappedLines("Ở".repeat(28), 40, 14, true)).toBe(2);
  expect(wrappedLines("ab\ncd", 40, 11, false)).toBe(2);
});
