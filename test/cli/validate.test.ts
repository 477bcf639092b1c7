/**
 * The BUILT `kdcl validate` command (bin/kdcl.js → dist/node), run as a user runs it, on workbooks
 * written here with exceljs. `npm test` builds the command before jest runs.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Run } from "./kdcl";
import { expectBuilt, kdcl } from "./kdcl";

let dir: string;
const cli = (...args: string[]): Run => kdcl(dir, ...args);

type Row = readonly ExcelJS.CellValue[];

const TITLE = "DANH SÁCH TRƯỜNG ĐẠT KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC VÀ CHUẨN QUỐC GIA";
const HEADER = ["STT", "Tên trường", "Xã/phường", "KĐCLGD", "CQG", "Năm công nhận"];

/** A sheet as lists are: a merged title, a blank row, the header in row 3, schools from row 4. */
function listSheet(wb: ExcelJS.Workbook, name: string, rows: readonly Row[], header: Row = HEADER): void {
  const ws = wb.addWorksheet(name);
  ws.getCell("A1").value = TITLE;
  ws.mergeCells(1, 1, 1, header.length);
  ws.getRow(3).values = [...header];
  rows.forEach((r, i) => {
    ws.getRow(4 + i).values = [`${i + 1}.`, ...r];
  });
}

