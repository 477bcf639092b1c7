/**
 * The BUILT `kdcl` command on inputs it cannot read and on command lines it cannot understand:
 * exit code 2, exactly one line on stderr, never a stack trace (SPEC §11).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Run } from "./kdcl";
import { expectBuilt, kdcl } from "./kdcl";

let dir: string;
let good: string;
let goodBytes: Buffer;
const cli = (...args: string[]): Run => kdcl(dir, ...args);

function file(name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** Exit 2, one line on stderr starting "kdcl: ", no stack frame anywhere; returns that line. */
function expectRefusal(run: Run): string {
  expect(run.status).toBe(2);
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s*at .+[(:]\d+/m);
  expect(run.stderr).not.toMatch(/Error:|TypeError|node:internal|\.js:\d+/);
  expect(run.stderr.endsWith("\n")).toBe(true);
  const lines = run.stderr.slice(0, -1).split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^kdcl: \S/);
  return lines[0]!;
}

beforeAll(async () => {
  expectBuilt();
  dir = mkdtempSync(join(tmpdir(), "kdcl-cli-in-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  ws.addRow(["STT", "Tên trường", "Xã/phường", "KĐCLGD", "CQG", "Năm công nhận"]);
  // Enough rows that cutting the file in half leaves a damaged zip, not an empty one.
  for (let i = 1; i <= 200; i++) ws.addRow([i, `TH Số ${i} Hương Toàn`, "Xã Hương Toàn", "CĐ2", "MĐ1", 2022]);
  goodBytes = Buffer.from(await wb.xlsx.writeBuffer());
  good = file("ds.xlsx", goodBytes);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("kdcl on inputs it cannot read", () => {
  it("reads the good workbook these cases are made from (exit 0)", () => {
    const run = cli("validate", good, "--year", "2024");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  const cases: [string, () => string, RegExp][] = [
    ["a missing file", () => join(dir, "khong-co.xlsx"), /Không tìm thấy tệp .*khong-co\.xlsx/],
    ["an empty file", () => file("rong.xlsx", ""), /rỗng/],
    [
      "a text file renamed .xlsx",
      () => file("van-ban.xlsx", "STT,Tên trường\n1,TH A\n"),
      /không phải là tệp Excel/,
    ],
    ["a truncated .xlsx", () => file("cut.xlsx", goodBytes.subarray(0, goodBytes.length >> 1)), /hỏng/],
    [
      "a directory",
      () => {
        const d = join(dir, "thu-muc.xlsx");
        mkdirSync(d, { recursive: true });
        return d;
      },
      /thư mục/,
    ],
    [
      "a cut-off .xls workbook",
      () => file("cu.xls", Buffer.from("d0cf11e0a1b11ae1", "hex")),
      /cu\.xls bị hỏng/,
    ],
    [
      "an unsupported file type",
      () => file("ke-hoach.pdf", "%PDF-1.7\n"),
      /\.xlsx, \.xlsm, \.xls, \.ods hoặc \.csv/,
    ],
    [
      "a CSV in a code page other than UTF-8, UTF-16 or Windows-1258",
      () => file("ansi.csv", Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a])),
      /UTF-8, UTF-16 hay Windows-1258/,
    ],
  ];

  it.each(cases)("refuses %s with exit 2 and one line on stderr", (_name, make, message) => {
    const path = make();
    const run = cli("validate", path, "--year", "2024");
    expect(expectRefusal(run)).toMatch(message);
    expect(run.stdout).toBe("");
  });

  it("says the same in English with --lang en", () => {
    const line = expectRefusal(cli("validate", join(dir, "missing.xlsx"), "--lang", "en"));
    expect(line).toBe(`kdcl: File not found: ${join(dir, "missing.xlsx")}.`);
  });

  it("still reports the readable files, and exits 2, when one of several cannot be read", () => {
    const run = cli("validate", good, join(dir, "khong-co.xlsx"), "--year", "2024");
    expectRefusal(run);
    expect(run.stdout).toContain(`Tệp: ${good}`);
  });

  it("refuses an unreadable file under --json too, keeping stdout one JSON document", () => {
    const run = cli("validate", good, join(dir, "khong-co.xlsx"), "--year", "2024", "--json");
    expectRefusal(run);
    const doc = JSON.parse(run.stdout) as { files: { file: string }[] };
    expect(doc.files.map((f) => f.file)).toEqual([good, join(dir, "khong-co.xlsx")]);
  });
});

describe("kdcl on command lines it cannot understand", () => {
  const bad: [string, string[], RegExp][] = [
    ["an unknown command", ["check", "ds.xlsx"], /unknown command/],
    ["an unknown option", ["validate", "ds.xlsx", "--bogus"], /--bogus/],
    ["no input file", ["validate", "--year", "2024"], /no input file/],
    ["--year without a value", ["validate", "ds.xlsx", "--year"], /--year/],
    ["--year of two digits", ["validate", "ds.xlsx", "--year", "24"], /YYYY/],
    ["--year that is a word", ["validate", "ds.xlsx", "--year=năm"], /YYYY/],
    ["--date in day-first form", ["validate", "ds.xlsx", "--date", "31/12/2024"], /YYYY-MM-DD/],
    ["--date that does not exist", ["validate", "ds.xlsx", "--date", "2023-02-29"], /YYYY-MM-DD/],
    ["an unknown regime", ["validate", "ds.xlsx", "--regime", "tt2030"], /tt2018a/],
    ["an unknown language", ["validate", "ds.xlsx", "--lang", "fr"], /vi|en/],
    ["--sheet without a name", ["validate", "ds.xlsx", "--sheet"], /--sheet/],
  ];

  it.each(bad)("refuses %s with exit 2 and a one-line message", (_name, args, message) => {
    const run = cli(...args);
    expect(expectRefusal(run)).toMatch(message);
    expect(run.stdout).toBe("");
  });

  it("prints the usage and exits 0 on --help and -h", () => {
    for (const args of [["--help"], ["-h"], ["validate", "--help"]]) {
      const run = cli(...args);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain("kdcl validate <tệp.xlsx|tệp.csv>...");
      expect(run.stdout).toMatch(/--year[\s\S]*--date[\s\S]*--regime[\s\S]*--json/);
    }
  });
});
