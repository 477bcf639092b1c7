/**
 * Each command loads only what it uses: the .xlsx is read with the product's own zip and XML readers
 * and a report written with its own zip writer, so `validate`, `summarize` and `report` start without
 * exceljs, docx or JSZip; only a plan loads the libraries that write a Word document.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { expectBuilt, ROOT } from "./kdcl";

const LIBRARIES = ["exceljs", "docx", "jszip"];
let dir = "";
let list = "";

/** The packages under node_modules a run of the built command has loaded, by name. */
function packagesLoaded(...args: string[]): string[] {
  const script =
    `require(${JSON.stringify(join(ROOT, "dist", "node", "cli", "main.js"))})` +
    `.main(${JSON.stringify(args)}, { stdout: () => {}, stderr: () => {}, today: new Date(2026, 11, 5) })` +
    ".then((code) => {" +
    "const names = new Set(Object.keys(require.cache).map((f) => (/node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(f) || [])[1]).filter(Boolean));" +
    "process.stdout.write(JSON.stringify({ code, names: [...names].sort() }));" +
    "});";
  const r = spawnSync(process.execPath, ["-e", script], { cwd: dir, encoding: "utf8", timeout: 60_000 });
  const out = JSON.parse(r.stdout) as { code: number; names: string[] };
  expect(out.code).toBe(0);
  return out.names;
}

beforeAll(async () => {
  expectBuilt();
  dir = mkdtempSync(join(tmpdir(), "kdcl-modules-"));
  list = join(dir, "danh-sach.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2024"]);
  ws.mergeCells("A1:F1");
  ws.addRow(["STT", "Tên trường", "Xã, phường", "KĐCLGD", "CQG", "Năm công nhận"]);
  ws.addRow([1, "Trường Mầm non Hoa Sen", "Xã Sơn Hà", "Cấp độ 2", "Mức độ 1", 2022]);
  ws.addRow([2, "Trường Tiểu học Kim Đồng", "Xã Sơn Hà", "Cấp độ 3", "Mức độ 2", 2023]);
  await wb.xlsx.writeFile(list);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([["validate"], ["summarize"]])("%s reads an .xlsx without exceljs, docx or JSZip", (command) => {
  const loaded = packagesLoaded(command, list, "--year", "2024");
  expect(loaded.filter((name) => LIBRARIES.includes(name))).toEqual([]);
});

test("a report, written by the product's own zip writer, needs none of them either", () => {
  const loaded = packagesLoaded("report", list, "--out", join(dir, "bao-cao.xlsx"), "--year", "2024");
  expect(loaded.filter((name) => LIBRARIES.includes(name))).toEqual([]);
});

test("a plan loads docx and JSZip, which write it, so the checks above can see a library", () => {
  const loaded = packagesLoaded("plan", list, "--out", join(dir, "ke-hoach.docx"), "--year", "2024");
  expect(loaded).toEqual(expect.arrayContaining(["docx", "jszip"]));
  expect(loaded).not.toContain("exceljs");
});
