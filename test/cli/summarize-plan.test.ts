/** The BUILT `kdcl summarize` and `kdcl plan` on the Kon Tum list (SPEC §9–§11). */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { KONTUM_PLAN_YEAR, kontumWorkbook } from "../fixtures/kontum";
import type { Run } from "./kdcl";
import { expectBuilt, kdcl } from "./kdcl";

let dir: string;
let kontum: string;
const cli = (...args: string[]): Run => kdcl(dir, ...args);

/** The parts of the §11 summary JSON these tests read. */
interface SummaryJson {
  file: string;
  referenceDate: string;
  planYear: number;
  coverage: {
    total: unknown;
    projected: unknown;
    byType: { type: string; label: string }[];
  };
  targets: { total: unknown };
  budget: unknown;
  due: unknown[];
}
const YEAR = String(KONTUM_PLAN_YEAR);

beforeAll(async () => {
  expectBuilt();
  dir = mkdtempSync(join(tmpdir(), "kdcl-sum-"));
  kontum = join(dir, "kon-tum.xlsx");
  await kontumWorkbook().xlsx.writeFile(kontum);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("kdcl summarize", () => {
  test("--json follows the contract: fractions, amounts in triệu đồng, ISO dates", () => {
    const run = cli("summarize", kontum, "--year", YEAR, "--json");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as { files: SummaryJson[]; combined?: unknown };
    expect(doc.combined).toBeUndefined();
    const s = doc.files[0] as SummaryJson;
    expect(s.file).toBe(kontum);
    expect(s.referenceDate).toBe("2023-12-31");
    expect(s.planYear).toBe(2023);
    expect(s.coverage.total).toEqual({ schools: 57, standard: 29, level1: 23, level2: 6, rate: 29 / 57 });
    expect(s.coverage.projected).toEqual({ schools: 57, standard: 35, rate: 35 / 57 });
    expect(s.coverage.byType.map((t) => [t.type, t.label])).toEqual([
      ["MN", "Mầm non"],
      ["TH", "Tiểu học"],
      ["THCS", "THCS"],
      ["TH_THCS", "TH&THCS"],
    ]);
    expect(s.targets.total).toEqual({ new: 3, renewal: 3, upgrade: 0 });
    expect(s.budget).toMatchObject({
      unit: "triệu đồng",
      total: 44497,
      byAction: { new: { schools: 2, amount: 31162 }, renewal: { schools: 2, amount: 13335 } },
      unfunded: ["TH Hòa Bình", "TH&THCS Ngok Bay"],
    });
    expect(s.due[0]).toEqual({
      name: "TH Lê Văn Tám",
      commune: "Phường Quang Trung",
      expiry: "2023-05-12",
      dossierDeadline: "2022-12-12",
      planned: true,
    });
  });

  test("without --json prints readable Vietnamese tables", () => {
    const run = cli("summarize", kontum, "--year", YEAR);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Dự kiến đến hết năm 2023: 35/57 trường, tỉ lệ 61,40%.");
    expect(run.stdout).toContain("KINH PHÍ: 44.497 triệu đồng");
    expect(run.stdout).toContain("Công nhận mới (02 trường): 31.162 triệu đồng");
    // Sources under their own line, each with its unit, not mistaken for one more action.
    expect(run.stdout).toContain(
      "  Theo nguồn kinh phí:\n  - Ngân sách tỉnh: 38.312 triệu đồng\n  - Ngân sách thành phố: 6.185 triệu đồng\n",
    );
  });

  test("several files add up to a combined summary", () => {
    const run = cli("summarize", kontum, kontum, "--year", YEAR, "--json");
    const doc = JSON.parse(run.stdout) as {
      files: unknown[];
      combined: { coverage: { total: { schools: number } } };
    };
    expect(doc.files).toHaveLength(2);
    // The same schools twice are the same 57 schools: counts are over distinct schools.
    expect(doc.combined.coverage.total.schools).toBe(57);
  });

  test("one list sent as two files is two units, each school counted once, and the lines add up", () => {
    const a = join(dir, "xa-a.xlsx");
    const b = join(dir, "xa-b.xlsx");
    copyFileSync(kontum, a);
    copyFileSync(kontum, b);
    const run = cli("summarize", a, b, "--year", YEAR, "--json");
    type Line = { schools: number; standard: number; unit?: string };
    const doc = JSON.parse(run.stdout) as {
      combined: {
        coverage: { total: Line; byUnit: Line[]; byCommune: Line[] };
        units: { unit: string; schools: number }[];
        repeatedSchools: unknown[];
      };
    };
    const c = doc.combined.coverage;
    // Both lists name the same city in their titles: the file tells them apart, each with its 57 schools.
    expect(doc.combined.units.map((u) => [u.unit, u.schools])).toEqual([
      ["Thành phố Kon Tum (xa-a.xlsx)", 57],
      ["Thành phố Kon Tum (xa-b.xlsx)", 57],
    ]);
    // The same school of the same commune is one school (SPEC §9): counted once, in the first list.
    expect(c.total.schools).toBe(57);
    expect(doc.combined.repeatedSchools).toHaveLength(57);
    expect(c.byUnit.map((u) => [u.unit, u.schools])).toEqual([["Thành phố Kon Tum (xa-a.xlsx)", 57]]);
    const sum = (lines: Line[], k: "schools" | "standard") => lines.reduce((n, l) => n + l[k], 0);
    expect(sum(c.byUnit, "standard")).toBe(c.total.standard);
    expect(sum(c.byCommune, "schools")).toBe(c.total.schools);
    const text = cli("summarize", a, b, "--year", YEAR).stdout;
    expect(text).toContain("Theo đơn vị:");
    expect(text).toContain("Tính một lần trong số liệu chung 57 trường có trong danh sách của nhiều đơn vị");
  });
});

describe("kdcl plan", () => {
  test("writes a Word document with the plan's figures", async () => {
    const out = join(dir, "ke-hoach.docx");
    const run = cli(
      "plan",
      kontum,
      "--out",
      out,
      "--year",
      YEAR,
      "--body",
      "UBND thành phố Kon Tum",
      "--number",
      "15/KH-UBND",
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain("35/57 trường, tỉ lệ 61,40%");
    expect(text).toContain("44.497 triệu đồng");
    expect(text).toContain("Kon Tum, ngày");
    expect(text).toContain("15/KH-UBND");
    expect(text).toContain("Danh sách này gồm: 06 đơn vị./.");
  });

  test("--sections keeps only the sections asked for", async () => {
    const out = join(dir, "kinh-phi.docx");
    expect(cli("plan", kontum, "--out", out, "--year", YEAR, "--sections", "budget").status).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const text = ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(/<[^>]+>/g, "");
    expect(text).toContain("44.497 triệu đồng");
    expect(text).not.toContain("Danh sách này gồm");
  });

  test.each([
    [["plan", "x.xlsx"], /--out/],
    [["plan", "a.xlsx", "b.xlsx", "--out", "p.docx"], /một tệp/],
    [["plan", "a.xlsx", "--out", "p.docx", "--sections", "budget,lunch"], /lunch/],
  ])("refuses %j with one line and exit 2", (args, message) => {
    const run = cli(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("an output folder that does not exist is a clear message, exit 2", () => {
    const run = cli("plan", kontum, "--out", join(dir, "khong-co", "p.docx"), "--year", YEAR);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^kdcl: Không ghi được .*thư mục không tồn tại\.\n$/);
  });
});

describe("a file where no school can be read", () => {
  let list = "";

  beforeAll(async () => {
    // A commune's list under headers the reader does not know: nothing is read, nothing is zero.
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Schools");
    ws.getCell("A1").value = "LIST OF SCHOOLS, PLAN YEAR 2026";
    ws.getRow(3).values = ["No.", "School", "Level", "Recognised", "Planned action"];
    ws.getRow(4).values = [1, "MN Hợp Châu", "CĐ2-MĐ1", "15/08/2021", "Công nhận lại"];
    ws.getRow(5).values = [2, "TH Hợp Châu", "CĐ3-MĐ2", "10/10/2022", ""];
    list = join(dir, "english.xlsx");
    await wb.xlsx.writeFile(list);
  });

  test("summarize says so in one line instead of sections of zeros", () => {
    const run = cli("summarize", list);
    expect(run.stdout).toContain("Không đọc được trường nào trong tệp");
    expect(run.stdout).not.toMatch(/CHỈ TIÊU|KINH PHÍ|ĐẾN HẠN|không có trường nào trong kế hoạch/);
    const json = JSON.parse(cli("summarize", list, "--json").stdout) as {
      files: { coverage: unknown; coverageNote: string }[];
    };
    expect(json.files[0]?.coverage).toBeNull();
    expect(json.files[0]?.coverageNote).toMatch(/^Không đọc được trường nào/);
  });

  test("plan writes no document stating that nothing is due: one line, exit 2", () => {
    const out = join(dir, "ke-hoach-trong.docx");
    const run = cli("plan", list, "--out", out);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^kdcl: Không đọc được trường nào trong tệp .* nên không soạn kế hoạch\./);
    expect(() => readFileSync(out)).toThrow();
  });
});