async function save(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Rows 4–6: three clean schools recognised 2021–2023, nothing due in 2024. */
const CLEAN: readonly Row[] = [
  ["MN Hoa Sen", "Xã Ia Chim", "CĐ2", "MĐ1", 2021],
  ["TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ3", "MĐ2", 2022],
  ["THCS Lê Thuyết", "Phường Tứ Hạ", "CĐ2", "MĐ1", 2023],
];

/**
 * Row 4 clean; row 5 CĐ1 with MĐ1 (E5, error); row 6 a #N/A in the CQG cell (E6, error);
 * row 7 repeats row 4 (B7, error); row 8 "cấp độ 3" (D8, info, fix CĐ3).
 */
const FAULTY: readonly Row[] = [
  ["MN Hoa Sen", "Xã Ia Chim", "CĐ2", "MĐ1", 2021],
  ["TH Bình Điền", "Xã Bình Điền", "CĐ1", "MĐ1", 2022],
  ["THCS Hồ Văn Tứ", "Xã Hương Vân", "CĐ2", { error: "#N/A" }, 2021],
  ["Trường MN Hoa Sen", "xã Ia Chim", "CĐ2", "MĐ1", 2021],
  ["TH Hương Vân", "Xã Hương Vân", "cấp độ 3", "MĐ2", 2022],
];

/**
 * Regimes and dates, with day-precise decisions: row 4 CĐ1 with MĐ2 on 15/03/2022 (E5: under the
 * TT 18/2018 rules an error); row 5 CĐ3-MĐ2 on 20/05/2021; row 6 CĐ2-MĐ1 on 15/03/2019, which
 * expires on 15/03/2024.
 */
const DATED_HEADER = ["STT", "Tên trường", "Xã/phường", "KĐCLGD", "CQG", "Ngày công nhận"];
const DATED: readonly Row[] = [
  ["TH Bình Thành", "Xã Bình Thành", "CĐ1", "MĐ2", "15/03/2022"],
  ["THCS Nguyễn Khánh Toàn", "Xã Hương Chữ", "CĐ3", "MĐ2", "20/05/2021"],
  ["MN Tứ Hạ", "Phường Tứ Hạ", "CĐ2", "MĐ1", "15/03/2019"],
];

let clean: string;
let faulty: string;
let dated: string;
let twoSheets: string;
let csv: string;

beforeAll(async () => {
  expectBuilt();
  dir = mkdtempSync(join(tmpdir(), "kdcl-cli-"));
  clean = await save("sach.xlsx", (wb) => listSheet(wb, "DS", CLEAN));
  faulty = await save("loi.xlsx", (wb) => listSheet(wb, "DS", FAULTY));
  dated = await save("ngay.xlsx", (wb) => listSheet(wb, "DS", DATED, DATED_HEADER));
  twoSheets = await save("hai-trang.xlsx", (wb) => {
    const notes = wb.addWorksheet("Ghi chú");
    notes.getCell("A1").value = "Số liệu cập nhật đến 31/12/2023.";
    listSheet(wb, "Danh sách", CLEAN);
  });
  csv = join(dir, "ds.csv");
  writeFileSync(
    csv,
    "\uFEFFSTT;Tên trường;Xã/phường;KĐCLGD;CQG;Năm công nhận\n1.;TH Hương Xuân;Xã Hương Xuân;CĐ1;MĐ1;2022\n",
  );
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface JsonFinding {
  readonly rule: string;
  readonly severity: string;
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly cell: string | null;
  readonly value: string | null;
  readonly message: string;
  readonly params?: Record<string, unknown>;
  readonly basis?: string;
  readonly fix?: string | number;
}

interface JsonFile {
  readonly file: string;
  readonly period: Record<string, unknown>;
  readonly skipped: readonly Record<string, unknown>[];
  readonly tables: readonly Record<string, unknown>[];
  readonly findings: readonly JsonFinding[];
}

function json(run: Run): { files: JsonFile[] } {
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as { files: JsonFile[] };
}

const hits = (file: JsonFile): string[] => file.findings.map((f) => `${f.rule}@${f.cell}:${f.severity}`);

/** No Node stack frame anywhere in what the user sees. */
function expectNoStack(run: Run): void {
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at .+[(:]\d+/m);
}

describe("kdcl validate: exit codes and the report", () => {
  it("exits 0 on a clean list and says there is nothing to fix", () => {
    const run = cli("validate", clean, "--year", "2024");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(clean);
    expect(run.stdout).toContain('Bảng trên trang "DS", vùng A3:F6, dòng tiêu đề 3: 3 trường');
    expect(run.stdout).toContain("Không có phát hiện nào.");
  });

  it("exits 1 on a list with errors and prints each finding with its cell, in Vietnamese by default", () => {
    const run = cli("validate", faulty, "--year", "2024");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    for (const where of [
      "DS!E5  [Mức độ CQG cao hơn kết quả KĐCLGD cho phép]",
      "DS!E6  [Ô chứa lỗi Excel]",
      "DS!B7  [Trường bị trùng]",
      "DS!D8  [Mức công nhận chưa ghi theo cách chuẩn]",
    ]) {
      expect(run.stdout).toContain(where);
    }
    // Rule ids are for machines: the readable report names rules by their titles.
    expect(run.stdout).not.toMatch(/\[[a-z]+(?:-[a-z]+)+\]/);
    expect(run.stdout).toContain("LỖI (3)");
    expect(run.stdout).toContain("Sửa thành: CĐ3");
    expectNoStack(run);
  });

  it("counts schools, and says so when a school takes more than one row", () => {
    const run = cli("validate", faulty, "--year", "2024");
    expect(run.stdout).toContain('Bảng trên trang "DS", vùng A3:F8, dòng tiêu đề 3: 4 trường trên 5 dòng');
    expect(cli("validate", faulty, "--year", "2024", "--lang", "en").stdout).toContain(
      "header row 3: 4 schools on 5 rows",
    );
  });

  it("names the columns it recognised in the pane's words, never by internal field id", () => {
    const run = cli("validate", clean, "--year", "2024");
    expect(run.stdout).toContain(
      "Cột đã nhận: STT → Số thứ tự (theo tiêu đề); Tên trường → Tên trường (theo tiêu đề); " +
        "Xã/phường → Xã, phường (theo tiêu đề); KĐCLGD → Cấp độ KĐCLGD (theo tiêu đề); " +
        "CQG → Mức độ CQG (theo tiêu đề); Năm công nhận → Ngày (năm) công nhận (theo tiêu đề)",
    );
    const english = cli("validate", clean, "--year", "2024", "--lang", "en");
    expect(english.stdout).toContain(
      "Columns found: STT → Number (by its header); Tên trường → School name (by its header); " +
        "Xã/phường → Commune (by its header); KĐCLGD → Accreditation level (KĐCLGD) (by its header); " +
        "CQG → National standard level (CQG) (by its header); " +
        "Năm công nhận → Recognition date (year) (by its header)",
    );
    // No field id (seq, decisionDate, combinedCode…) after an arrow, in either language.
    for (const r of [run, english]) expect(r.stdout).not.toMatch(/→ (?:[a-z]+[A-Z]\w*|seq|name|commune)\b/);
  });

  it("prints the report in English with --lang en", () => {
    const run = cli("validate", faulty, "--year", "2024", "--lang", "en");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("ERRORS (3)");
    expect(run.stdout).not.toContain("LỖI");
  });
});

describe("kdcl validate --json (SPEC §11)", () => {
  const FINDING_KEYS = ["rule", "severity", "sheet", "row", "column", "cell", "value", "message"];
  const OPTIONAL_KEYS = ["basis", "fix"];
  // Not in the §11 list: the regime a rule judged by (SPEC §5 asks that it be shown). Reported.
  const EXTRA_KEYS = ["regime", "params"];
  const FIELDS = [
    "seq",
    "name",
    "type",
    "commune",
    "combinedCode",
    "accreditation",
    "standard",
    "target",
    "action",
    "decisionDate",
    "decisionNumber",
    "previousDate",
    "expiry",
    "planYear",
    "budget",
    "fundingSource",
    "founded",
    "ownership",
  ];

  it("prints one JSON document of exactly the contract's shape", () => {
    const run = cli("validate", faulty, "--year", "2024", "--json");
    expect(run.status).toBe(1);
    const doc = json(run);
    expect(Object.keys(doc)).toEqual(["files"]);
    expect(doc.files).toHaveLength(1);
    const [file] = doc.files;
    expect(Object.keys(file!)).toEqual(["file", "period", "tables", "skipped", "findings"]);
    // The year was given: the user's; the reference date is the end of that year.
    expect(file!.period).toMatchObject({
      planYear: 2024,
      planYearSource: { kind: "user" },
      referenceDate: "2024-12-31",
      referenceSource: { kind: "endOfYear" },
    });
    expect(file!.file).toBe(faulty);
    expect(file!.tables).toEqual([
      {
        sheet: "DS",
        range: "A3:F8",
        headerRow: 3,
        // Row 7 repeats row 4: five school rows, four schools.
        rows: 5,
        schools: 4,
        fields: {
          seq: "STT",
          name: "Tên trường",
          commune: "Xã/phường",
          accreditation: "KĐCLGD",
          standard: "CQG",
          decisionDate: "Năm công nhận",
        },
        fieldSources: {
          seq: "header",
          name: "header",
          commune: "header",
          accreditation: "header",
          standard: "header",
          decisionDate: "header",
        },
      },
    ]);
    for (const t of file!.tables) {
      expect(Object.keys(t)).toEqual([
        "sheet",
        "range",
        "headerRow",
        "rows",
        "schools",
        "fields",
        "fieldSources",
      ]);
      for (const f of Object.keys(t.fields as object)) expect(FIELDS).toContain(f);
    }
    for (const f of file!.findings) {
      const keys = Object.keys(f);
      expect(keys.slice(0, FINDING_KEYS.length)).toEqual(FINDING_KEYS);
      for (const k of keys.slice(FINDING_KEYS.length)) expect([...OPTIONAL_KEYS, ...EXTRA_KEYS]).toContain(k);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(typeof f.rule).toBe("string");
      expect(f.sheet).toBe("DS");
      expect(f.row === null || Number.isInteger(f.row)).toBe(true);
      expect(f.column === null || typeof f.column === "string").toBe(true);
      expect(f.cell === null || /^[A-Z]{1,3}[1-9]\d*$/.test(f.cell)).toBe(true);
      expect(f.value === null || typeof f.value === "string").toBe(true);
      expect(typeof f.message).toBe("string");
      expect(f.message.length).toBeGreaterThan(0);
      if ("basis" in f) expect(typeof f.basis).toBe("string");
      if ("fix" in f) expect(["string", "number"]).toContain(typeof f.fix);
    }
    expect(hits(file!)).toEqual([
      "standard-needs-accreditation@E5:error",
      "cell-error@E6:error",
      "duplicate-school@B7:error",
      "code-noncanonical@D8:info",
    ]);
    const [needs, error, duplicate, noncanonical] = file!.findings;
    expect(needs).toMatchObject({ sheet: "DS", row: 5, column: "CQG", cell: "E5", value: "MĐ1" });
    expect(needs!.basis).toContain("18/2018");
    expect(error).toMatchObject({ row: 6, column: "CQG", value: "#N/A" });
    expect(error).not.toHaveProperty("basis");
    expect(duplicate).toMatchObject({ column: "Tên trường", value: "Trường MN Hoa Sen" });
    expect(noncanonical).toMatchObject({ column: "KĐCLGD", value: "cấp độ 3", fix: "CĐ3" });
    expect(noncanonical!.message).toContain("CĐ3");
    // The parameters travel with the message, so a reader can re-render it in another language.
    expect(needs).toMatchObject({ params: { standard: 1, accreditation: 1, required: 2 } });
    expect(noncanonical).toMatchObject({ params: { text: "cấp độ 3", canonical: "CĐ3" } });
  });

  it("--column names a field's column by header or letter, '-' for none; a header found nowhere is one stderr line", () => {
    const run = cli(
      "validate",
      faulty,
      "--year",
      "2024",
      "--json",
      "--column",
      "Ngày (năm) công nhận=-",
      "--column=commune=B",
      "--column",
      "budget=Kinh phí 2024",
    );
    const doc = JSON.parse(run.stdout) as { files: JsonFile[] };
    const [table] = doc.files[0]!.tables;
    expect(table!.fields).not.toHaveProperty("decisionDate");
    expect(table!.fields).toMatchObject({ commune: "Tên trường" });
    expect(table!.fieldSources).toMatchObject({ commune: "user" });
    expect(run.stderr).toBe(
      `kdcl: ${faulty}: không có cột "Kinh phí 2024" để đọc Kinh phí; --column này bị bỏ qua.\n`,
    );
    const bad = cli("validate", faulty, "--column", "lunch=Bữa trưa");
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("gives the messages in the chosen language", () => {
    const vi = json(cli("validate", faulty, "--year", "2024", "--json"));
    const en = json(cli("validate", faulty, "--year", "2024", "--json", "--lang", "en"));
    expect(vi.files[0]!.findings[1]!.message).toContain("Ô chứa lỗi Excel #N/A");
    expect(en.files[0]!.findings[1]!.message).toContain("Excel error #N/A");
  });
});

describe("kdcl validate on several files", () => {
  it("reports each file in the order given; any file with errors makes the exit code 1", () => {
    const run = cli("validate", clean, faulty, csv, "--year", "2024", "--json");
    expect(run.status).toBe(1);
    const doc = json(run);
    expect(doc.files.map((f) => f.file)).toEqual([clean, faulty, csv]);
    expect(doc.files[0]!.findings).toEqual([]);
    expect(doc.files[1]!.findings).toHaveLength(4);
    expect(doc.files[2]!.tables).toHaveLength(1);
    expect(hits(doc.files[2]!)).toEqual(["standard-needs-accreditation@E2:error"]);
  });

  it("prints one section per file in the text report", () => {
    const run = cli("validate", clean, faulty, "--year", "2024");
    expect(run.status).toBe(1);
    expect(run.stdout.match(/^Tệp: /gm)).toHaveLength(2);
  });

  it("exits 0 when every file is clean", () => {
    expect(cli("validate", clean, twoSheets, "--year", "2024").status).toBe(0);
  });
});

describe("kdcl validate --sheet", () => {
  it("checks the named sheet only", () => {
    const run = cli("validate", twoSheets, "--sheet", "Danh sách", "--year", "2024", "--json");
    expect(run.status).toBe(0);
    expect(json(run).files[0]!.tables.map((t) => t.sheet)).toEqual(["Danh sách"]);
  });

  it("finds the sheet whether its name is typed with precomposed or combining accents", () => {
    const run = cli("validate", twoSheets, "--sheet", "Danh sách".normalize("NFD"), "--year", "2024");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("reports table-not-found (exit 1) for a named sheet that holds no list", () => {
    const run = cli("validate", twoSheets, "--sheet", "Ghi chú", "--year", "2024", "--json");
    expect(run.status).toBe(1);
    const [file] = json(run).files;
    expect(file!.tables).toEqual([]);
    expect(file!.findings).toEqual([
      expect.objectContaining({ rule: "table-not-found", severity: "error", sheet: "Ghi chú", cell: null }),
    ]);
  });

  it("exits 2 with one line naming the sheets there are when the sheet does not exist", () => {
    const run = cli("validate", twoSheets, "--sheet", "Tổng hợp", "--year", "2024");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("Tổng hợp");
    expect(lines[0]).toContain("Ghi chú, Danh sách");
    expectNoStack(run);
  });
});

describe("kdcl validate --year, --date and --regime (SPEC §5, §6)", () => {
  const findings = (...args: string[]): string[] => {
    const run = cli("validate", dated, "--json", ...args);
    const [file] = json(run).files;
    return hits(file!);
  };

  it("judges each row by the rules in force on its decision date by default", () => {
    const run = cli("validate", dated, "--year", "2024", "--json");
    expect(run.status).toBe(1);
    expect(hits(json(run).files[0]!)).toEqual([
      "standard-needs-accreditation@E4:error",
      "renewal-due@F6:info",
    ]);
    const due = json(run).files[0]!.findings[1]!;
    // Expiry 15/03/2024, dossier due five months before.
    expect(due.message).toContain("15/03/2024");
    expect(due.message).toContain("15/10/2023");
  });

  it("--regime tt2026 (unconfirmed) turns the error into a warning and flags cấp độ 3 (exit 0)", () => {
    const run = cli("validate", dated, "--year", "2024", "--regime", "tt2026", "--json");
    expect(run.status).toBe(0);
    const found = hits(json(run).files[0]!);
    expect(found).toContain("standard-needs-accreditation@E4:warning");
    expect(found).toContain("accreditation-out-of-range@D5:warning");
    expect(found.filter((f) => f.endsWith(":error"))).toEqual([]);
    const [first] = json(run).files[0]!.findings as (JsonFinding & { regime?: string })[];
    expect(first!.regime).toBe("tt2026");
  });

  it("--regime legacy does not apply the cấp độ ↔ mức độ rules (exit 0)", () => {
    const run = cli("validate", dated, "--year", "2024", "--regime", "legacy");
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("standard-needs-accreditation");
  });

  it("--year moves the renewal window: due in 2023 (its dossier) and 2024 (its expiry), expired by 2025", () => {
    // 15/03/2019 expires 15/03/2024, its dossier due 15/10/2023.
    expect(findings("--year", "2022")).toEqual(["standard-needs-accreditation@E4:error"]);
    expect(findings("--year", "2023")).toEqual([
      "standard-needs-accreditation@E4:error",
      "renewal-due@F6:info",
    ]);
    expect(findings("--year", "2024")).toContain("renewal-due@F6:info");
    // 20/05/2021 expires 20/05/2026, its dossier due 20/12/2025.
    expect(findings("--year", "2025")).toEqual([
      "standard-needs-accreditation@E4:error",
      "renewal-due@F5:info",
      "recognition-expired@F6:warning",
    ]);
  });

  it("--date sets the reference day: on 01/01/2024 the 2019 recognition has not yet lapsed", () => {
    expect(findings("--year", "2025", "--date", "2024-01-01")).toEqual([
      "standard-needs-accreditation@E4:error",
      "renewal-due@F5:info",
    ]);
    expect(findings("--year", "2025", "--date", "2024-03-15")).toContain("recognition-expired@F6:warning");
  });

  it("--date alone gives the plan year", () => {
    expect(findings("--date", "2024-06-30")).toEqual([
      "standard-needs-accreditation@E4:error",
      "renewal-due@F6:info",
    ]);
  });

  it("--date never overrides the plan year the list's title states: status at 31/12/2024 for a 2025 plan", async () => {
    const path = await save("ke-hoach-2025.xlsx", (wb) => {
      listSheet(wb, "KH", CLEAN);
      wb.getWorksheet("KH")!.getCell("A1").value = "KẾ HOẠCH XÂY DỰNG TRƯỜNG CHUẨN QUỐC GIA NĂM 2025";
    });
    const run = cli("validate", path, "--date", "2024-12-31", "--json");
    expect(json(run).files[0]!.period).toMatchObject({
      planYear: 2025,
      planYearSource: { kind: "title" },
      referenceDate: "2024-12-31",
      referenceSource: { kind: "user" },
    });
    // A list that states no year still takes its plan year from the date.
    const undated = cli("validate", clean, "--date", "2024-12-31", "--json");
    expect(json(undated).files[0]!.period).toMatchObject({
      planYear: 2024,
      planYearSource: { kind: "user" },
    });
  });

  it("--column names the school column of a header the reader does not know, by its text or its letter", async () => {
    const path = await save("english.xlsx", (wb) => {
      const ws = wb.addWorksheet("Schools");
      ws.getCell("A1").value = "LIST OF SCHOOLS, PLAN YEAR 2026";
      ws.mergeCells("A1:E1");
      ws.getRow(3).values = [
        "No.",
        "School name",
        "Accreditation",
        "National standard",
        "Budget (VND million)",
      ];
      ws.getRow(4).values = [1, "MN Hợp Châu", "CĐ2", "MĐ1", 200];
      ws.getRow(5).values = [2, "TH Hợp Châu", "CĐ3", "MĐ2", 650];
      ws.getRow(6).values = [3, "TH Đại Đình", "CĐ2", "MĐ3", null];
    });
    expect(hits(json(cli("validate", path, "--json")).files[0]!)).toEqual(["table-not-found@null:error"]);
    for (const name of ["name=School name", "name=B"]) {
      const run = cli(
        "validate",
        path,
        "--json",
        "--column",
        name,
        "--column",
        "accreditation=Accreditation",
        "--column",
        "standard=National standard",
      );
      const file = json(run).files[0]!;
      expect(file.tables).toMatchObject([{ sheet: "Schools", range: "A3:E6", headerRow: 3, schools: 3 }]);
      // The level that cannot be is found at its cell; the budget's English unit is read as millions.
      expect(hits(file)).toEqual(["standard-out-of-range@D6:error"]);
      expect(run.stderr).toBe("");
    }
  });

  it("prints a number to fix as a Vietnamese figure, and an English one with --lang en", async () => {
    // A commune's list in đồng, where one budget was typed in millions.
    const path = await save("kinh-phi-dong.xlsx", (wb) =>
      listSheet(
        wb,
        "KH",
        [
          ["MN Hoa Sen", "Xã Ea Kar", "Cấp độ 2", "Mức độ 1", 2022, 45_000_000],
          ["TH Lê Lợi", "Xã Ea Kar", "Cấp độ 3", "Mức độ 2", 2021, 60],
        ],
        [...HEADER, "Kinh phí (đồng)"],
      ),
    );
    const vi = cli("validate", path, "--year", "2027");
    expect(vi.stdout).toContain(
      "KH!G5  [Kinh phí có thể sai đơn vị] Kinh phí 60 quá nhỏ cho cột tính bằng đồng",
    );
    expect(vi.stdout).toContain("Sửa thành: 60.000.000\n");
    const en = cli("validate", path, "--year", "2027", "--lang", "en");
    expect(en.stdout).toContain("Fix: 60,000,000\n");
    const json = JSON.parse(cli("validate", path, "--year", "2027", "--json").stdout) as {
      files: { findings: { rule: string; fix?: unknown }[] }[];
    };
    const found = json.files[0]?.findings.find((f) => f.rule === "budget-unit-suspect");
    expect(found?.fix).toBe(60_000_000);
  });
});

describe("kdcl validate: the plan year a workbook states", () => {
  /** A list titled `title`, the header in row 3, as the tester's workbooks are laid out. */
  function titledSheet(
    wb: ExcelJS.Workbook,
    name: string,
    title: string,
    rows: readonly Row[],
    hidden = false,
  ) {
    const ws = wb.addWorksheet(name, { state: hidden ? "hidden" : "visible" });
    ws.getCell("A1").value = title;
    ws.getRow(3).values = ["TT", "Tên trường", "Mã công nhận", "Năm công nhận"];
    rows.forEach((r, i) => {
      ws.getRow(4 + i).values = [i + 1, ...r];
    });
  }

  it("a plan of school year 2026-2027 is the 2026 plan, whichever way the title writes it", async () => {
    for (const title of [
      "KẾ HOẠCH XÂY DỰNG TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM HỌC 2026-2027",
      "DANH SÁCH ĐỀ NGHỊ NH 2026-2027",
      "Danh sách đề nghị công nhận năm học 2026 - 2027",
      "DANH SÁCH ĐỀ NGHỊ NH: 2026-27",
    ]) {
      const path = await save("nam-hoc.xlsx", (wb) =>
        titledSheet(wb, "DS", title, [
          ["MN Sao Mai", "CĐ2-MĐ1", "15/03/2022"],
          ["TH Sao Mai", "CĐ2-MĐ1", "10/09/2021"],
        ]),
      );
      expect(json(cli("validate", path, "--json")).files[0]!.period).toMatchObject({
        planYear: 2026,
        planYearSource: { text: title, schoolYear: "2026-2027" },
        referenceDate: "2026-12-31",
      });
      // The title as written, its school year in sight, then how the year was counted.
      expect(cli("validate", path).stdout).toMatch(
        /Năm kế hoạch 2026 \(theo tiêu đề “.*2026 ?- ?(?:20)?27”, năm học 2026-2027 tính theo năm bắt đầu\); ngày tham chiếu 31\/12\/2026 \(cuối năm kế hoạch\)\./,
      );
    }
  });

  it("a hidden sheet of 2023 before the 2025 list: the plan year is 2025, and the report says the workbook holds both", async () => {
    const path = await save("theo-nam.xlsx", (wb) => {
      titledSheet(
        wb,
        "DS 2023",
        "DANH SÁCH TRƯỜNG NĂM 2023",
        [
          ["MN Lạc Hồng", "", ""],
          ["TH Lạc Hồng", "CĐ2-MĐ1", 2018],
        ],
        true,
      );
      titledSheet(wb, "DS 2025", "DANH SÁCH TRƯỜNG NĂM 2025", [
        ["MN Lạc Hồng", "CĐ2-MĐ1", 2024],
        ["TH Lạc Hồng", "CĐ2-MĐ1", 2023],
      ]);
    });
    expect(json(cli("validate", path, "--json")).files[0]!.period).toMatchObject({
      planYear: 2025,
      planYearSource: { kind: "titleYear", text: "DANH SÁCH TRƯỜNG NĂM 2025", otherYears: [2023] },
      referenceDate: "2025-12-31",
    });
    expect(cli("validate", path).stdout).toContain(
      "Năm kế hoạch 2025 (theo tiêu đề “DANH SÁCH TRƯỜNG NĂM 2025”, năm mới nhất trong các danh sách của tệp; " +
        "danh sách năm 2023 trong tệp cũng được kiểm tra với năm này); ngày tham chiếu 31/12/2025",
    );
  });
});
