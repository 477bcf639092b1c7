/**
 * Property tests (fixed seeds): on random workbooks the lean reader gives exactly the Grids of the
 * exceljs path. Random workbooks come two ways: through exceljs's writer (every feature a list
 * uses), and as random hand-written cells that combine exceljs's reading quirks; on the latter the
 * lean reader may refuse a file, but loadGridsFromBuffer must still give what the old loader gave.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { loadGridsFromBuffer } from "../../../../src/hosts/file/buffer";
import { readXlsx, tryReadXlsx } from "../../../../src/hosts/file/xlsx/read";
import { bytesOf, expectSame, oldLoader, outcome, rawXlsx } from "./helpers";

// --- through exceljs's writer --------------------------------------------------------------------

const text = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "STT",
    "Tên trường",
    "Trường Tiểu học Sơn Hà".normalize("NFD"),
    "CĐ2-MĐ1",
    "1.",
    "_x000D_",
    "a&b<c>\"d'",
    "dòng 1\ndòng 2",
    "😀𝔘",
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
);

const NUM_FMTS = [
  "dd/mm/yyyy",
  "mm-dd-yy",
  "h:mm",
  "[$-42A]d mmmm yyyy",
  '0.00 "ngày"',
  "#,##0",
  "0%",
  "@",
  "yyyy",
];

const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 3_000_000 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e-300, 123456789012345, 45300.5),
);

const date = fc
  .integer({ min: Date.UTC(1901, 0, 1), max: Date.UTC(2099, 11, 31) })
  .map((ms) => new Date(Math.round(ms / 1000) * 1000));

const error = fc.constantFrom("#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!");

type Value = ExcelJS.CellValue;

const value: fc.Arbitrary<Value> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 3, arbitrary: number },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: date },
  { weight: 1, arbitrary: error.map((e) => ({ error: e }) as ExcelJS.CellErrorValue) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        number,
        text.filter((t) => t !== ""),
        fc.boolean(),
        date,
        error.map((e) => ({ error: e })),
        fc.constant(undefined),
      )
      .map((result) => ({ formula: "A1", result }) as unknown as Value),
  },
  {
    weight: 1,
    arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }).map((parts) => ({
      richText: parts.map((t, i) => (i % 2 ? { text: t, font: { bold: true } } : { text: t })),
    })),
  },
  { weight: 1, arbitrary: text.map((t) => ({ text: t, hyperlink: "https://sonha.edu.vn/a?b=1&c=2" })) },
);

const cell = fc.record({
  row: fc.integer({ min: 1, max: 40 }),
  col: fc.integer({ min: 1, max: 12 }),
  value,
  numFmt: fc.option(fc.constantFrom(...NUM_FMTS), { nil: undefined }),
});

const rect = fc
  .record({
    top: fc.integer({ min: 1, max: 40 }),
    left: fc.integer({ min: 1, max: 12 }),
    h: fc.integer({ min: 0, max: 3 }),
    w: fc.integer({ min: 0, max: 4 }),
  })
  .filter((r) => r.h + r.w > 0);

const SHEET_NAMES = [
  "Danh sách",
  "Phụ lục 1",
  "Tổng hợp",
  "Ẩn",
  "Sheet1",
  "Trường & lớp",
  "Năm 2024",
  "'Quý' I",
];

const sheet = fc.record({
  cells: fc.array(cell, { maxLength: 60 }),
  merges: fc.array(rect, { maxLength: 5 }),
  state: fc.constantFrom(
    "visible",
    "visible",
    "hidden",
    "veryHidden",
  ) as fc.Arbitrary<ExcelJS.WorksheetState>,
  table: fc.boolean(),
});

const book = fc.record({
  sheets: fc.array(sheet, { minLength: 1, maxLength: 3 }),
  date1904: fc.boolean(),
  names: fc.shuffledSubarray(SHEET_NAMES, { minLength: 3, maxLength: 3 }),
});

type BookSpec = typeof book extends fc.Arbitrary<infer T> ? T : never;
type RawSheetSpec = typeof rawSheet extends fc.Arbitrary<infer T> ? T : never;

function build(spec: BookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = spec.date1904;
  spec.sheets.forEach((s, i) => {
    const ws = wb.addWorksheet(spec.names[i]!.replace(/^'|'$/g, "Q"), { state: s.state });
    for (const c of s.cells) {
      const target = ws.getCell(c.row, c.col);
      target.value = c.value;
      if (c.numFmt) target.numFmt = c.numFmt;
    }
    const taken: { top: number; left: number; bottom: number; right: number }[] = [];
    for (const m of s.merges) {
      const r = { top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w };
      if (taken.some((t) => !(t.right < r.left || t.left > r.right || t.bottom < r.top || t.top > r.bottom)))
        continue;
      taken.push(r);
      ws.mergeCells(r.top, r.left, r.bottom, r.right);
    }
    if (s.table) {
      ws.addTable({
        name: `Bang${i + 1}`,
        ref: "N2",
        headerRow: true,
        columns: [{ name: "STT" }, { name: "Tên" }],
        rows: [
          [1, "TH A"],
          [2, "TH B"],
        ],
      });
    }
  });
  return wb;
}

describe("random workbooks written by exceljs", () => {
  it("read the same with the lean reader as through exceljs", async () => {
    await fc.assert(
      fc.asyncProperty(book, async (spec) => {
        await expectSame(await bytesOf(build(spec)));
      }),
      { seed: 20240110, numRuns: 80 },
    );
  });
});

// --- random hand-written cells ------------------------------------------------------------------

const pick = <T>(...xs: T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

const T = pick("", ' t="s"', ' t="str"', ' t="inlineStr"', ' t="b"', ' t="e"', ' t="n"', ' t="d"');
const S = pick("", "", ' s="1"', ' s="2"', ' s="3"', ' s="0"', ' s="4"', ' s="99"', ' s=""');
const F = pick(
  "<f>A1+1</f>",
  "<f/>",
  '<f t="shared" ref="A1:Z40" si="0">ROW()</f>',
  '<f t="shared" si="0"/>',
  '<f t="shared" si="3"/>',
  '<f t="array" ref="A1">1</f>',
);
const V = pick(
  "",
  "<v>0</v>",
  "<v>1</v>",
  "<v>2</v>",
  "<v>45300.25</v>",
  "<v>-1</v>",
  "<v>abc</v>",
  "<v>#N/A</v>",
  "<v>true</v>",
  "<v>a&amp;amp;b</v>",
  "<v></v>",
  "<v> 7 </v>",
);
const IS = pick(
  "<is><t>chữ _x0041_</t></is>",
  "<is><r><t>a</t></r><r><t>_x0042_</t></r></is>",
  "<is><t/></is>",
  "<is></is>",
);

const rawCell = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ t: T, s: S, f: fc.constant(""), v: V, is: fc.constant(""), link: fc.boolean() }),
  },
  { weight: 3, arbitrary: fc.record({ t: T, s: S, f: F, v: V, is: fc.constant(""), link: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.oneof(fc.constant(' t="inlineStr"'), T),
      s: S,
      f: fc.constant(""),
      v: fc.constant(""),
      is: IS,
      link: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: T,
      s: S,
      f: pick("", "<f>1</f>"),
      v: V,
      is: pick("", "<is><t>x</t></is>"),
      link: fc.boolean(),
    }),
  },
);

const rawSheet = fc.record({
  rows: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 12 }),
  cells: fc.array(
    fc.tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { maxLength: 6 }),
      fc.array(rawCell, { minLength: 6, maxLength: 6 }),
    ),
    {
      minLength: 12,
      maxLength: 12,
    },
  ),
  merges: fc.array(rect, { maxLength: 3 }),
  sorted: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
});

function letters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function rawBody(spec: RawSheetSpec): string {
  const rowNumbers = spec.sorted ? [...spec.rows].sort((a, b) => a - b) : spec.rows;
  const links: string[] = [];
  const rows = rowNumbers.map((r, i) => {
    const [cols, defs] = spec.cells[i]!;
    const sortedCols = spec.sorted ? [...cols].sort((a, b) => a - b) : cols;
    const cells = sortedCols.map((c, j) => {
      const d = defs[j]!;
      const ref = `${letters(c)}${r}`;
      if (d.link) links.push(`<hyperlink ref="${ref}" r:id="rId1"/>`);
      const inner = d.f + d.v + d.is;
      return inner ? `<c r="${ref}"${d.t}${d.s}>${inner}</c>` : `<c r="${ref}"${d.t}${d.s}/>`;
    });
    return `<row r="${r}">${cells.join("")}</row>`;
  });
  const merges = spec.merges.map(
    (m) => `<mergeCell ref="${letters(m.left)}${m.top}:${letters(m.left + m.w)}${m.top + m.h}"/>`,
  );
  return (
    `<sheetData>${rows.join("")}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "")
  );
}

const LINK_RELS: [string, string, string][] = [["rId1", "hyperlink", "https://sonha.edu.vn"]];

describe("random hand-written cells", () => {
  it("load exactly as before, mostly through the lean reader", async () => {
    let lean = 0;
    let runs = 0;
    const reasons = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(rawSheet, { minLength: 1, maxLength: 2 }),
        fc.boolean(),
        async (sheets, date1904) => {
          const bytes = await rawXlsx({
            sheets: sheets.map((s, i) => ({ name: `Trang ${i + 1}`, body: rawBody(s), rels: LINK_RELS })),
            sst: ["<si><t>không</t></si>", "<si><r><t>một</t></r></si>", "<si/>"],
            workbookPr: date1904 ? 'date1904="1"' : "",
          });
          runs++;
          if (await tryReadXlsx(bytes)) lean++;
          else await readXlsx(bytes).catch((e: Error) => reasons.add(e.message));
          expect(await outcome(() => loadGridsFromBuffer(bytes, "ds.xlsx"))).toStrictEqual(
            await outcome(() => oldLoader(bytes)),
          );
        },
      ),
      { seed: 4242, numRuns: 250 },
    );
    // Sorted sheets without overlapping merges are the lean reader's; the rest may go to exceljs.
    expect(lean).toBeGreaterThan(runs / 4);
    // What sent the others to exceljs: only inputs exceljs fails on or reads in a way not mirrored.
    const expected = [
      "cells out of order",
      "overlapping merges",
      "rich text mixed with text",
      "rows out of order",
      "shared string index out of range",
    ];
    for (const reason of reasons) expect(expected).toContain(reason);
  });
});
