/**
 * Property tests of the reader and the rules on thousands of random grids (fixed seeds, so a
 * failure replays): lists built the way users build them and then damaged, and plain junk. Whatever
 * the grid holds — Excel errors, NFD accents, emoji, lone surrogates, 10,000-character cells,
 * ragged rows, merges and Excel tables that overlap or lie outside the sheet — reading and checking
 * never throw and every finding is well formed and points inside the grid.
 */
import fc from "fast-check";
import type { Finding } from "../../src/core/findings/finding";
import { findingBasis, findingMessage } from "../../src/core/findings/render";
import {
  gridBottom,
  gridRight,
  parseA1,
  type CellRange,
  type CellValue,
  type Grid,
  type GridTable,
} from "../../src/core/grid";
import { RULES } from "../../src/core/rules/registry";
import { REGIME_IDS } from "../../src/core/schools/regimes";
import { readSchoolTables } from "../../src/core/table/read";
import { validate, type ValidateOptions } from "../../src/core/validate";

const RULE_IDS = new Set<string>(RULES.map((r) => r.id));
const SEVERITIES = new Set(["error", "warning", "info"]);

const nfd = (s: string): string => s.normalize("NFD");

/** A string as users type it: as is, upper case, NFD, without accents, with stray spaces. */
function spelled(words: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...words),
      fc.constantFrom<(s: string) => string>(
        (s) => s,
        (s) => s.toUpperCase(),
        (s) => s.toLowerCase(),
        nfd,
        (s) => nfd(s).replace(/[\u0300-\u036f]/g, ""),
        (s) => `  ${s.replace(/ /g, "  ")}\u00a0`,
        (s) => s.replace(/ /g, "\n"),
      ),
    )
    .map(([w, f]) => f(w));
}

const HEADERS = [
  "TT",
  "STT",
  "Số TT",
  "Tên trường",
  "Cơ sở giáo dục",
  "CƠ SỞ GIÁO DỤC",
  "Tên đơn vị",
  "Đơn vị",
  "Trường",
  "Cấp học",
  "Bậc học",
  "Loại hình trường",
  "Loại hình",
  "Xã/phường",
  "Xã, thị trấn",
  "Xã",
  "Phường",
  "Địa bàn",
  "Đơn vị hành chính",
  "Tích hợp KĐCLGD&CQG",
  "KĐCLGD&CQG",
  "Mã công nhận",
  "KĐCLGD",
  "Cấp độ",
  "Cấp độ KĐCLGD",
  "Kết quả công nhận KĐCLGD",
  "CQG",
  "Chuẩn quốc gia",
  "Mức độ",
  "Mức độ CQG",
  "Mức đề nghị",
  "Hình thức",
  "Hình thức (công nhận mới/lại/nâng mức)",
  "Nội dung",
  "Loại công nhận",
  "Ghi chú",
  "Ngày QĐ",
  "Ngày công nhận",
  "Năm công nhận",
  "Năm công nhận gần nhất",
  "Số QĐ",
  "Quyết định",
  "Năm công nhận trước",
  "Hết hạn",
  "Thời hạn",
  "Năm kế hoạch",
  "Lộ trình",
  "Kinh phí",
  "Kinh phí (triệu đồng)",
  "Kinh phí (đồng)",
  "Kinh phí (tỷ đồng)",
  "Nhu cầu kinh phí (nghìn đồng)",
  "Tổng kinh phí",
  "Nguồn vốn",
  "Nguồn kinh phí",
  "Năm thành lập",
  "Công lập / Ngoài công lập",
  "Đơn vị tính",
  "Số học sinh",
];

const JUNK_HEADERS = [
  "",
  "Cột 1",
  "(1)",
  "A",
  "Column1",
  "#",
  "Ghi chú khác",
  "Tổng",
  "Cộng",
  "🏫",
  "=SUM(A1:A3)",
];

