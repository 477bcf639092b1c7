import fc from "fast-check";
import ExcelJS from "exceljs";
import type { Finding } from "../../../src/core/findings/finding";
import { findingBasis, findingMessage, ruleTitle } from "../../../src/core/findings/render";
import { parseRangeA1 } from "../../../src/core/grid";
import { buildOutputSheets } from "../../../src/core/output/build";
import { buildSummarySheet } from "../../../src/core/output/summary-sheet";
import { checkGrids } from "../../../src/app/check";
import { sheet, TODAY } from "../../helpers/sheet";
import type { OutputCell, OutputSheet } from "../../../src/core/output/model";
import { cellsInRange, isValidTableName, numberFormatOf } from "../../../src/core/output/model";
import { KONTUM_HEADER, KONTUM_PLAN_YEAR, kontumRows } from "../../fixtures/kontum";
import { cellAt, checked, dataRows, kontum, rowLabelled, shown, table, texts, totalsRow } from "./helpers";

function sheetsOf(lang: "vi" | "en" = "vi"): {
  summary: OutputSheet;
  findings: OutputSheet;
  input: ReturnType<typeof kontum>;
} {
  const input = kontum();
  const [summary, findings] = buildOutputSheets({ ...input, lang, sourceFile: "kontum.xlsx" });
  if (!summary || !findings) throw new Error("two sheets expected");
  return { summary, findings, input };
}

