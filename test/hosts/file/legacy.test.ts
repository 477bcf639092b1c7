/**
 * .xls (Excel 97–2003) and .ods lists: the same list saved in those formats gives the same Grid
 * values, the same findings and the same figures as the .xlsx it came from. The files are written in
 * the test by SheetJS's own writer from the .xlsx bytes, as "Save as" would.
 */
import { read, utils, write } from "@e965/xlsx";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Grid } from "../../../src/core/grid";
import { summarize } from "../../../src/core/summary/summary";
import { validate } from "../../../src/core/validate";
import { loadGridsFromBuffer } from "../../../src/hosts/file/buffer";
import { InputError } from "../../../src/hosts/file/errors";
import { openReportInput } from "../../../src/hosts/file/report/open";
import { buildSampleWorkbook, SAMPLE_PLAN_YEAR } from "../../../src/hosts/file/sample";
import { districtWorkbook, PLAN_YEAR as DISTRICT_YEAR } from "../../e2e/standalone/district";
import { reportOf } from "./report/helpers";

async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * The .xlsx saved as .xls (BIFF8) or .ods, number formats (dates) kept. SheetJS's .ods writer leaves
 * error cells empty: they are put back as LibreOffice writes them (a string cell whose calc value
 * type is "error"), into the rows and cells the writer lays out one by one.
 */
async function saveAs(xlsx: Uint8Array, bookType: "xls" | "ods"): Promise<Uint8Array> {
  const book = read(xlsx, { type: "array", cellNF: true, cellDates: false });
  const bytes = new Uint8Array(write(book, { type: "array", bookType }) as ArrayBuffer);
  if (bookType === "xls") return bytes;
  const zip = await JSZip.loadAsync(bytes);
  let xml = (await zip.file("content.xml")?.async("string")) ?? "";
  xml = xml.replace(
    "<office:document-content ",
    '<office:document-content xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" ',
  );
  const tables = xml.split(/(?=<table:table )/);
  book.SheetNames.forEach((name, t) => {
    const ws = book.Sheets[name];
    if (!ws) return;
    const rows = (tables[t + 1] ?? "").split(/(?=<table:table-row[ >])/);
    for (const [address, cell] of Object.entries(ws)) {
      if (address.startsWith("!") || (cell as { t?: string }).t !== "e") continue;
      const { r, c } = utils.decode_cell(address);
      const cells = (rows[r + 1] ?? "").split(/(?=<table:table-cell[ />])/);
      cells[c + 1] = (cells[c + 1] ?? "").replace(
        /^<table:table-cell \/>/,
        `<table:table-cell office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>${(cell as { w?: string }).w}</text:p></table:table-cell>`,
      );
      rows[r + 1] = cells.join("");
    }
    tables[t + 1] = rows.join("");
  });
  zip.file("content.xml", tables.join(""));
  return zip.generateAsync({ type: "uint8array" });
}

const options = (year: number) => ({ planYear: year, referenceDate: { y: year, m: 12, d: 31 } });

function figures(grids: readonly Grid[], year: number) {
  const result = validate(grids, options(year));
  const findings = result.findings.map((f) => [f.rule, f.sheet, f.cell, f.value].join(" | "));
  const summary = summarize(result.tables, { ...options(year), regime: null });
  return { findings, summary };
}

