/**
 * The BUILT `kdcl` says what is wrong in words that do not mislead, on one line: a password-protected
 * workbook, an Excel 97–2003 file under a new name, a file it may not read, a sheet that is only
 * large; file names and cell text reach the terminal with their control characters escaped; options
 * split at the first "=" only; a CSV's name may hold any character.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { read, write } from "@e965/xlsx";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { KONTUM_PLAN_YEAR, kontumWorkbook } from "../fixtures/kontum";
import type { Run } from "./kdcl";
import { expectBuilt, expectRefusal, kdcl, ROOT } from "./kdcl";

let dir: string;
let list: string;
const YEAR = String(KONTUM_PLAN_YEAR);
const cli = (...args: string[]): Run => kdcl(dir, ...args);

beforeAll(async () => {
  expectBuilt();
  dir = mkdtempSync(join(tmpdir(), "kdcl-msg-"));
  chmodSync(dir, 0o755);
  list = join(dir, "ds.xlsx");
  await kontumWorkbook().xlsx.writeFile(list);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * An OLE compound file as Office writes one: the signature, then (in its directory sector) the
 * names of its streams in UTF-16LE.
 */
function compoundFile(streams: readonly string[]): Buffer {
  const out = Buffer.alloc(4096);
  Buffer.from("d0cf11e0a1b11ae1", "hex").copy(out, 0);
  streams.forEach((name, i) => {
    const at = 1024 + i * 128;
    out.write(name, at, "utf16le");
    out.writeUInt16LE((name.length + 1) * 2, at + 64);
  });
  return out;
}

describe("messages that say what the file is", () => {
  it("a password-protected workbook says so", () => {
    const path = join(dir, "mat-khau.xlsx");
    writeFileSync(
      path,
      compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]),
    );
    expect(expectRefusal(cli("validate", path))).toMatch(/có mật khẩu: hãy mở bằng Excel, bỏ mật khẩu/);
    expect(expectRefusal(cli("report", path, "--out", join(dir, "bc.xlsx")))).toMatch(/có mật khẩu/);
    expect(expectRefusal(cli("validate", path, "--lang", "en"))).toMatch(/is password-protected/);
  });

  it("an Excel 97–2003 workbook under an .xlsx name is read as the .xls it is", async () => {
    const book = read(new Uint8Array(await kontumWorkbook().xlsx.writeBuffer()), { type: "array" });
    const path = join(dir, "doi-ten.xlsx");
    writeFileSync(path, new Uint8Array(write(book, { type: "array", bookType: "xls" }) as ArrayBuffer));
    const run = cli("validate", path, "--year", YEAR, "--json");
    expect(run.stderr).toBe("");
    const doc = JSON.parse(run.stdout) as { files: { tables: { rows: number }[] }[] };
    expect(doc.files[0]?.tables[0]?.rows).toBe(57);
    // A compound file that is no workbook at all is not called one.
    const other = join(dir, "khac.xlsx");
    writeFileSync(other, compoundFile(["Root Entry", "WordDocument", "\u0001CompObj"]));
    expect(expectRefusal(cli("validate", other))).toMatch(/khac\.xlsx không phải là tệp Excel/);
  });

  it("a file that exists but may not be read is not called missing", () => {
    const path = join(dir, "khoa.xlsx");
    writeFileSync(path, readFileSync(list));
    chmodSync(path, 0o000);
    // As root every file is readable: run as an ordinary user then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "kdcl.js"), "validate", path], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "" },
      ...asUser,
    });
    const line = expectRefusal({ status: r.status, stdout: r.stdout, stderr: r.stderr });
    expect(line).toBe(`kdcl: Không đọc được tệp ${path}: không có quyền đọc tệp này.`);
    chmodSync(path, 0o644);
  });

  it("a sheet that reaches row 1,048,576 is read, not called damaged", async () => {
    const wb = kontumWorkbook();
    const ws = wb.getWorksheet("Danh sách trường") as ExcelJS.Worksheet;
    // A format applied down to the last row Excel has, as whole-column formatting leaves it.
    ws.getCell("L1048576").value = "cuối";
    const path = join(dir, "den-dong-cuoi.xlsx");
    await wb.xlsx.writeFile(path);
    const run = cli("validate", path, "--year", YEAR, "--json");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as { files: { tables: { rows: number }[] }[] };
    expect(doc.files[0]?.tables[0]?.rows).toBe(57);
    const report = cli("report", path, "--out", join(dir, "den-dong-cuoi-bc.xlsx"), "--year", YEAR);
    expect([report.status, report.stderr]).toEqual([0, ""]);
  });
});

