/**
 * The built-in sample, read back through the real loader and checked as a user's file would be:
 * the checker must find exactly the faults planted in it (see the table in `sample.ts`).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Finding } from "../../../src/core/findings/finding";
import { findingMessage } from "../../../src/core/findings/render";
import type { Severity } from "../../../src/core/findings/severity";
import type { Grid } from "../../../src/core/grid";
import { tableInfo } from "../../../src/core/validate";
import { loadGrids } from "../../../src/hosts/file/load";
import {
  SAMPLE_FILE_NAME,
  SAMPLE_PLAN_YEAR,
  SAMPLE_SHEET,
  buildSampleWorkbook,
  sampleWorkbookBuffer,
} from "../../../src/hosts/file/sample";
import { checkGrids, type WorkbookCheck } from "../../../src/app/check";
import { TODAY } from "../../helpers/sheet";

/** rule@cell → severity, as SPEC §8 gives it for each planted fault. */
const PLANTED: Readonly<Record<string, Severity>> = {
  "standard-needs-accreditation@F10": "error", // CĐ1 with MĐ1, same assessment (2022, TT 18/2018)
  "code-noncanonical@E11": "info", // "cấp độ 2"
  "recognition-expired@G12": "warning", // recognised 2018, expired 2023
  "type-name-mismatch@C17": "error", // THCS Hà Bắc under "Tiểu học"
  "renewal-not-planned@H20": "warning", // TH Hà Thành, 2019 → expires 2024, no action
  "budget-unit-suspect@I22": "warning", // "1.500.000.000" in triệu đồng
  "cell-error@G23": "error", // #N/A from VLOOKUP
  "duplicate-school@B25": "error", // "Trường TH Sơn Bình" / "xã Sơn Bình" = row 21
  "total-mismatch@I37": "error", // Tổng cộng 10.580
};

/**
 * Not faults: the planned 2019 recognitions expire in the plan year 2024; the 2020 one (year only) may
 * have its dossier due from 08/2024 (SPEC §6). TH Hà Thành (G20/H20) is renewal-not-planned instead.
 */
const DUE: Readonly<Record<string, Severity>> = {
  "renewal-due@G8": "info",
  "renewal-due@G18": "info",
  "renewal-due@G28": "info",
  "renewal-due@G33": "info",
  "renewal-due@G35": "info",
};

const key = (f: Finding): string => `${f.rule}@${f.cell ?? "-"}`;

let dir: string;
let grids: Grid[];
let result: WorkbookCheck;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kdcl-sample-"));
  const path = join(dir, SAMPLE_FILE_NAME);
  writeFileSync(path, await sampleWorkbookBuffer());
  grids = await loadGrids(path);
  result = checkGrids(grids, { planYear: SAMPLE_PLAN_YEAR }, { today: TODAY });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the built-in sample list", () => {
  it("is one list of 26 school rows (25 schools: one planted duplicate) under a two-row merged header, beside a lookup sheet", () => {
    expect(SAMPLE_PLAN_YEAR).toBe(2024);
    expect(grids.map((g) => g.sheet)).toEqual([SAMPLE_SHEET, "Tra cứu QĐ"]);
    expect(result.tables.map(tableInfo)).toEqual([
      {
        sheet: SAMPLE_SHEET,
        range: "A5:J39",
        headerRow: 6,
        rows: 26,
        schools: 25,
        fields: {
          seq: "STT",
          name: "Tên trường",
          type: "Cấp học",
          commune: "Xã, thị trấn",
          accreditation: "Kết quả công nhận KĐCLGD",
          standard: "Kết quả công nhận CQG",
          action: "Hình thức (công nhận mới/lại/nâng mức)",
          decisionDate: "Năm công nhận",
          budget: "Kinh phí (triệu đồng)",
          fundingSource: "Nguồn vốn",
        },
        // Every column of the sample is named in the header vocabulary: none is guessed from its values.
        fieldSources: Object.fromEntries(
          [
            "seq",
            "name",
            "type",
            "commune",
            "accreditation",
            "standard",
            "action",
            "decisionDate",
            "budget",
            "fundingSource",
          ].map((f) => [f, "header"]),
        ),
      },
    ]);
    const [checked] = result.tables;
    const kinds = checked!.table.rows.filter((r) => r.kind !== "school").map((r) => `${r.row}:${r.kind}`);
    expect(kinds).toEqual([
      "7:group",
      "16:group",
      "26:group",
      "32:group",
      "37:total",
      "38:blank",
      "39:footer",
    ]);
    expect(checked!.planList).toBe(false);
  });

  it("has the title rows and merged header a real list has", () => {
    const ws = buildSampleWorkbook().getWorksheet(SAMPLE_SHEET)!;
    expect(ws.getCell("A1").value).toBe("UBND HUYỆN SƠN HÀ");
    expect(String(ws.getCell("A2").value)).toMatch(/^DANH SÁCH TRƯỜNG HỌC .*, NĂM 2024$/);
    expect(String(ws.getCell("A3").value)).toMatch(/^\(Kèm theo Kế hoạch số \d+\/KH-UBND .*\)$/);
    expect(ws.getCell("A39").value).toBe("Danh sách này gồm: 26 đơn vị./.");
    const merges = grids[0]!.merges;
    expect(merges).toEqual(
      expect.arrayContaining([
        { top: 5, left: 5, bottom: 5, right: 6 }, // Kết quả công nhận over KĐCLGD | CQG
        { top: 5, left: 2, bottom: 6, right: 2 }, // Tên trường down both header rows
        { top: 2, left: 1, bottom: 2, right: 10 },
      ]),
    );
  });

  it("yields exactly the planted findings, nothing missing and nothing more", () => {
    const found = result.findings.map(key);
    expect([...found].sort()).toEqual([...Object.keys(PLANTED), ...Object.keys(DUE)].sort());
    for (const f of result.findings) {
      const expected = PLANTED[key(f)] ?? DUE[key(f)];
      if (expected) expect(`${key(f)}:${f.severity}`).toBe(`${key(f)}:${expected}`);
      expect(f.sheet).toBe(SAMPLE_SHEET);
    }
  });

  it("gives the values read and the mechanical fixes", () => {
    const byKey = new Map(result.findings.map((f) => [key(f), f]));
    expect(byKey.get("code-noncanonical@E11")).toMatchObject({ value: "cấp độ 2", fix: "CĐ2" });
    expect(byKey.get("budget-unit-suspect@I22")).toMatchObject({ value: "1.500.000.000", fix: 1500 });
    expect(byKey.get("cell-error@G23")).toMatchObject({ value: "#N/A", column: "Năm công nhận", row: 23 });
    const duplicate = byKey.get("duplicate-school@B25");
    expect(duplicate && findingMessage(duplicate, "en")).toContain("21");
    expect(byKey.get("total-mismatch@I37")).toMatchObject({ value: "10580" });
    expect(byKey.get("standard-needs-accreditation@F10")).toMatchObject({ value: "MĐ1", regime: "tt2018" });
  });

  it("has errors, so the command exits 1 on it", () => {
    expect(result.findings.some((f) => f.severity === "error")).toBe(true);
  });

  it('reads "Chưa đạt" and "-" as no recognition, not as missing values', () => {
    // MN Hà Trung (row 13): "Chưa đạt" in both code cells; TH Hà Trung (row 22): CĐ1 and "-".
    const rows = new Set(result.findings.map((f) => f.row));
    expect(rows.has(13)).toBe(false);
    expect(result.findings.filter((f) => f.row === 22).map(key)).toEqual(["budget-unit-suspect@I22"]);
  });
});