/** A list with the header of the Kon Tum draft and the given rows, numbered. */
function listWorkbook(rows: readonly (readonly (string | number)[])[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách trường");
  ws.addRow(["DANH SÁCH TRƯỜNG HỌC NĂM 2023"]);
  ws.addRow([]);
  ws.addRow(KONTUM_HEADER);
  rows.forEach((r, i) => ws.addRow([`${i + 1}.`, ...r]));
  return wb;
}

describe("the Tổng hợp sheet of the Kon Tum list", () => {
  const { summary } = sheetsOf();

  test("is the summary sheet, named in Vietnamese", () => {
    expect(summary.id).toBe("summary");
    expect(summary.name).toBe("Tổng hợp");
  });

  test("the title gives the plan year and the subtitle the reference date dd/mm/yyyy and the file", () => {
    expect(shown(cellAt(summary, 1, 1))).toContain("NĂM 2023");
    expect(cellAt(summary, 1, 1)?.style).toBe("title");
    expect(shown(cellAt(summary, 2, 1))).toBe(
      "Năm kế hoạch 2023; số liệu tính đến ngày 31/12/2023; tệp: kontum.xlsx",
    );
    expect(summary.merges).toContain("A1:F1");
  });

  test("key figures are Vietnamese text: 29/57 now, 35/57 (61,40%) at the end of 2023, 44.497 triệu", () => {
    const t = texts(summary);
    expect(t).toContain("Tỉ lệ trường đạt chuẩn quốc gia: 29/57 trường, tỉ lệ 50,88%");
    expect(t).toContain("Dự kiến đến hết năm 2023: 35/57 trường, tỉ lệ 61,40%");
    expect(t).toContain(
      "Chỉ tiêu năm 2023: công nhận mới 03 trường, công nhận lại 03 trường, nâng mức độ 00 trường",
    );
    expect(t).toContain("Tổng kinh phí: 44.497 triệu đồng");
    // Three expire in 2023; five more, recognised early in 2019, have their dossier due in 2023.
    expect(t).toContain(
      "Đến hạn công nhận lại trong năm 2023 (hết hạn hoặc phải nộp hồ sơ trong năm): 08 trường",
    );
  });

  test("coverage by level: one row per level, rates as fractions, and a Tổng cộng totals row", () => {
    const t = table(summary, "KDCL_CoverageByType");
    expect(t.columns).toEqual(["Cấp học", "Số trường", "Đạt chuẩn QG", "Mức độ 1", "Mức độ 2", "Tỉ lệ"]);
    expect(dataRows(summary, "KDCL_CoverageByType").map((r) => r.map(shown))).toEqual([
      ["Mầm non", 17, 10, 8, 2, 10 / 17],
      ["Tiểu học", 21, 10, 8, 2, 10 / 21],
      ["THCS", 17, 9, 7, 2, 9 / 17],
      ["TH&THCS", 2, 0, 0, 0, 0],
    ]);
    const total = totalsRow(summary, "KDCL_CoverageByType");
    expect(total.map(shown)).toEqual(["Tổng cộng", 57, 29, 23, 6, 29 / 57]);
    expect(total.map((c) => c?.value.kind)).toEqual(["text", "count", "count", "count", "count", "percent"]);
    expect(total.every((c) => c?.style === "total")).toBe(true);
  });

  test("the budget: 44.497 in all, an amount cell; 31.162 and 13.335 by action with two schools each", () => {
    const byAction = "KDCL_BudgetByAction";
    expect(table(summary, byAction).columns).toEqual(["Hình thức", "Số trường", "Kinh phí (triệu đồng)"]);
    expect(rowLabelled(summary, byAction, "Công nhận mới").map(shown)).toEqual(["Công nhận mới", 2, 31162]);
    expect(rowLabelled(summary, byAction, "Công nhận lại").map(shown)).toEqual(["Công nhận lại", 2, 13335]);
    expect(rowLabelled(summary, byAction, "Nâng mức độ").map(shown)).toEqual(["Nâng mức độ", 0, 0]);
    const total = totalsRow(summary, byAction);
    expect(total.map(shown)).toEqual(["Tổng cộng", null, 44497]);
    const amount = total[2];
    expect(amount?.value).toEqual({ kind: "amount", value: 44497 });
    expect(amount && numberFormatOf(amount.value)).toBe("#,##0");
    expect(rowLabelled(summary, byAction, "Công nhận mới")[1]?.value.kind).toBe("count");
  });

  test("budget by level and by source add up to the same total; the unfunded schools get a sentence", () => {
    expect(dataRows(summary, "KDCL_BudgetByType").map((r) => r.map(shown))).toEqual([
      ["Tiểu học", 29416],
      ["TH&THCS", 15081],
    ]);
    expect(dataRows(summary, "KDCL_BudgetBySource").map((r) => r.map(shown))).toEqual([
      ["Ngân sách tỉnh", 38312],
      ["Ngân sách thành phố", 6185],
    ]);
    expect(totalsRow(summary, "KDCL_BudgetBySource").map(shown)).toEqual(["Tổng cộng", 44497]);
    expect(texts(summary)).toContain(
      "Các trường trong kế hoạch đã có kinh phí, không đề nghị kinh phí mới: TH Hòa Bình, TH&THCS Ngok Bay.",
    );
  });

  test("targets by level with a totals row, and the school names of each action", () => {
    expect(dataRows(summary, "KDCL_Targets").map((r) => r.map(shown))).toEqual([
      ["Tiểu học", 1, 3, 0],
      ["TH&THCS", 2, 0, 0],
    ]);
    expect(totalsRow(summary, "KDCL_Targets").map(shown)).toEqual(["Tổng cộng", 3, 3, 0]);
    expect(dataRows(summary, "KDCL_PlannedSchools").map((r) => r.map(shown))).toEqual([
      ["Công nhận mới", "Tiểu học", "TH Trần Hưng Đạo"],
      ["Công nhận mới", "TH&THCS", "TH&THCS Thắng Lợi"],
      ["Công nhận mới", "TH&THCS", "TH&THCS Ngok Bay"],
      ["Công nhận lại", "Tiểu học", "TH Lê Văn Tám"],
      ["Công nhận lại", "Tiểu học", "TH Phan Chu Trinh"],
      ["Công nhận lại", "Tiểu học", "TH Hòa Bình"],
    ]);
  });

  test("the due list: name, commune, expiry and deadline as dates, planned or not", () => {
    const rows = dataRows(summary, "KDCL_Due");
    expect(rows).toHaveLength(11);
    expect(rows[0]?.map(shown)).toEqual([
      "TH Lê Văn Tám",
      "Phường Quang Trung",
      "2023-5-12",
      "2022-12-12",
      "Có",
    ]);
    expect(rows[0]?.[2] && numberFormatOf(rows[0][2].value)).toBe("dd/mm/yyyy");
    expect(rows.slice(3).every((r) => shown(r[4]) === "Chưa")).toBe(true);
  });

  test("communes: one row each, and the KĐCLGD distribution sums to every school", () => {
    expect(dataRows(summary, "KDCL_CoverageByCommune")).toHaveLength(6);
    expect(texts(summary)).toContain("Xã, phường nào cũng có trường đạt chuẩn quốc gia.");
    expect(dataRows(summary, "KDCL_Accreditation").map((r) => r.map(shown))).toEqual([
      ["Cấp độ 1", 20],
      ["Cấp độ 2", 23],
      ["Cấp độ 3", 6],
      ["Cấp độ 4", 0],
      ["Chưa đạt", 8],
    ]);
    expect(totalsRow(summary, "KDCL_Accreditation").map(shown)).toEqual(["Tổng cộng", 57]);
  });

  test("the chart plots the rate column against the level labels, beside the coverage table", () => {
    expect(summary.charts).toHaveLength(1);
    const chart = summary.charts[0];
    if (!chart) return;
    expect(chart.type).toBe("clusteredColumn");
    expect(chart.title).toBe("Tỉ lệ trường đạt chuẩn quốc gia theo cấp học");
    expect(cellsInRange(summary, chart.categories).map((c) => shown(c ?? undefined))).toEqual([
      "Mầm non",
      "Tiểu học",
      "THCS",
      "TH&THCS",
    ]);
    expect(cellsInRange(summary, chart.values).map((c) => shown(c ?? undefined))).toEqual([
      10 / 17,
      10 / 21,
      9 / 17,
      0,
    ]);
    expect(shown(cellsInRange(summary, chart.seriesName)[0] ?? undefined)).toBe("Tỉ lệ");
    const coverage = parseRangeA1(table(summary, "KDCL_CoverageByType").range);
    // Beside the table: to its right, starting on the section's heading row, no cell underneath.
    expect(coverage && chart.anchor.from.col > coverage.right).toBe(true);
    const covered = summary.cells.filter(
      (c) =>
        c.row >= chart.anchor.from.row &&
        c.row <= chart.anchor.to.row &&
        c.col >= chart.anchor.from.col &&
        c.col <= chart.anchor.to.col,
    );
    expect(covered).toEqual([]);
    // Sentences overflow to the right: in the chart's rows there is only the section heading and
    // the table, so nothing runs on behind the chart.
    const inChartRows = summary.cells.filter(
      (c) => c.row >= chart.anchor.from.row && c.row <= chart.anchor.to.row,
    );
    const stray = inChartRows.filter(
      (c) =>
        c.row !== chart.anchor.from.row && !(coverage && c.row >= coverage.top && c.row <= coverage.bottom),
    );
    expect(stray).toEqual([]);
  });

  test("tables have valid, unique names and their header cells are the column names", () => {
    const names = summary.tables.map((t) => t.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const t of summary.tables) {
      expect(isValidTableName(t.name)).toBe(true);
      const r = parseRangeA1(t.range);
      expect(r).not.toBeNull();
      if (!r) continue;
      expect(r.top).toBe(t.headerRow);
      t.columns.forEach((h, i) => {
        const c = cellAt(summary, t.headerRow, r.left + i);
        expect(c?.value).toEqual({ kind: "text", text: h });
        expect(c?.style).toBe("header");
      });
    }
  });

  test("no two cells share a position and merges do not cut through tables", () => {
    const keys = summary.cells.map((c) => `${c.row}:${c.col}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of summary.merges) {
      const mr = parseRangeA1(m);
      for (const t of summary.tables) {
        const tr = parseRangeA1(t.range);
        if (!mr || !tr) continue;
        expect(mr.bottom < tr.top || mr.top > tr.bottom).toBe(true);
      }
    }
  });
});

test("a file where no school was read gets a Tổng hợp sheet of one note, never a sheet of zeros", () => {
  const grid = sheet({
    title: ["LIST OF SCHOOLS, PLAN YEAR 2026"],
    header: ["No.", "School", "Level", "Recognised"],
    rows: [[1, "MN Hợp Châu", "CĐ2-MĐ1", "15/08/2021"]],
  });
  const { summary } = checkGrids([grid], { planYear: 2026 }, { today: TODAY });
  const out = buildSummarySheet({ summary, lang: "vi" });
  expect(out.tables).toEqual([]);
  expect(texts(out).filter((t) => /Không đọc được trường nào trong tệp/.test(t))).toHaveLength(1);
  expect(texts(out).join("\n")).not.toMatch(/Chỉ tiêu|Kinh phí|Đến hạn|00 trường/);
});

describe("the Kết quả kiểm tra sheet", () => {
  const { findings: sheet, input } = sheetsOf();

  test("is named in Vietnamese and counts findings by severity", () => {
    expect(sheet.id).toBe("findings");
    expect(sheet.name).toBe("Kết quả kiểm tra");
    const count = (label: string): number | string | null => {
      const labelCell = sheet.cells.find((c) => c.col === 1 && shown(c) === label);
      return labelCell ? shown(cellAt(sheet, labelCell.row, 2)) : null;
    };
    const n = (sev: Finding["severity"]): number => input.findings.filter((f) => f.severity === sev).length;
    expect(count("Lỗi")).toBe(n("error"));
    expect(count("Cảnh báo")).toBe(n("warning"));
    expect(count("Thông tin")).toBe(n("info"));
    expect(count("Tổng cộng")).toBe(input.findings.length);
  });

  test("one row per finding, in order, each cell address linked to its cell in the list", () => {
    expect(input.findings.length).toBeGreaterThan(0);
    const t = table(sheet, "KDCL_Findings");
    expect(t.columns).toEqual([
      "Mức độ",
      "Quy tắc",
      "Trang",
      "Ô",
      "Cột",
      "Giá trị",
      "Nội dung",
      "Căn cứ",
      "Cách sửa",
    ]);
    const rows = dataRows(sheet, "KDCL_Findings");
    expect(rows).toHaveLength(input.findings.length);
    rows.forEach((r, i) => {
      const f = input.findings[i] as Finding;
      // The rule's title in the sheet's language, never its internal id.
      expect(shown(r[1])).toBe(ruleTitle(f.rule, "vi"));
      expect(shown(r[1])).not.toBe(f.rule);
      expect(shown(r[2])).toBe(f.sheet);
      expect(shown(r[3])).toBe(f.cell);
      expect(r[3]?.link).toEqual(f.cell === null ? undefined : { sheet: f.sheet, cell: f.cell });
      expect(shown(r[5])).toBe(f.value);
      expect(shown(r[6])).toBe(findingMessage(f, "vi"));
      expect(shown(r[7])).toBe(findingBasis(f, "vi"));
    });
    expect(rows.map((r) => shown(r[0]))).toEqual(
      input.findings.map((f) => ({ error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" })[f.severity]),
    );
  });

  test("a text that repeats down the sheet (a rule, its legal basis) is one value shared by its rows", () => {
    const rows = dataRows(sheet, "KDCL_Findings");
    const first = new Map<string, (OutputCell | undefined)[]>();
    let repeats = 0;
    rows.forEach((r, i) => {
      const f = input.findings[i] as Finding;
      // The legal basis also depends on the regime that judged the recognition.
      const key = `${f.rule}|${f.regime ?? ""}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, r);
        return;
      }
      repeats += 1;
      for (const col of [1, 7]) expect(r[col]?.value).toBe(earlier[col]?.value);
    });
    expect(repeats).toBeGreaterThan(0);
  });

  test("a clean list gets a sentence instead of an empty table", () => {
    const [, clean] = buildOutputSheets({ summary: input.summary, findings: [], lang: "vi" });
    expect(clean?.tables).toEqual([]);
    expect(clean && texts(clean)).toContain("Không có phát hiện nào: danh sách không có lỗi.");
  });
});