describe("file names and cell text are escaped for the terminal", () => {
  it("a file name with a line break cannot forge a second message line", () => {
    const path = join(dir, "ds\nkdcl: Đã ghi xong.xlsx");
    const line = expectRefusal(cli("validate", path));
    expect(line).toBe(`kdcl: Không tìm thấy tệp ${dir}/ds\\nkdcl: Đã ghi xong.xlsx.`);
  });

  it("an escape sequence in a CSV cell is shown, not obeyed, in the text report and in JSON", () => {
    const path = join(dir, "mau\u001b[31m.csv");
    writeFileSync(
      path,
      "STT,Tên trường,Cấp học,KĐCLGD,CQG,Năm công nhận\n1.,TH Số 1,Tiểu học,\u001b[2J\u001b[31mĐỎ\u009b0m,MĐ1,2019\n",
    );
    const run = cli("validate", path, "--year", "2024");
    expect(run.status).toBe(1);
    const out = run.stdout;
    for (const raw of ["\u001b", "\u009b"]) expect(out.includes(raw)).toBe(false);
    expect(out).toContain("mau\\x1B[31m.csv");
    expect(out).toContain("\\x1B[2J\\x1B[31mĐỎ\\x9B0m");
    const json = cli("validate", path, "--year", "2024", "--json").stdout;
    for (const raw of ["\u001b", "\u009b"]) expect(json.includes(raw)).toBe(false);
    const doc = JSON.parse(json) as { files: { file: string; findings: { value: unknown }[] }[] };
    expect(doc.files[0]?.file).toBe(path);
    expect(doc.files[0]?.findings.map((f) => f.value)).toContain("\u001b[2J\u001b[31mĐỎ\u009b0m");
  });
});

describe("options and file names", () => {
  it("--out=bao-cao=2024.xlsx names the file bao-cao=2024.xlsx; --body= keeps its '='", async () => {
    const run = cli("report", list, "--out=bao-cao=2024.xlsx", "--year", YEAR);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(existsSync(join(dir, "bao-cao=2024.xlsx"))).toBe(true);
    expect(existsSync(join(dir, "bao-cao"))).toBe(false);
    const plan = cli("plan", list, "--out=ke-hoach=2024.docx", "--body=UBND huyện A=B", "--year", YEAR);
    expect([plan.status, plan.stderr]).toEqual([0, ""]);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "ke-hoach=2024.docx")));
    const text = ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(/<[^>]+>/g, "");
    expect(text).toContain("UBND HUYỆN A=B");
  });

  it.each(["DS [2024].csv", "DS?.csv", "'trích'.csv", "a:b*c\\d.csv"])(
    "a CSV named %s is checked and reported, its sheet named as Excel allows",
    async (name) => {
      const path = join(dir, name);
      writeFileSync(
        path,
        "STT,Tên trường,Cấp học,KĐCLGD,CQG,Năm công nhận\n1.,TH Số 1 Hương Toàn,Tiểu học,CĐ2,MĐ1,2019\n2.,MN Sơn Hà,Mầm non,CĐ3,MĐ2,2020\n",
      );
      expect(cli("validate", path, "--year", "2024").status).toBe(0);
      const out = join(dir, `${name.replace(/[^a-z]/gi, "")}-bc.xlsx`);
      const run = cli("report", path, "--out", out, "--year", "2024");
      expect([run.status, run.stderr]).toEqual([0, ""]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
      expect(sheet.name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.getCell("B2").value).toBe("TH Số 1 Hương Toàn");
      expect(wb.worksheets.map((w) => w.name).slice(1)).toEqual(["Tổng hợp", "Kết quả kiểm tra"]);
    },
  );
});
