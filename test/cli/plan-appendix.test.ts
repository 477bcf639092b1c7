/** The BUILT `kdcl plan --appendix xlsx` and the long-appendix notice (issue 11, item 4). */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { KONTUM_PLAN_YEAR, kontumWorkbook } from "../fixtures/kontum";
import type { Run } from "./kdcl";
import { expectBuilt, kdcl } from "./kdcl";

let dir: string;
let kontum: string;
const cli = (...args: string[]): Run => kdcl(dir, ...args);
const YEAR = String(KONTUM_PLAN_YEAR);

async function documentText(path: string): Promise<{ xml: string; text: string }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return { xml, text: xml.replace(/<[^>]+>/g, "") };
}

async function sheetRows(path: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws?.eachRow({ includeEmpty: true }, (row) => {
    const values: string[] = [];
    for (let c = 1; c <= 4; c++) values.push(row.getCell(c).text);
    rows.push(values);
  });
  return rows;
}

/** A levels-only list (no action column): the appendix lists every school. */
async function longList(path: string, schools: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2024"]);
  ws.mergeCells("A1:G1");
  ws.addRow(["STT", "Tên trường", "Cấp học", "Xã, phường", "KĐCLGD", "CQG", "Năm công nhận"]);
  for (let i = 1; i <= schools; i++) {
    ws.addRow([`${i}.`, `TH Số ${i} Sơn Hà`, "Tiểu học", "Xã Sơn Hà", "CĐ2", "MĐ1", 2021]);
  }
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  expectBuilt();
  dir = mkdtempSync(join(tmpdir(), "kdcl-appendix-"));
  kontum = join(dir, "kon-tum.xlsx");
  await kontumWorkbook().xlsx.writeFile(kontum);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("kdcl plan --appendix xlsx", () => {
  test("writes the list beside the document, which names the file instead of the table", async () => {
    const out = join(dir, "ke-hoach.docx");
    const book = join(dir, "ke-hoach-phu-luc.xlsx");
    const run = cli(
      "plan",
      kontum,
      "--out",
      out,
      "--year",
      YEAR,
      "--number",
      "15/KH-UBND",
      "--appendix",
      "xlsx",
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`Đã ghi ${out}.\nĐã ghi ${book}.\n`);
    const { xml, text } = await documentText(out);
    expect(text).toContain(
      "Danh sách 06 trường được đính kèm Kế hoạch này dưới dạng tệp Excel “ke-hoach-phu-luc.xlsx”.",
    );
    expect(text).toContain("DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN");
    // The header block, targets and renewals keep their tables; the appendix has none, nor its count.
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
    const appendix = text.slice(text.indexOf("DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN"));
    expect(appendix).not.toContain("TH Phan Chu Trinh");
    expect(appendix).not.toContain("Danh sách này gồm");

    const rows = await sheetRows(book);
    expect(rows[0]?.[0]).toMatch(/^DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN/);
    expect(rows[1]?.[0]).toMatch(/^\(Kèm theo Kế hoạch số 15\/KH-UBND/);
    expect(rows[4]).toEqual(["TT", "Tên trường", "Mức công nhận", "Hình thức công nhận"]);
    expect(rows.slice(5, 11).map((r) => r[1])).toEqual([
      "TH Lê Văn Tám",
      "TH Phan Chu Trinh",
      "TH Hòa Bình",
      "TH Trần Hưng Đạo",
      "TH&THCS Thắng Lợi",
      "TH&THCS Ngok Bay",
    ]);
    expect(rows[5]?.[0]).toBe("1.");
    expect(rows.at(-1)?.[0]).toBe("Danh sách này gồm: 06 đơn vị./.");

    // Both are kdcl's: a second run replaces them without --force.
    const again = cli("plan", kontum, "--out", out, "--year", YEAR, "--appendix", "xlsx");
    expect(again.status).toBe(0);
  });

  test("a file of someone else's where the workbook goes is refused before anything is written", () => {
    const out = join(dir, "bao-cao.docx");
    const book = join(dir, "bao-cao-phu-luc.xlsx");
    writeFileSync(book, "bảng tính của người dùng");
    const run = cli("plan", kontum, "--out", out, "--year", YEAR, "--appendix", "xlsx");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^kdcl: .*bao-cao-phu-luc\.xlsx đã có và không phải tệp do kdcl tạo ra/);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(book, "utf8")).toBe("bảng tính của người dùng");
  });

  test("a plan without the appendix section writes no workbook, and says so", () => {
    const out = join(dir, "muc-tieu.docx");
    const run = cli(
      "plan",
      kontum,
      "--out",
      out,
      "--year",
      YEAR,
      "--sections",
      "targets",
      "--appendix",
      "xlsx",
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("không ghi tệp Excel phụ lục");
    expect(existsSync(join(dir, "muc-tieu-phu-luc.xlsx"))).toBe(false);
  });

  test.each([
    [["plan", "a.xlsx", "--out", "p.docx", "--appendix", "pdf"], /--appendix cần table/],
    [["validate", "a.xlsx", "--appendix", "xlsx"], /chỉ dùng với kdcl plan/],
  ])("refuses %j with one line and exit 2", (args, message) => {
    const run = cli(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("a long appendix", () => {
  test("above 5,000 schools the table is still written, and the user is told of --appendix xlsx", async () => {
    const list = join(dir, "toan-tinh.xlsx");
    await longList(list, 5001);
    const out = join(dir, "toan-tinh.docx");
    const run = cli("plan", list, "--out", out, "--year", "2024", "--sections", "appendix");
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      "kdcl: lưu ý: phụ lục liệt kê 5.001 trường (quá 5.000), một bảng dài hàng trăm trang; " +
        "có thể đính kèm danh sách thành tệp Excel bằng --appendix xlsx.\n",
    );
    const { xml } = await documentText(out);
    expect(xml.match(/<w:tr>/g)?.length).toBeGreaterThan(5001);
    // The heading's table, then the list as eleven tables of at most 500 schools each.
    expect(xml.match(/<w:tbl>/g)).toHaveLength(12);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(11);

    const attached = cli(
      "plan",
      list,
      "--out",
      out,
      "--year",
      "2024",
      "--sections",
      "appendix",
      "--appendix",
      "xlsx",
    );
    expect(attached.status).toBe(0);
    expect(attached.stderr).not.toContain("--appendix");
    const rows = await sheetRows(join(dir, "toan-tinh-phu-luc.xlsx"));
    expect(rows.filter((r) => /^TH Số \d+ Sơn Hà$/.test(r[1] ?? ""))).toHaveLength(5001);
  });

  test("at 5,000 schools there is no notice", async () => {
    const list = join(dir, "nam-nghin.xlsx");
    await longList(list, 5000);
    const run = cli(
      "plan",
      list,
      "--out",
      join(dir, "nam-nghin.docx"),
      "--year",
      "2024",
      "--sections",
      "appendix",
    );
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain("--appendix");
  });
});