describe("English", () => {
  const { summary, findings } = sheetsOf("en");

  test("sheet names and words from the same catalogues, numbers in English form", () => {
    expect([summary.name, findings.name]).toEqual(["Summary", "Check results"]);
    expect(texts(summary)).toContain("Projected at the end of 2023: 35/57 schools, 61.40%");
    expect(texts(summary)).toContain("Total budget: 44,497 million đồng");
    expect(table(summary, "KDCL_CoverageByType").columns[0]).toBe("Level");
    expect(table(findings, "KDCL_Findings").columns[0]).toBe("Severity");
    expect(summary.charts[0]?.title).toBe("National-standard coverage by level");
  });
});

describe("a plan list", () => {
  // Only the six planned schools: every row has an action, so coverage cannot be computed.
  const planned = kontumRows().slice(-6);
  const { summary } = checked(listWorkbook(planned), { planYear: KONTUM_PLAN_YEAR });
  const [sheet] = buildOutputSheets({ summary, findings: [], lang: "vi" });

  test("says why coverage is missing instead of any coverage table or chart", () => {
    expect(summary.coverage).toBeNull();
    if (!sheet) return;
    expect(texts(sheet)).toContain(summary.coverageNote?.vi);
    expect(texts(sheet).some((t) => t.startsWith("Tỉ lệ trường đạt chuẩn quốc gia:"))).toBe(false);
    expect(sheet.tables.map((t) => t.name)).not.toContain("KDCL_CoverageByType");
    expect(sheet.charts).toEqual([]);
    expect(sheet.tables.map((t) => t.name)).toContain("KDCL_BudgetByAction");
  });

  test("sections are numbered from 1 without the missing coverage sections", () => {
    if (!sheet) return;
    const headings = sheet.cells.filter((c) => c.style === "subtitle" && /^\d+\. /.test(String(shown(c))));
    expect(headings.map((c) => String(shown(c)).split(" ")[0])).toEqual(["1.", "2.", "3."]);
  });
});

