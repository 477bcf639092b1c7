/** The BUILT `kdcl report`: a copy with our sheets added; the user's sheets and file stay as they were. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { KONTUM_PLAN_YEAR, kontumWorkbook } from "../fixtures/kontum";
import type { Run } from "./kdcl";
import { expectBuilt, kdcl } from "./kdcl";

let dir: string;
let source: string;
let sourceBytes: Buffer;
const cli = (...args: string[]): Run => kdcl(dir, ...args);
const YEAR = String(KONTUM_PLAN_YEAR);

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every value and formula of a sheet, for before/after comparison. */
function contents(ws: ExcelJS.Worksheet): unknown[] {
  const out: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => out.push([r, c, cell.value, cell.numFmt])),
  );
  return out;
}

beforeAll(async () => {
  expectBuilt();
  dir = mkdtempSync(join(tmpdir(), "kdcl-report-"));
  const wb = kontumWorkbook();
  // A user's own sheet that happens to carry our name, and a name that looks like a formula.
  const mine = wb.addWorksheet("Tổng hợp");
  mine.getCell("A1").value = "Ghi chú riêng của phòng";
  mine.getCell("B2").value = { formula: "1+1", result: 2 };
  source = join(dir, "kon-tum.xlsx");
  await wb.xlsx.writeFile(source);
  sourceBytes = readFileSync(source);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("kdcl report", () => {
  test("adds our two sheets beside the user's, leaves the user's sheets and the original file as they were", async () => {
    const out = join(dir, "bao-cao.xlsx");
    const run = cli("report", source, "--out", out, "--year", YEAR);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(source).equals(sourceBytes)).toBe(true);
    const [before, after] = [await open(source), await open(out)];
    expect(after.worksheets.map((w) => w.name)).toEqual([
      "Danh sách trường",
      "Tổng hợp",
      "Tổng hợp (2)",
      "Kết quả kiểm tra",
    ]);
    for (const name of ["Danh sách trường", "Tổng hợp"]) {
      expect(contents(after.getWorksheet(name) as ExcelJS.Worksheet)).toEqual(
        contents(before.getWorksheet(name) as ExcelJS.Worksheet),
      );
    }
    const summary = contents(after.getWorksheet("Tổng hợp (2)") as ExcelJS.Worksheet).map(
      (c) => (c as unknown[])[2],
    );
    expect(summary).toContain("Dự kiến đến hết năm 2023: 35/57 trường, tỉ lệ 61,40%");
  });

  test("regenerating from the copy replaces only our sheets, and never reads them as lists", async () => {
    const first = join(dir, "lan-1.xlsx");
    const second = join(dir, "lan-2.xlsx");
    expect(cli("report", source, "--out", first, "--year", YEAR).status).toBe(0);
    const run = cli("report", first, "--out", second, "--year", YEAR);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const wb = await open(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Danh sách trường",
      "Tổng hợp",
      "Tổng hợp (2)",
      "Kết quả kiểm tra",
    ]);
    const check = JSON.parse(cli("validate", second, "--year", YEAR, "--json").stdout) as {
      files: { tables: { sheet: string }[] }[];
    };
    expect(check.files[0]?.tables.map((t) => t.sheet)).toEqual(["Danh sách trường"]);
  });

  test("refuses to write over its input", () => {
    const run = cli("report", source, "--out", source);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^kdcl: --out trùng với tệp đầu vào/);
    expect(readFileSync(source).equals(sourceBytes)).toBe(true);
  });
});

/** A sparkline group on a sheet, as Excel writes it in the worksheet's extension list. */
const SPARKLINES =
  '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap">' +
  "<x14:colorSeries rgb=\"FF376092\"/><x14:sparklines><x14:sparkline><xm:f>'Danh sách trường'!G6:I6</xm:f><xm:sqref>K6</xm:sqref>" +
  "</x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>";

describe("kdcl report keeps what a copy through a spreadsheet library loses", () => {
  test("sparklines, a sheet-scoped name, a print area, a user's KDCL_OWNED_FINDINGS: all exactly as they were", async () => {
    const wb = kontumWorkbook();
    wb.addWorksheet("Kết quả kiểm tra").getCell("A1").value = "Kết quả kiểm tra của Sở";
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    zip.file("xl/worksheets/sheet1.xml", sheet.replace("</worksheet>", `${SPARKLINES}</worksheet>`));
    const names =
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'Danh sách trường\'!$A$1:$H$10</definedName>' +
      '<definedName name="VungKiemTra" localSheetId="1">\'Kết quả kiểm tra\'!$A$1:$B$5</definedName>' +
      "<definedName name=\"KDCL_OWNED_FINDINGS\">'Kết quả kiểm tra'!$A$1</definedName></definedNames>";
    const workbook = ((await zip.file("xl/workbook.xml")?.async("string")) ?? "").replace(
      "</sheets>",
      `</sheets>${names}`,
    );
    zip.file("xl/workbook.xml", workbook);
    const input = join(dir, "co-sparkline.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));

    const out = join(dir, "co-sparkline-bc.xlsx");
    const run = cli("report", input, "--out", out, "--year", YEAR);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    const copy = await JSZip.loadAsync(readFileSync(out));
    expect(await copy.file("xl/worksheets/sheet1.xml")?.async("string")).toContain(SPARKLINES);
    const written = (await copy.file("xl/workbook.xml")?.async("string")) ?? "";
    // The user's names, as written; ours (our sheets' print areas) come after them.
    for (const m of names.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g))
      expect(written).toContain(m[0]);
    const sheets = [...written.matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map((m) => m[1]);
    expect(sheets).toEqual(["Danh sách trường", "Kết quả kiểm tra", "Tổng hợp", "Kết quả kiểm tra (2)"]);
    const opened = await open(out);
    expect(opened.getWorksheet("Kết quả kiểm tra")?.getCell("A1").value).toBe("Kết quả kiểm tra của Sở");
  });
});
