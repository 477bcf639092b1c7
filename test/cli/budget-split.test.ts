/**
 * The BUILT `kdcl` on lists whose budget is split into columns by funding source (SPEC §9, §10): the
 * tester's two workbooks, as exceljs writes them, with the total row's formulas left uncomputed.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Run } from "./kdcl";
import { expectBuilt, kdcl } from "./kdcl";

let dir: string;
let split: string;
let twoCols: string;
const cli = (...args: string[]): Run => kdcl(dir, ...args);

/** "Nhu cầu kinh phí (triệu đồng)" merged over "Ngân sách | XHH", a total row of SUM formulas. */
async function writeSplit(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  const rows: (string | number | { formula: string } | null)[][] = [
    ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2025"],
    [],
    ["TT", "Tên trường", "Hình thức", "Mã đề nghị", "Nhu cầu kinh phí (triệu đồng)", ""],
    ["", "", "", "", "Ngân sách", "XHH"],
    [1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", "1,5", "0,5"],
    [2, "TH Hoa Lan", "CN lại", "CĐ3-MĐ2", "1.500", "200"],
    [3, "THCS Hoa Lan", "Nâng mức", "CĐ3-MĐ2", 2500.5, ""],
    [4, "MN Cẩm Tú", "CN mới", "CĐ2-MĐ1", "", "300"],
    ["", "Tổng cộng", "", "", { formula: "SUM(E5:E8)" }, { formula: "SUM(F5:F8)" }],
  ];
  for (const r of rows) ws.addRow(r);
  for (const m of ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3"]) ws.mergeCells(m);
  await wb.xlsx.writeFile(path);
}

/** One-row headers "Kinh phí ngân sách (triệu đồng)" and "Kinh phí xã hội hóa (triệu đồng)". */
async function writeTwoCols(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  const rows: (string | number)[][] = [
    ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2025"],
    [],
    [
      "TT",
      "Tên trường",
      "Hình thức",
      "Mã đề nghị",
      "Kinh phí ngân sách (triệu đồng)",
      "Kinh phí xã hội hóa (triệu đồng)",
    ],
    [1, "MN Hoa Lan", "CN mới", "CĐ2-MĐ1", 300, 100],
    [2, "TH Hoa Lan", "CN lại", "CĐ3-MĐ2", 150, 50],
    [3, "MN Cẩm Tú", "CN mới", "CĐ2-MĐ1", "", 300],
  ];
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
}

async function planText(file: string, out: string): Promise<string> {
  const run = cli("plan", file, "--out", out, "--year", "2025", "--sections", "budget");
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(out));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
}

beforeAll(async () => {
  expectBuilt();
  dir = mkdtempSync(join(tmpdir(), "kdcl-split-"));
  split = join(dir, "l7_budget_split.xlsx");
  twoCols = join(dir, "l7b_budget_two_cols.xlsx");
  await writeSplit(split);
  await writeTwoCols(twoCols);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a budget under a merged group header, split into Ngân sách | XHH", () => {
  test("summarize counts both columns, by source, and calls no school funded", () => {
    const run = cli("summarize", split, "--year", "2025");
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(
      [
        "KINH PHÍ: 4.502,5 triệu đồng",
        "  - Công nhận mới (02 trường): 302 triệu đồng",
        "  - Công nhận lại (01 trường): 1.700 triệu đồng",
        "  - Nâng mức độ (01 trường): 2.500,5 triệu đồng",
        "  Theo nguồn kinh phí:",
        "  - Ngân sách: 4.002 triệu đồng",
        "  - Xã hội hóa: 500,5 triệu đồng",
        "",
      ].join("\n"),
    );
    expect(run.stdout).not.toContain("Chưa ghi nguồn");
    expect(run.stdout).not.toContain("không đề nghị kinh phí mới");
  });

  test("--json gives the same figures", () => {
    const doc = JSON.parse(cli("summarize", split, "--year", "2025", "--json").stdout) as {
      files: { budget: { total: number; bySource: unknown; unfunded: string[] } }[];
    };
    const b = doc.files[0]!.budget;
    expect(b.total).toBe(4502.5);
    expect(b.bySource).toEqual([
      { source: "Ngân sách", amount: 4002 },
      { source: "Xã hội hóa", amount: 500.5 },
    ]);
    expect(b.unfunded).toEqual([]);
  });

  test("validate says which columns it added up", () => {
    const run = cli("validate", split, "--year", "2025");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "Kinh phí chia theo nguồn, cộng các cột: Nhu cầu kinh phí (triệu đồng) Ngân sách → Ngân sách; " +
        "Nhu cầu kinh phí (triệu đồng) XHH → Xã hội hóa\n",
    );
  });

  test("the plan gives the whole need, both sources, and no 'no additional budget' sentence", async () => {
    const text = await planText(split, join(dir, "split.docx"));
    expect(text).toContain("Tổng kinh phí: 4.502,5 triệu đồng, gồm:");
    expect(text).toContain("- Ngân sách: 4.002 triệu đồng;\n- Xã hội hóa: 500,5 triệu đồng.");
    expect(text).not.toContain("Không đề nghị bổ sung kinh phí");
  });
});

describe("one-row headers 'Kinh phí ngân sách' and 'Kinh phí xã hội hóa'", () => {
  test("summarize and the plan count 900, not 450", async () => {
    const run = cli("summarize", twoCols, "--year", "2025");
    expect(run.stdout).toContain("KINH PHÍ: 900 triệu đồng");
    expect(run.stdout).toContain("  - Ngân sách: 450 triệu đồng\n  - Xã hội hóa: 450 triệu đồng\n");
    expect(run.stdout).not.toContain("không đề nghị kinh phí mới");
    const text = await planText(twoCols, join(dir, "two.docx"));
    expect(text).toContain("Tổng kinh phí: 900 triệu đồng, gồm:");
    expect(text).not.toContain("Không đề nghị bổ sung kinh phí");
  });
});
