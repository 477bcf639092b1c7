/**
 * The BUILT `kdcl plan` and `kdcl report` never lose a user's file: an output never replaces an
 * input, however it is named (links, hard links, /proc/self/cwd, a linked folder); an existing file
 * kdcl did not write is replaced only with --force; the extension says what is written, and a
 * macro-enabled workbook stays one with its macros.
 */
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { KONTUM_PLAN_YEAR, kontumWorkbook } from "../fixtures/kontum";
import type { Run } from "./kdcl";
import { expectBuilt, expectRefusal, kdcl } from "./kdcl";

let dir: string;
let list: string;
let listBytes: Buffer;
const YEAR = String(KONTUM_PLAN_YEAR);
const cli = (...args: string[]): Run => kdcl(dir, ...args);

beforeAll(async () => {
  expectBuilt();
  dir = mkdtempSync(join(tmpdir(), "kdcl-out-"));
  list = join(dir, "ds.xlsx");
  await kontumWorkbook().xlsx.writeFile(list);
  listBytes = readFileSync(list);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function unchanged(): void {
  expect(readFileSync(list).equals(listBytes)).toBe(true);
}

describe("an output never replaces an input", () => {
  const names: [string, () => { report: string; plan: string }][] = [
    ["its own name", () => ({ report: list, plan: list })],
    [
      "a symbolic link to it",
      () => {
        symlinkSync(list, join(dir, "lien-ket.xlsx"));
        symlinkSync(list, join(dir, "lien-ket.docx"));
        return { report: join(dir, "lien-ket.xlsx"), plan: join(dir, "lien-ket.docx") };
      },
    ],
    [
      "a hard link to it",
      () => {
        linkSync(list, join(dir, "cung-tep.xlsx"));
        linkSync(list, join(dir, "cung-tep.docx"));
        return { report: join(dir, "cung-tep.xlsx"), plan: join(dir, "cung-tep.docx") };
      },
    ],
    [
      "/proc/self/cwd/…",
      () => {
        linkSync(list, join(dir, "qua-proc.docx"));
        return { report: "/proc/self/cwd/ds.xlsx", plan: "/proc/self/cwd/qua-proc.docx" };
      },
    ],
    [
      "a path through a linked folder",
      () => {
        symlinkSync(dir, join(dir, "thu-muc-lien-ket"));
        linkSync(list, join(dir, "qua-thu-muc.docx"));
        return {
          report: join(dir, "thu-muc-lien-ket", "ds.xlsx"),
          plan: join(dir, "thu-muc-lien-ket", "qua-thu-muc.docx"),
        };
      },
    ],
    ["a relative path with ..", () => ({ report: join("..", relative(join(dir, ".."), list)), plan: list })],
  ];

  it.each(names)("--out as %s: report and plan refuse with exit 2, the list untouched", (_n, make) => {
    const out = make();
    const report = cli("report", list, "--out", out.report, "--year", YEAR, "--force");
    expect(expectRefusal(report)).toMatch(/--out trùng với tệp đầu vào/);
    unchanged();
    const plan = cli("plan", list, "--out", out.plan, "--year", YEAR, "--force");
    if (out.plan === list) expect(expectRefusal(plan)).toMatch(/phải có đuôi \.docx/);
    else expect(expectRefusal(plan)).toMatch(/--out trùng với tệp đầu vào/);
    unchanged();
  });
});

describe("an existing file kdcl did not write needs --force", () => {
  it("refuses --out notes.txt for its extension, and an existing workbook of the user's without --force", async () => {
    writeFileSync(join(dir, "notes.txt"), "ghi chú");
    expect(expectRefusal(cli("report", list, "--out", "notes.txt", "--year", YEAR))).toMatch(
      /--out notes\.txt phải có đuôi \.xlsx/,
    );
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("ghi chú");

    const theirs = join(dir, "cua-phong.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Số liệu").getCell("A1").value = "Bảng của phòng";
    await wb.xlsx.writeFile(theirs);
    const before = readFileSync(theirs);
    const refused = cli("report", list, "--out", theirs, "--year", YEAR);
    expect(expectRefusal(refused)).toMatch(/không phải tệp do kdcl tạo ra; thêm --force/);
    expect(readFileSync(theirs).equals(before)).toBe(true);

    const forced = cli("report", list, "--out", theirs, "--year", YEAR, "--force");
    expect(forced.stderr).toBe("");
    expect(forced.status).toBe(0);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(theirs);
    expect(written.worksheets.map((w) => w.name)).toEqual([
      "Danh sách trường",
      "Tổng hợp",
      "Kết quả kiểm tra",
    ]);
  });

  it("replaces its own earlier report and plan without --force", () => {
    const report = join(dir, "bao-cao.xlsx");
    const plan = join(dir, "ke-hoach.docx");
    for (let i = 0; i < 2; i++) {
      const r = cli("report", list, "--out", report, "--year", YEAR);
      expect([r.status, r.stderr]).toEqual([0, ""]);
      const p = cli("plan", list, "--out", plan, "--year", YEAR);
      expect([p.status, p.stderr]).toEqual([0, ""]);
    }
  });

  it("a Word file of the user's is not replaced by a plan without --force", () => {
    const theirs = join(dir, "cong-van.docx");
    writeFileSync(theirs, "not really Word, but the user's");
    expect(expectRefusal(cli("plan", list, "--out", theirs, "--year", YEAR))).toMatch(/--force/);
    expect(readFileSync(theirs, "utf8")).toBe("not really Word, but the user's");
  });

  it("refuses a folder, a link to nothing, and a folder that does not exist", () => {
    mkdirSync(join(dir, "la-thu-muc.xlsx"));
    expect(expectRefusal(cli("report", list, "--out", join(dir, "la-thu-muc.xlsx"), "--force"))).toMatch(
      /là một thư mục/,
    );
    symlinkSync(join(dir, "khong-co-dau.xlsx"), join(dir, "lien-ket-hong.xlsx"));
    expect(expectRefusal(cli("report", list, "--out", join(dir, "lien-ket-hong.xlsx")))).toMatch(
      /liên kết tới một tệp không tồn tại/,
    );
    expect(expectRefusal(cli("plan", list, "--out", join(dir, "khong", "co", "kh.docx")))).toMatch(
      /thư mục không tồn tại/,
    );
  });
});

/** A macro-enabled workbook: the list, a VBA project part and the macro-enabled content type. */
async function macroWorkbook(path: string, vba: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(await kontumWorkbook().xlsx.writeBuffer());
  zip.file("xl/vbaProject.bin", vba);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types
      .replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      )
      .replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
      ),
  );
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