describe("text read from the user's cells stays text", () => {
  const risky = ["=SUM(A1)", "+84 912", "@home", "-5 điểm"];

  test("school names that look like formulas are text cells in every table they appear in", () => {
    const rows = kontumRows()
      .slice(-6)
      .map((r, i) => {
        const copy = [...r];
        if (i < risky.length) copy[0] = risky[i] as string;
        return copy;
      });
    const { summary } = checked(listWorkbook(rows), { planYear: KONTUM_PLAN_YEAR });
    const [sheet] = buildOutputSheets({ summary, findings: [], lang: "vi" });
    if (!sheet) throw new Error("no sheet");
    const names = dataRows(sheet, "KDCL_PlannedSchools").map((r) => r[2]);
    for (const name of risky) {
      const cell = names.find((c) => shown(c) === name);
      expect(cell?.value).toEqual({ kind: "text", text: name });
    }
  });

  test("any finding value is written as a text cell holding exactly that text", () => {
    const base: Finding = {
      rule: "missing-value",
      severity: "error",
      sheet: "Danh sách",
      row: 7,
      column: "Tên trường",
      cell: "B7",
      value: null,
      params: {},
    };
    const { summary } = kontum();
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.constantFrom(...risky, ""), (tail, head) => {
        const value = head + tail;
        const [, sheet] = buildOutputSheets({ summary, findings: [{ ...base, value }], lang: "vi" });
        if (!sheet) return false;
        const cell = dataRows(sheet, "KDCL_Findings")[0]?.[5];
        return cell?.value.kind === "text" && cell.value.text === value;
      }),
    );
  });

  test("a finding on a sheet whose name has a quote links to that sheet and cell", () => {
    const { summary } = kontum();
    const finding: Finding = {
      rule: "cell-error",
      severity: "error",
      sheet: "O'Brien's list",
      row: 12,
      column: "Năm",
      cell: "G12",
      value: "#N/A",
      params: { error: "#N/A" },
    };
    const [, sheet] = buildOutputSheets({ summary, findings: [finding], lang: "vi" });
    const link = sheet && dataRows(sheet, "KDCL_Findings")[0]?.[3]?.link;
    expect(link).toEqual({ sheet: "O'Brien's list", cell: "G12" });
  });
});

test("the summary sheet's due table has no empty commune column for a list that names no commune", () => {
  const list = sheet({
    header: ["STT", "Tên trường", "Mã công nhận", "Ngày công nhận"],
    rows: [[1, "TH Kim Đồng", "CĐ3-MĐ2", "15/03/2022"]],
  });
  const model = buildSummarySheet({
    summary: checkGrids([list], { planYear: 2027 }, { today: TODAY }).summary,
    lang: "vi",
  });
  expect(table(model, "KDCL_Due").columns).toEqual([
    "Tên trường",
    "Hết hạn",
    "Hạn đăng ký đánh giá ngoài",
    "Đã có kế hoạch",
  ]);
});
