/** The BUILT `kdcl summarize` rolling up a province's commune lists: several files, or one sheet each. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CommuneList } from "../helpers/communes";
import { addCommuneSheet } from "../helpers/commune-files";
import { communeCsv, communeList, ROLLUP_YEAR } from "../helpers/communes";
import { AN_PHU, BINH_MINH, DONG_HOA, GIA_BINH, listRows } from "../helpers/province-lists";
import { expectBuilt, kdcl } from "./kdcl";

let dir: string;
const YEAR = String(ROLLUP_YEAR);
const lists = [0, 1, 2, 3].map((i) => communeList(i, 60, i === 2));

interface UnitJson {
  unit: string;
  source: string;
  schools: number | null;
  standard: number | null;
  rate: number | null;
  leftOut?: string;
}
interface RollupJson {
  files: { file: string; unit?: string }[];
  combined: {
    coverage: { total: { schools: number; standard: number; rate: number } };
    leftOutNote?: string;
    targets: { total: { new: number; upgrade: number } };
    budget: { total: number };
    units: UnitJson[];
    communesWithout: string[];
  };
}

beforeAll(async () => {
  expectBuilt();
  dir = mkdtempSync(join(tmpdir(), "kdcl-rollup-"));
  for (const [i, list] of lists.entries()) {
    const wb = new ExcelJS.Workbook();
    addCommuneSheet(wb, "Danh sách", list);
    await wb.xlsx.writeFile(join(dir, `xa-${i + 1}.xlsx`));
  }
  // A list with no recognition column, as a CSV export.
  writeFileSync(
    join(dir, "tra-bong.csv"),
    "DANH SÁCH TRƯỜNG XÃ TRÀ BỒNG\r\n\r\nSTT,Tên trường,Cấp học,Hình thức\r\n1,MN Trà Bồng,Mầm non,Công nhận mới\r\n2,TH Trà Bồng,Tiểu học,\r\n",
  );
  writeFileSync(join(dir, "hong.xlsx"), "not a workbook");
  const book = new ExcelJS.Workbook();
  lists.forEach((l, i) => addCommuneSheet(book, `Xã ${i + 1}`, l));
  await book.xlsx.writeFile(join(dir, "toan-tinh.xlsx"));
  writeFileSync(join(dir, "xa-1.csv"), communeCsv(lists[0] as CommuneList));
  for (const [name, spec] of [
    ["xa-an-phu.xlsx", AN_PHU],
    ["phuong-binh-minh.xlsx", BINH_MINH],
    ["xa-gia-binh.xlsx", GIA_BINH],
    ["phuong-dong-hoa.xlsx", DONG_HOA],
  ] as const) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("DS");
    for (const row of listRows(spec)) ws.addRow([...row]);
    await wb.xlsx.writeFile(join(dir, name));
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sum = (k: keyof CommuneList["expected"]) => lists.reduce((n, l) => n + l.expected[k], 0);

test("several commune files: units by their titles, the combined figures, the lists left out and why", () => {
  const files = ["xa-1.xlsx", "xa-2.xlsx", "xa-3.xlsx", "xa-4.xlsx", "tra-bong.csv", "hong.xlsx"];
  const run = kdcl(dir, "summarize", ...files, "--year", YEAR, "--json");
  expect(run.status).toBe(2); // an input could not be read
  const doc = JSON.parse(run.stdout) as RollupJson;
  const c = doc.combined;
  expect(c.coverage.total).toMatchObject({ schools: sum("schools"), standard: sum("standard") });
  expect(c.coverage.total.rate).toBeCloseTo(sum("standard") / sum("schools"), 12);
  expect(c.targets.total).toMatchObject({ new: sum("new") + 1, upgrade: sum("upgrade") });
  expect(c.budget.total).toBe(sum("budget"));
  // Lowest rate first; the lists without a rate last, with their reason, never at 0%.
  const rated = c.units.filter((u) => u.rate !== null);
  expect(rated.map((u) => u.rate)).toEqual([...rated.map((u) => u.rate)].sort((a, b) => (a ?? 0) - (b ?? 0)));
  expect(new Set(rated.map((u) => u.unit))).toEqual(new Set(lists.map((l) => l.place)));
  expect(c.units.slice(-2)).toEqual([
    expect.objectContaining({ unit: "Xã Trà Bồng", rate: null, leftOut: "no-recognition-column" }),
    expect.objectContaining({ unit: "hong.xlsx", rate: null, leftOut: "unreadable" }),
  ]);
  expect(c.leftOutNote).toContain("Không tính vào tỉ lệ chung 2 danh sách");
  expect(c.communesWithout).toEqual([lists[2]?.place]);
  expect(doc.files.slice(0, 4).map((f) => f.unit)).toEqual(lists.map((l) => l.place));

  const text = kdcl(dir, "summarize", ...files, "--year", YEAR).stdout;
  expect(text).toContain("Theo đơn vị:");
  expect(text).toMatch(/Xã Trà Bồng\s+│?\s*tra-bong\.csv.*không có cột mức công nhận/);
  expect(text).toContain(`Xã, phường chưa có trường đạt chuẩn: ${lists[2]?.place}.`);
});

test("--all-sheets: each sheet of one workbook is a unit, with the same figures as the files", () => {
  const run = kdcl(dir, "summarize", "toan-tinh.xlsx", "--all-sheets", "--year", YEAR, "--json");
  expect(run.status).not.toBe(2);
  const doc = JSON.parse(run.stdout) as RollupJson;
  expect(doc.combined.coverage.total).toMatchObject({ schools: sum("schools"), standard: sum("standard") });
  expect(doc.combined.units.map((u) => u.source).sort()).toEqual(["Xã 1", "Xã 2", "Xã 3", "Xã 4"]);
  expect(doc.files.map((f) => f.unit)).toEqual(lists.map((l) => l.place));
  const text = kdcl(dir, "summarize", "toan-tinh.xlsx", "--all-sheets", "--year", YEAR).stdout;
  for (const l of lists) expect(text).toContain(`${l.place} (Xã `);
});

test("a CSV and an .xlsx of the same commune are two lists, told apart by file; each school counts once", () => {
  const run = kdcl(dir, "summarize", "xa-1.xlsx", "xa-1.csv", "--year", YEAR, "--json");
  const doc = JSON.parse(run.stdout) as RollupJson & { combined: { repeatedSchools: unknown[] } };
  expect(doc.combined.units.map((u) => u.unit).sort()).toEqual([
    `${lists[0]?.place} (xa-1.csv)`,
    `${lists[0]?.place} (xa-1.xlsx)`,
  ]);
  expect(doc.combined.units.map((u) => u.schools)).toEqual([60, 60]);
  expect(doc.combined.coverage.total.schools).toBe(60);
  expect(doc.combined.repeatedSchools).toHaveLength(60);
});

describe("lists that differ: plan years, budget columns, a school two communes list", () => {
  /** The roll-up's own section of the text output. */
  const combined = (...files: string[]): string => {
    const text = kdcl(dir, "summarize", ...files).stdout;
    return text.slice(text.indexOf("TỔNG HỢP CÁC TỆP"));
  };

  test("lists of 2025 and 2026: the same roll-up in either order, the other year named, not zero", () => {
    const forward = combined("phuong-binh-minh.xlsx", "xa-an-phu.xlsx");
    expect(combined("xa-an-phu.xlsx", "phuong-binh-minh.xlsx")).toBe(forward);
    expect(forward).toContain("TỔNG HỢP CÁC TỆP — năm kế hoạch 2026, ngày tham chiếu 31/12/2026");
    expect(forward).toMatch(
      /Xã An Phú\s+xa-an-phu\.xlsx\s+6\s+—\s+—\s+—\s+năm kế hoạch 2025, khác năm tổng hợp/,
    );
    // Bình Minh's line is its own section's rate.
    expect(forward).toMatch(/Phường Bình Minh\s+phuong-binh-minh\.xlsx\s+4\s+2\s+50,00%/);
    expect(forward).not.toContain("KINH PHÍ: 0 triệu đồng");
    expect(forward).toContain(
      "Không gồm kinh phí của 1 danh sách năm kế hoạch khác năm 2026: Xã An Phú (năm 2025).",
    );
    expect(forward).toContain(
      "Không gồm chỉ tiêu của 1 danh sách năm kế hoạch khác năm 2026: Xã An Phú (năm 2025).",
    );
  });

  test("a list without a budget column is no list of funded schools", () => {
    const text = combined("xa-an-phu.xlsx", "phuong-binh-minh.xlsx", "--year", "2025");
    expect(text).toContain("KINH PHÍ: 4.500,5 triệu đồng");
    expect(text).not.toContain("không đề nghị kinh phí mới");
    expect(text).toContain(
      "Không có số liệu kinh phí của 1 danh sách không có cột kinh phí (không coi là đã có kinh phí): Phường Bình Minh;",
    );
  });

  test("a school two communes list is counted once, and both lists are named", () => {
    const text = combined("xa-an-phu.xlsx", "xa-gia-binh.xlsx");
    expect(text).toContain("Nâng mức độ: MN Hoa Sen, TH&THCS Kim Đồng.");
    expect(text).toContain("- Nâng mức độ (02 trường): 1.400 triệu đồng");
    expect(text).toContain(
      "MN Hoa Sen (Xã An Phú): có trong danh sách Xã An Phú (xa-an-phu.xlsx) và Xã Gia Bình (xa-gia-binh.xlsx), tính ở Xã An Phú.",
    );
  });

  test("the renewals due say which unit each row is from", () => {
    const text = combined("xa-an-phu.xlsx", "phuong-dong-hoa.xlsx", "--year", "2025");
    expect(text).toMatch(/Tên trường\s+Đơn vị\s+Hết hạn/);
    expect(text).toMatch(/TH&THCS Kim Đồng\s+Xã An Phú\s+12\/12\/2025/);
    expect(text).toMatch(/TH&THCS Kim Đồng\s+Phường Đông Hòa\s+2026/);
    const doc = JSON.parse(
      kdcl(dir, "summarize", "xa-an-phu.xlsx", "phuong-dong-hoa.xlsx", "--year", "2025", "--json").stdout,
    ) as {
      combined: { due: { name: string; unit?: string }[]; units: { unit: string; planYear: number }[] };
    };
    expect(doc.combined.due.filter((d) => d.name === "TH&THCS Kim Đồng").map((d) => d.unit)).toEqual([
      "Xã An Phú",
      "Phường Đông Hòa",
    ]);
    expect(doc.combined.units.map((u) => u.planYear)).toEqual([2025, 2025]);
  });
});