describe("the extension matches what is written", () => {
  it("a macro-enabled workbook is reported as .xlsm, its macros and content type kept", async () => {
    const xlsm = join(dir, "co-macro.xlsm");
    const vba = Uint8Array.from({ length: 3000 }, (_, i) => (i * 37) % 251);
    await macroWorkbook(xlsm, vba);
    expect(expectRefusal(cli("report", xlsm, "--out", join(dir, "bc-macro.xlsx"), "--year", YEAR))).toMatch(
      /phải có đuôi \.xlsm vì tệp gốc có macro/,
    );
    const run = cli("report", xlsm, "--out", join(dir, "bc-macro.xlsm"), "--year", YEAR);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "bc-macro.xlsm")));
    expect(await zip.file("xl/vbaProject.bin")?.async("uint8array")).toEqual(vba);
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    expect(types).toContain(
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>',
    );
    expect(await zip.file("xl/_rels/workbook.xml.rels")?.async("string")).toContain("vbaProject.bin");
  });

  it("a plain workbook cannot be written as .xlsm, a plan only as .docx", () => {
    expect(expectRefusal(cli("report", list, "--out", join(dir, "x.xlsm"), "--year", YEAR))).toMatch(
      /phải có đuôi \.xlsx vì tệp gốc không có macro/,
    );
    expect(expectRefusal(cli("plan", list, "--out", join(dir, "kh.pdf"), "--lang", "en"))).toMatch(
      /must end in \.docx as the plan is written as a Word file/,
    );
  });
});