const PREFIXES = [
  "MN",
  "Mầm non",
  "MG",
  "Mẫu giáo",
  "Nhà trẻ",
  "TH",
  "T.H",
  "Tiểu học",
  "THCS",
  "Trung học cơ sở",
  "THPT",
  "THPT chuyên",
  "TH&THCS",
  "TH và THCS",
  "TH - THCS",
  "PTCS",
  "PTDTBT TH&THCS",
  "PTDTNT THCS",
  "THCS DTNT",
  "THCS&THPT",
  "TH-THCS-THPT",
  "Trường",
  "TRƯỜNG PTDTBT TH&THCS",
  "",
];
const PLACES = [
  "Hoa Sen",
  "Số 1 Hương Toàn",
  "Na Ư",
  "Suối Lư",
  "thị trấn số 2",
  "Ia Chim",
  "Tứ Hạ",
  "Cộng Hòa",
  "Lê Thuyết",
];
const COMMUNES = [
  "Xã Ia Chim",
  "xã Ia Chim",
  "Ia Chim",
  "Phường Tứ Hạ",
  "Thị trấn Sơn Hà",
  "TT. Sơn Hà",
  "X. Na Ư",
  "",
];
const CODES = [
  "CĐ2-MĐ1",
  "CĐ 2 - MĐ 1",
  "cđ2–mđ1",
  "CD2-MD1",
  "CĐ2/MĐ1",
  "Cấp độ 2 - Mức độ 1",
  "KĐ cấp độ 2, CQG mức độ 1",
  "CĐ3",
  "Cấp độ 3",
  "cấp độ III",
  "KĐCLGD cấp độ 3",
  "MĐ2",
  "Mức độ 2",
  "mức 2",
  "chuẩn QG mức 2",
  "chuẩn quốc gia cấp độ 1",
  "CĐ1-MĐ1",
  "CĐ9-MĐ7",
  "CĐ0",
  "CĐ2-CĐ3",
  "MĐ1-MĐ2",
  "-",
  "—",
  "Chưa đạt",
  "Không",
  "đạt",
  "x",
];
const ACTIONS = [
  "CN lần đầu",
  "Công nhận mới",
  "CN lại",
  "Công nhận lại",
  "Duy trì",
  "Nâng mức",
  "Nâng lên mức độ 2",
  "Nâng từ mức độ 1 lên mức độ 2",
  "Nâng cao chất lượng",
  "CN mới hoặc CN lại",
  "Mới",
  "Lại",
  "Đề nghị công nhận lại năm 2025",
  "-",
];
const LABELS = [
  "I. Mầm non",
  "II - TRƯỜNG THCS",
  "A. Cấp Tiểu học",
  "Khối Mầm non",
  "Tổng cộng",
  "Tổng",
  "Cộng",
  "Cộng cấp MN",
  "Toàn huyện",
  "Danh sách này gồm: 20 đơn vị./.",
  "Người lập biểu",
  "Nơi nhận:",
  "Cao Lộc, ngày 04 tháng 01 năm 2024",
  "TM. UBND HUYỆN",
  "(*) Ghi chú: số liệu đến 31/12/2023",
  "DANH SÁCH CƠ SỞ GIÁO DỤC ĐẠT CHUẨN QUỐC GIA, NĂM 2024",
  "(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2024 của UBND thị xã Hương Trà)",
  "Đơn vị tính: triệu đồng",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
];
const ERRORS = [
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "",
];
const ODD = [
  "🏫🎓",
  "👩🏽‍🏫 TH Hoa Sen",
  "\u200b",
  "\u200f\u202eمدرسة",
  "\ud800",
  "a\udc00b",
  "\ufeffTH A",
  "TH\u0000A",
  "=1+1",
  "+84 912",
  "@Trường",
  "NaN",
  "undefined",
  "null",
  "Infinity",
  "1e309",
  "__proto__",
  "constructor",
  "toString",
];

const huge: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("x", "Trường ", "CĐ2-", "1", "ệ", nfd("ệ"), "🏫", " ", "."),
    fc.integer({ min: 2000, max: 10_000 }),
  )
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

const dmy: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 1850, max: 2250 }),
    fc.constantFrom("/", "-", ".", " / "),
  )
  .map(([d, m, y, sep]) => `${String(d).padStart(2, "0")}${sep}${String(m).padStart(2, "0")}${sep}${y}`);

const dateValue: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.integer({ min: 2010, max: 2027 }), weight: 6 },
  fc
    .integer({ min: 2010, max: 2027 })
    .chain((y) => fc.constantFrom(`15/03/${y}`, `31/12/${y}`, `01/01/${y}`)),
  fc.integer({ min: 1800, max: 2300 }),
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.double({ min: -1e6, max: 1e7, noNaN: true }),
  dmy,
  fc.constantFrom(
    "2019",
    "năm 2019",
    "tháng 3/2019",
    "ngày 15 tháng 3 năm 2019",
    "2024-02-29",
    "2023-02-29",
    "19",
  ),
  fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)) }),
  // No host delivers an invalid Date today, but the Grid contract allows one.
  fc.constant(new Date(Number.NaN)),
);

const numberValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 100_000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(
    0,
    -0,
    1_500_000_000,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NaN,
    "1.500.000.000",
    "44.497",
    "31.162,5",
    "44,497.5",
    "1 234 567",
    "(1.200)",
    "-5",
    "− 12",
    "12 triệu",
    "1.2345",
    "1,2,3",
    "500 đ",
  ),
);

const errorValue: fc.Arbitrary<CellValue> = fc.constantFrom(...ERRORS).map((error) => ({ error }));

const name: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...PLACES))
  .map(([p, n]) => `${p} ${n}`.trim())
  .chain((s) => spelled([s]));

/** Any cell value at all. */
const anyValue: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 6 },
  { arbitrary: spelled(HEADERS), weight: 2 },
  { arbitrary: name, weight: 3 },
  { arbitrary: spelled(CODES), weight: 2 },
  { arbitrary: spelled(ACTIONS), weight: 1 },
  { arbitrary: spelled(LABELS), weight: 1 },
  { arbitrary: dateValue, weight: 2 },
  { arbitrary: numberValue, weight: 2 },
  { arbitrary: errorValue, weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(...ODD), weight: 1 },
  { arbitrary: fc.fullUnicodeString({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  { arbitrary: huge, weight: 1 },
);

/** What a column of a given header usually holds, and sometimes does not. */
function columnValue(header: string): fc.Arbitrary<CellValue> {
  const h = header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
  let usual: fc.Arbitrary<CellValue>;
  if (/^(s?tt|so tt)$/.test(h.trim())) usual = fc.integer({ min: 1, max: 60 }).map((n) => `${n}.`);
  else if (/ten|co so|don vi$|^truong/.test(h)) usual = name;
  else if (/xa|phuong|dia ban/.test(h)) usual = fc.constantFrom(...COMMUNES);
  else if (/kdclgd|cqg|cap do|muc do|ma cong nhan|de nghi/.test(h)) {
    usual = fc.oneof(spelled(CODES), fc.integer({ min: 0, max: 6 }));
  } else if (/hinh thuc|noi dung|ghi chu|loai cong nhan/.test(h)) usual = spelled(ACTIONS);
  else if (/ngay|nam|han|lo trinh/.test(h)) usual = dateValue;
  else if (/kinh phi/.test(h)) usual = numberValue;
  else if (/cap hoc|bac hoc|loai hinh/.test(h)) {
    usual = fc.constantFrom(
      "Mầm non",
      "Tiểu học",
      "THCS",
      "TH&THCS",
      "THPT",
      "Công lập",
      "Ngoài công lập",
      "X",
    );
  } else usual = anyValue;
  return fc.oneof({ arbitrary: usual, weight: 8 }, { arbitrary: anyValue, weight: 2 });
}

/** A school, group, total, footer or blank row under the given headers (ragged at times). */
function dataRow(headers: readonly string[]): fc.Arbitrary<CellValue[]> {
  const school = fc
    .tuple(...headers.map(columnValue), fc.integer({ min: 0, max: headers.length + 2 }))
    .map(([...parts]) => {
      const cut = parts.pop() as number;
      const values = parts as CellValue[];
      return cut > headers.length ? values : values.slice(0, Math.max(cut, 1));
    });
  // Group, total and footer rows: a marker, a label, and figures in the budget columns.
  const label = fc
    .tuple(
      fc.constantFrom(null, "I", "II.", "A", "IV)"),
      spelled(LABELS),
      fc.tuple(
        ...headers.map((h) =>
          /kinh phi/i.test(nfd(h).replace(/[\u0300-\u036f]/g, "")) ? numberValue : fc.constant(null),
        ),
      ),
    )
    .map(([seq, text, figures]): CellValue[] => [seq, text, ...figures.slice(2)]);
  return fc.oneof(
    { arbitrary: school, weight: 10 },
    { arbitrary: label, weight: 2 },
    { arbitrary: fc.constant([] as CellValue[]), weight: 1 },
    { arbitrary: fc.array(anyValue, { maxLength: headers.length + 3 }), weight: 1 },
  );
}

const range = (maxRow: number, maxCol: number, min = -3): fc.Arbitrary<CellRange> =>
  fc
    .tuple(
      fc.integer({ min, max: maxRow + 5 }),
      fc.integer({ min, max: maxCol + 5 }),
      fc.integer({ min, max: maxRow + 5 }),
      fc.integer({ min, max: maxCol + 5 }),
    )
    .map(([top, left, bottom, right]) => ({ top, left, bottom, right }));

/** Excel tables: right, wrong, inverted, outside the grid, or reaching far below it. */
const tablesArb = (maxRow: number, maxCol: number, header: number | null): fc.Arbitrary<GridTable[]> =>
  fc.array(
    fc
      .tuple(
        fc.oneof(
          range(maxRow, maxCol),
          fc.constant({ top: header ?? 1, left: 1, bottom: maxRow, right: maxCol }),
          fc
            .integer({ min: maxRow, max: 20_000 })
            .map((bottom) => ({ top: header ?? 1, left: 1, bottom, right: maxCol })),
        ),
        fc.constantFrom("Bảng1", "", "DS_Truong", "🏫"),
        fc.boolean(),
      )
      .map(([r, n, hasHeader]) => ({ name: n, range: r, hasHeader })),
    { maxLength: 2 },
  );

const sheetName = fc.oneof(
  fc.constantFrom("DS", "Danh sách", nfd("Danh sách"), "Sheet1", "Phụ lục 1", "🏫", ""),
  fc.fullUnicodeString({ maxLength: 31 }),
);

/**
 * In Excel only the top-left cell of a merged range holds a value, and every host delivers merged
 * ranges that way: clear the other cells the merges cover. (Junk grids keep values under merges.)
 */
function asExcelDeliversIt(grid: Grid): Grid {
  const cells = grid.cells.map((r) => [...r]);
  for (const m of grid.merges) {
    for (let row = Math.max(m.top, grid.top); row <= m.bottom; row++) {
      const r = cells[row - grid.top];
      if (!r) continue;
      for (let col = Math.max(m.left, grid.left); col <= m.right && col - grid.left < r.length; col++) {
        if (row !== m.top || col !== m.left) r[col - grid.left] = null;
      }
    }
  }
  return { ...grid, cells };
}

/** A list as users lay it out — title rows, a header (sometimes two rows), data — then damaged. */
const NAME_HEADERS = ["Tên trường", "Cơ sở giáo dục", "CƠ SỞ GIÁO DỤC", "Tên đơn vị", "Đơn vị", "Trường"];

/** Mostly a real header — a name column among real ones, in any order — sometimes anything. */
const headerArb: fc.Arbitrary<string[]> = fc.oneof(
  {
    arbitrary: fc
      .tuple(
        spelled(NAME_HEADERS),
        fc.shuffledSubarray(HEADERS, { minLength: 1, maxLength: 10 }),
        fc.array(fc.constantFrom(...JUNK_HEADERS), { maxLength: 2 }),
      )
      .chain(([n, rest, junk]) =>
        fc.shuffledSubarray([n, ...rest, ...junk], { minLength: rest.length + junk.length + 1 }),
      )
      .chain((hs) => fc.tuple(...hs.map((h) => spelled([h])))),
    weight: 4,
  },
  {
    arbitrary: fc.array(fc.oneof(spelled(HEADERS), fc.constantFrom(...JUNK_HEADERS)), {
      minLength: 1,
      maxLength: 12,
    }),
    weight: 1,
  },
);

const listGrid: fc.Arbitrary<Grid> = fc
  .tuple(
    headerArb,
    fc.array(spelled(LABELS), { maxLength: 3 }),
    fc.integer({ min: 0, max: 2 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 3 }),
    sheetName,
    fc.boolean(),
  )
  .chain(([headers, titles, gap, top, left, sheet, twoRows]) => {
    const headerRow = top + titles.length + gap;
    const width = headers.length;
    return fc
      .tuple(
        fc.array(dataRow(headers), { maxLength: 30 }),
        twoRows
          ? fc.array(fc.oneof(fc.constant(null), spelled(HEADERS)), { maxLength: width })
          : fc.constant(null),
        fc.array(range(headerRow + 35, left + width + 2, 1), { maxLength: 4 }),
        tablesArb(headerRow + 30, left + width, headerRow),
      )
      .map(([rows, sub, randomMerges, tables]): Grid => {
        const pad = (values: readonly CellValue[]): CellValue[] => [
          ...new Array<CellValue>(left - 1).fill(null),
          ...values,
        ];
        const cells: CellValue[][] = [];
        const merges: CellRange[] = [...randomMerges];
        titles.forEach((t, i) => {
          cells.push(pad([t]));
          merges.push({ top: top + i, left, bottom: top + i, right: left + width - 1 });
        });
        for (let i = 0; i < gap; i++) cells.push([]);
        cells.push(pad(headers));
        if (sub) {
          cells.push(pad(sub));
          merges.push({ top: headerRow, left, bottom: headerRow + 1, right: left });
        }
        for (const r of rows) cells.push(pad(r));
        return asExcelDeliversIt({ sheet, top, left: 1, cells, merges, tables });
      });
  });

/** Anything at all: random shapes, offsets, merges and tables. */
const junkGrid: fc.Arbitrary<Grid> = fc
  .tuple(
    sheetName,
    fc.integer({ min: 1, max: 50 }),
    fc.integer({ min: 1, max: 30 }),
    fc.array(fc.array(anyValue, { maxLength: 14 }), { maxLength: 25 }),
  )
  .chain(([sheet, top, left, cells]) =>
    fc
      .tuple(
        fc.array(range(top + cells.length, left + 14), { maxLength: 6 }),
        tablesArb(top + cells.length, left + 14, null),
      )
      .map(([merges, tables]): Grid => ({ sheet, top, left, cells, merges, tables })),
  );

const emptyGrid: fc.Arbitrary<Grid> = fc
  .tuple(sheetName, fc.constantFrom<CellValue[][]>([], [[]], [[], [], []], [[null, null]], [[""], ["   "]]))
  .map(([sheet, cells]) => ({ sheet, top: 1, left: 1, cells, merges: [], tables: [] }));

const optionsArb: fc.Arbitrary<ValidateOptions> = fc
  .tuple(
    fc.integer({ min: 1990, max: 2100 }),
    fc.option(fc.constantFrom(...REGIME_IDS), { nil: null }),
    fc.option(
      fc.tuple(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      ),
      { nil: null },
    ),
  )
  .map(([planYear, regime, ref]) => ({
    planYear,
    regime,
    ...(ref ? { referenceDate: { y: ref[0], m: ref[1], d: ref[2] } } : {}),
  }));

/** A workbook: sheet names are unique, case-insensitively, as Excel requires. */
function workbook(grid: fc.Arbitrary<Grid>, minLength: number, maxLength: number): fc.Arbitrary<Grid[]> {
  return fc.array(grid, { minLength, maxLength }).map((grids) => {
    const seen = new Set<string>();
    return grids.map((g, i) => {
      const sheet = seen.has(g.sheet.toLowerCase()) ? `${g.sheet} (${i + 1})` : g.sheet;
      seen.add(sheet.toLowerCase());
      return { ...g, sheet };
    });
  });
}

/** Empty where a grid has no cells: then every finding must be sheet-level. */
function bounds(grid: Grid): { top: number; bottom: number; left: number; right: number } {
  return { top: grid.top, bottom: gridBottom(grid), left: grid.left, right: gridRight(grid) };
}

/** Every promise SPEC §8 makes about a finding, checked against the grids it came from. */
function expectWellFormed(findings: readonly Finding[], grids: readonly Grid[]): void {
  expect(Array.isArray(findings)).toBe(true);
  const bySheet = new Map<string, Grid[]>();
  for (const g of grids) bySheet.set(g.sheet, [...(bySheet.get(g.sheet) ?? []), g]);
  for (const f of findings) {
    const where = `${f.rule} at ${f.sheet}!${f.cell ?? "-"}`;
    if (!RULE_IDS.has(f.rule)) throw new Error(`unknown rule ${where}`);
    if (!SEVERITIES.has(f.severity)) throw new Error(`bad severity ${f.severity} of ${where}`);
    for (const text of [findingMessage(f, "vi"), findingMessage(f, "en")]) {
      if (typeof text !== "string" || text.trim() === "") throw new Error(`empty message of ${where}`);
      // Formatting slips ("undefined", "NaN"), not counting cell text quoted back ("…" or the value).
      const own = (f.value === null ? text : text.split(f.value).join("")).replace(/"[^"]*"/g, "");
      if (/\bundefined\b|\bNaN\b|\[object /.test(own)) throw new Error(`broken message of ${where}: ${text}`);
    }
    if (findingBasis(f, "vi") === "" || findingBasis(f, "en") === "")
      throw new Error(`empty basis of ${where}`);
    if (f.value !== null && typeof f.value !== "string") throw new Error(`value of ${where} is not text`);
    if (f.fix !== undefined && typeof f.fix !== "string" && !Number.isFinite(f.fix)) {
      throw new Error(`bad fix of ${where}`);
    }
    const sheets = bySheet.get(f.sheet);
    if (!sheets) throw new Error(`finding on an unknown sheet: ${where}`);
    if (f.row !== null && !sheets.some((g) => f.row! >= g.top && f.row! <= gridBottom(g))) {
      throw new Error(`row ${f.row} outside the grid: ${where}`);
    }
    if (f.cell !== null) {
      const p = /^[A-Z]{1,3}[1-9]\d*$/.test(f.cell) ? parseA1(f.cell) : null;
      if (!p) throw new Error(`not an A1 address: ${where}`);
      const inside = sheets.some((g) => {
        const b = bounds(g);
        return p.row >= b.top && p.row <= b.bottom && p.col >= b.left && p.col <= b.right;
      });
      if (!inside)
        throw new Error(`cell outside the grid: ${where} (grid ${JSON.stringify(bounds(sheets[0]!))})`);
      if (p.row !== f.row) throw new Error(`cell and row disagree: ${where} row ${f.row}`);
    }
  }
  // Findings are plain data: they survive JSON as the command line prints them.
  expect(JSON.parse(JSON.stringify(findings))).toHaveLength(findings.length);
}

/** Tables read from a grid: sane bounds, and rows as wide as the table. */
function expectTablesSane(grid: Grid): void {
  for (const t of readSchoolTables(grid)) {
    if (!(t.headerTop <= t.headerRow && t.left <= t.right)) throw new Error(`odd table ${JSON.stringify(t)}`);
    for (const r of t.rows) {
      if (!["school", "group", "total", "footer", "blank"].includes(r.kind))
        throw new Error(`kind ${r.kind}`);
      if (r.values.length !== t.right - t.left + 1)
        throw new Error(`row ${r.row} is ${r.values.length} wide`);
    }
  }
}

describe("reading and checking random grids", () => {
  it("handles lists laid out as users do, then damaged", () => {
    fc.assert(
      fc.property(workbook(listGrid, 1, 2), optionsArb, (grids, options) => {
        for (const g of grids) expectTablesSane(g);
        const result = validate(grids, options);
        expectWellFormed(result.findings, grids);
      }),
      { seed: 42, numRuns: 2500 },
    );
  });

  it("handles junk grids at any offset, with stray merges and wrong Excel tables", () => {
    fc.assert(
      fc.property(workbook(fc.oneof(junkGrid, emptyGrid), 1, 3), optionsArb, (grids, options) => {
        for (const g of grids) expectTablesSane(g);
        expectWellFormed(validate(grids, options).findings, grids);
      }),
      { seed: 4242, numRuns: 2500 },
    );
  });

  it("reports table-not-found once per sheet, and only that, when no sheet holds a list", () => {
    fc.assert(
      fc.property(workbook(emptyGrid, 1, 3), optionsArb, (grids, options) => {
        const { tables, findings } = validate(grids, options);
        expect(tables).toEqual([]);
        expect(findings.map((f) => `${f.rule}:${f.sheet}:${f.cell}`)).toEqual(
          grids.map((g) => `table-not-found:${g.sheet}:null`),
        );
        expectWellFormed(findings, grids);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  // A Date in a text field (name, commune, funding source) is turned into text: an invalid one
  // (which the Grid contract allows) must not throw there.
  it("checks a list whose name cell holds an invalid Date without throwing", () => {
    const grid: Grid = {
      sheet: "DS",
      top: 1,
      left: 1,
      cells: [
        ["Tên trường", "CQG"],
        [new Date(Number.NaN), "MĐ1"],
      ],
      merges: [],
      tables: [],
    };
    expectWellFormed(validate([grid], { planYear: 2024 }).findings, [grid]);
  });

  // Found by the first property when it required a name column: a group header above a short name
  // header ("Đơn vị", "Trường", "Xã") is joined in front of it ("Thông tin đơn vị Đơn vị"), and a
  // short spelling counts only at the start of a header; the name column must not be lost for it.
  it("keeps a short name header that stands under a group header", () => {
    const grid: Grid = {
      sheet: "DS",
      top: 1,
      left: 1,
      cells: [
        ["STT", "Thông tin đơn vị", null, "Kết quả công nhận", null],
        [null, "Đơn vị", "Xã", "KĐCLGD", "CQG"],
        ["1.", "TH Hoa Sen", "Xã Ia Chim", "CĐ2", "MĐ1"],
      ],
      merges: [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 3 },
        { top: 1, left: 4, bottom: 1, right: 5 },
      ],
      tables: [],
    };
    const [table] = readSchoolTables(grid);
    expect(table?.columns.name?.col).toBe(2);
    expect(validate([grid], { planYear: 2024 }).findings).toEqual([]);
  });
});