describe.each([
  ["the sample (merged titles, #N/A from a VLOOKUP, a total row)", buildSampleWorkbook, SAMPLE_PLAN_YEAR],
  ["a district list (real dates, a formula sheet, notes starting with =)", districtWorkbook, DISTRICT_YEAR],
])("%s", (_, make, year) => {
  let xlsx: Uint8Array;
  let fromXlsx: Grid[];
  beforeAll(async () => {
    xlsx = await xlsxBytes(make());
    fromXlsx = await loadGridsFromBuffer(xlsx, "danh-sach.xlsx");
  });

  test.each(["xls", "ods"] as const)("as .%s: the same cells, merges, dates and errors", async (ext) => {
    const grids = await loadGridsFromBuffer(await saveAs(xlsx, ext), `danh-sach.${ext}`);
    expect(grids.map((g) => g.sheet)).toEqual(fromXlsx.map((g) => g.sheet));
    grids.forEach((g, i) => {
      const want = fromXlsx[i] as Grid;
      expect(g.merges.map((m) => [m.top, m.left, m.bottom, m.right]).sort()).toEqual(
        want.merges.map((m) => [m.top, m.left, m.bottom, m.right]).sort(),
      );
      const rows = Math.max(g.cells.length, want.cells.length);
      for (let r = 0; r < rows; r++) {
        const a = g.cells[r] ?? [];
        const b = want.cells[r] ?? [];
        const width = Math.max(a.length, b.length);
        for (let c = 0; c < width; c++) {
          expect({ at: [g.sheet, r + 1, c + 1], v: a[c] ?? null }).toEqual({
            at: [g.sheet, r + 1, c + 1],
            v: b[c] ?? null,
          });
        }
      }
    });
  });

  test.each(["xls", "ods"] as const)("as .%s: the same findings and figures", async (ext) => {
    const grids = await loadGridsFromBuffer(await saveAs(xlsx, ext), `danh-sach.${ext}`);
    const got = figures(grids, year);
    const want = figures(fromXlsx, year);
    expect(want.findings.length).toBeGreaterThan(3);
    expect(got.findings).toEqual(want.findings);
    expect(got.summary).toEqual(want.summary);
  });
});

test("the sample as .xls still has its planted faults: the #N/A cell and the swapped total", async () => {
  const xls = await saveAs(await xlsxBytes(buildSampleWorkbook()), "xls");
  const { findings } = figures(await loadGridsFromBuffer(xls, "mau.xls"), SAMPLE_PLAN_YEAR);
  expect(findings).toContain("cell-error | Danh sách | G23 | #N/A");
  expect(findings.some((f) => f.startsWith("total-mismatch | Danh sách | I37"))).toBe(true);
});

test("an .xls becomes an .xlsx report copy with its values, merges and our sheets", async () => {
  const xls = await saveAs(await xlsxBytes(districtWorkbook()), "xls");
  const input = await openReportInput(xls, "danh-sach.xls");
  expect(input.notCopied.vi).toEqual([
    "định dạng, công thức và hình vẽ của tệp .xls/.ods (bản sao .xlsx chỉ giữ giá trị và ô gộp)",
  ]);
  const { bytes } = await reportOf(input.source, []);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0] as ExcelJS.Worksheet;
  expect(ws.getCell("K10").value).toBe("=> bổ sung hồ sơ tự đánh giá");
  expect(ws.getCell("G8").value).toEqual(new Date(Date.UTC(2021, 4, 12)));
  const again = await loadGridsFromBuffer(bytes, "danh-sach-kdcl.xlsx");
  const fromXls = await loadGridsFromBuffer(xls, "danh-sach.xls");
  expect(again[0]?.merges.length).toBe(fromXls[0]?.merges.length);
  expect(figures(again, DISTRICT_YEAR).findings).toEqual(figures(fromXls, DISTRICT_YEAR).findings);
});

describe("files that are not what they say", () => {
  const failure = async (p: Promise<unknown>): Promise<InputError> => {
    try {
      await p;
    } catch (e) {
      if (e instanceof InputError) return e;
      throw e;
    }
    throw new Error("expected an InputError");
  };

  test.each([
    [
      "a text file named .xls",
      "cu.xls",
      new TextEncoder().encode("STT;Tên trường\n1;TH A\n"),
      "not-workbook",
    ],
    ["a text file named .ods", "ds.ods", new TextEncoder().encode("x"), "not-workbook"],
    [
      "a cut-off .xls",
      "cut.xls",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "corrupt",
    ],
  ])("%s is refused with one line", async (_, name, bytes, kind) => {
    const e = await failure(loadGridsFromBuffer(bytes, name));
    expect(e.kind).toBe(kind);
    expect(e.vi).toContain(name);
    expect(e.vi).not.toMatch(/\n/);
  });
});
