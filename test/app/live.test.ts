/**
 * The live check patches a kept check with the rows an edit changed; whatever it patches must equal
 * checking the edited sheet from scratch, finding for finding, and it must decline (check the sheet
 * whole) whenever an edit may change the table's shape.
 */
import type { WorkbookCheck } from "../../src/app/check";
import { checkGrids } from "../../src/app/check";
import { planRecheck, recheckRows } from "../../src/app/live";
import type { CellValue, Grid } from "../../src/core/grid";
import { RULES } from "../../src/core/rules/registry";
import { TABLE_RULES } from "../../src/core/live/rows";

const SHEET = "Danh sách";
const CHOICES = { planYear: 2024 };
const ORIGIN = { today: new Date(2024, 0, 10) };
/** Worksheet row of the header. */
const HEADER_ROW = 4;

/** A commune's list: title, header, sections by action, NFD names, an #N/A, a total and a footer. */
function list(schools: number): CellValue[][] {
  const rows: CellValue[][] = [
    ["UBND XÃ SƠN HÀ"],
    ["DANH SÁCH TRƯỜNG ĐẠT KIỂM ĐỊNH VÀ CHUẨN QUỐC GIA NĂM 2024"],
    [],
    ["STT", "Tên trường", "Cấp học", "Xã/phường", "KĐCLGD", "CQG", "Năm công nhận", "Kinh phí (triệu đồng)"],
    ["I", "CÔNG NHẬN LẠI"],
  ];
  let total = 0;
  for (let i = 1; i <= schools; i++) {
    if (i === Math.floor(schools / 2)) rows.push(["II", "CÔNG NHẬN MỚI"]);
    const type = i % 3 === 0 ? "Tiểu học" : i % 3 === 1 ? "Mầm non" : "THCS";
    const prefix = type === "Tiểu học" ? "TH" : type === "Mầm non" ? "MN" : "THCS";
    const name = i % 7 === 0 ? `${prefix} Sơn Lâm số ${i}`.normalize("NFD") : `${prefix} Hà Thành số ${i}`;
    const budget = 100 + (i % 5) * 50;
    total += budget;
    rows.push([
      `${i}.`,
      name,
      type,
      i % 2 ? "Xã Sơn Hà" : "Xã Hà Thành",
      i % 11 === 0 ? "cấp độ 2" : "CĐ2",
      i % 13 === 0 ? { error: "#N/A" } : "MĐ1",
      2018 + (i % 6),
      budget,
    ]);
  }
  rows.push([null, "Tổng cộng", null, null, null, null, null, total]);
  rows.push(["Danh sách này gồm: " + schools + " trường./."]);
  return rows;
}

function gridOf(cells: CellValue[][]): Grid {
  return { sheet: SHEET, top: 1, left: 1, cells, merges: [], tables: [] };
}

function firstCheck(cells: CellValue[][]): WorkbookCheck {
  return checkGrids([gridOf(cells)], CHOICES, ORIGIN);
}

/** Applies `edit` to a copy of rows top..bottom and re-checks them live. */
function edit(
  check: WorkbookCheck,
  top: number,
  bottom: number,
  change: (row: CellValue[], r: number) => void,
) {
  const grid = check.grids[0] as Grid;
  const cells: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = [...(grid.cells[r - 1] ?? [])];
    change(row, r);
    cells.push(row);
  }
  const plan = planRecheck(check, SHEET, { kind: "edit", range: { top, bottom, left: 1, right: 8 } });
  if (plan.kind !== "rows") throw new Error("expected a row re-check");
  return recheckRows(check, SHEET, { top, cells }, plan.scope, CHOICES, ORIGIN);
}

/** The findings of a check from scratch of the same cells. */
function fromScratch(grid: Grid) {
  return checkGrids([grid], CHOICES, ORIGIN);
}

const FIRST = HEADER_ROW + 2; // row of school 1

describe("live re-check of edited rows", () => {
  const base = firstCheck(list(60));

  it("patches an edited code and equals a check from scratch, cross-row rules included", () => {
    // School 5's code written as the column's minority spelling, school 8 renamed as school 3.
    const school3 = (base.grids[0] as Grid).cells[FIRST + 2 - 1] ?? [];
    const done = edit(base, FIRST + 4, FIRST + 7, (row, r) => {
      if (r === FIRST + 4) row[4] = "cấp độ 3";
      if (r === FIRST + 7) {
        row[1] = String(school3[1]).normalize("NFD");
        row[3] = school3[3] ?? null;
      }
    });
    expect(done.patched).toBe(true);
    const scratch = fromScratch(done.grid);
    expect(done.check.findings).toEqual(scratch.findings);
    expect(done.check.counts).toEqual(scratch.counts);
    expect(done.check.findings.some((f) => f.rule === "duplicate-school")).toBe(true);
    expect(done.check.summary.coverage).toEqual(scratch.summary.coverage);
    expect(done.check.summary.targets).toEqual(scratch.summary.targets);
  });

  it("clears the findings of a row the user fixed, and the total follows a budget edit", () => {
    const errorRow = FIRST + 12; // school 13: #N/A in the CQG column
    expect(base.findings.some((f) => f.row === errorRow && f.rule === "cell-error")).toBe(true);
    const done = edit(base, errorRow, errorRow, (row) => {
      row[5] = "MĐ1";
      row[7] = 9999;
    });
    expect(done.patched).toBe(true);
    expect(done.check.findings.some((f) => f.row === errorRow && f.rule === "cell-error")).toBe(false);
    expect(done.check.findings.some((f) => f.rule === "total-mismatch")).toBe(true);
    expect(done.check.findings).toEqual(fromScratch(done.grid).findings);
  });

  it("declines a school row turned into a total, and a header edit checks the sheet whole", () => {
    const done = edit(base, FIRST + 20, FIRST + 20, (row) => {
      row.splice(0, row.length, null, "Cộng", null, null, null, null, null, 500);
    });
    expect(done.patched).toBe(false);
    expect(done.check.findings).toEqual(fromScratch(done.grid).findings);
    const plan = planRecheck(base, SHEET, { kind: "edit", range: { top: 2, bottom: 2, left: 1, right: 1 } });
    expect(plan).toEqual({ kind: "rows", top: 2, bottom: 2, scope: "sheet" });
  });

  it("a school typed below the list is read into it", () => {
    const below = (base.grids[0] as Grid).cells.length + 1;
    const done = edit(base, below, below, (row) => {
      row.push("61.", "MN Suối Đá", "Mầm non", "Xã Sơn Hà", "CĐ1", "MĐ1", 2023, 120);
    });
    expect(done.patched).toBe(false);
    expect(done.check.records).toHaveLength(61);
  });

  it("rows inserted or deleted, or an edit left of the list, read the sheet again", () => {
    expect(
      planRecheck(base, SHEET, { kind: "structure", range: { top: 9, bottom: 9, left: 1, right: 16384 } }),
    ).toEqual({ kind: "read-all" });
    const shifted = checkGrids([{ ...gridOf(list(5)), left: 2 }], CHOICES, ORIGIN);
    expect(
      planRecheck(shifted, SHEET, { kind: "edit", range: { top: 9, bottom: 9, left: 1, right: 1 } }),
    ).toEqual({
      kind: "read-all",
    });
  });

  it("a heading emptied stops being a list only when no header is left", () => {
    const done = edit(base, HEADER_ROW, HEADER_ROW, (row) => row.fill(null));
    expect(done.patched).toBe(false);
    expect(done.hasList).toBe(false);
  });
});

describe("rules outside TABLE_RULES judge each row alone", () => {
  // Checking a few rows alone gives, for those rows, exactly what checking the whole list gives.
  const base = firstCheck(list(90));
  it.each(RULES.filter((r) => !TABLE_RULES.has(r.id)).map((r) => r.id))("%s", (id) => {
    const grid = base.grids[0] as Grid;
    for (const top of [FIRST, FIRST + 30, FIRST + 77]) {
      const done = edit(base, top, top + 5, () => undefined);
      const ours = done.check.findings.filter(
        (f) => f.rule === id && f.row !== null && f.row >= top && f.row <= top + 5,
      );
      const all = fromScratch(grid).findings.filter(
        (f) => f.rule === id && f.row !== null && f.row >= top && f.row <= top + 5,
      );
      expect(ours).toEqual(all);
    }
  });
});

describe("a status sheet and the plan's sheet: each reads the other's plans", () => {
  const status: CellValue[][] = [
    ["DANH SÁCH TRƯỜNG XÃ IA GRAI - HIỆN TRẠNG"],
    ["STT", "Tên trường", "Cấp độ", "Mức độ", "Ngày công nhận"],
    [1, "Trường MN Hoa Hồng", "CĐ2", "MĐ1", "20/05/2018"],
    [2, "Trường TH Võ Thị Sáu", "CĐ3", "MĐ2", "12/09/2019"],
    [3, "Trường THCS Trần Phú", "CĐ2", "MĐ1", "02/04/2019"],
  ];
  const plan: CellValue[][] = [
    ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN NĂM 2024"],
    ["STT", "Tên trường", "Hình thức", "Kinh phí (triệu đồng)"],
    [1, "Trường MN Hoa Hồng", "Công nhận lại", 60],
    [2, "Trường TH Võ Thị Sáu", "Công nhận lại", 60],
  ];
  const grids = (s: CellValue[][], p: CellValue[][]): Grid[] => [
    { sheet: "Hiện trạng", top: 1, left: 1, cells: s, merges: [], tables: [] },
    { sheet: "Kế hoạch", top: 1, left: 1, cells: p, merges: [], tables: [] },
  ];
  const base = checkGrids(grids(status, plan), CHOICES, ORIGIN);
  const rules = (c: WorkbookCheck) => c.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell ?? ""}`);

  it("a renewal planned on the plan's sheet answers for a recognition on the status sheet", () => {
    // Hoa Hồng lapsed in 05/2023 but is renewed in 2024; Trần Phú lapses in 04/2024 with no plan.
    expect(rules(base)).not.toContain("recognition-expired@Hiện trạng!E3");
    expect(rules(base)).toContain("renewal-not-planned@Hiện trạng!B5");
    expect(base.skipped.map((s) => s.rule)).not.toContain("renewal-not-planned");
  });

  function editSheet(sheet: string, row: number, col: number, value: CellValue) {
    const grid = base.grids.find((g) => g.sheet === sheet) as Grid;
    const cells = [[...(grid.cells[row - 1] ?? [])]];
    (cells[0] as CellValue[])[col - 1] = value;
    const scope = planRecheck(base, sheet, {
      kind: "edit",
      range: { top: row, bottom: row, left: col, right: col },
    });
    if (scope.kind !== "rows") throw new Error("expected a row re-check");
    return recheckRows(base, sheet, { top: row, cells }, scope.scope, CHOICES, ORIGIN);
  }

  it("a date edited on the status sheet is patched, and equals a check from scratch", () => {
    const done = editSheet("Hiện trạng", 4, 5, "12/09/2020");
    expect(done.patched).toBe(true);
    expect(done.check.findings).toEqual(checkGrids(done.check.grids, CHOICES, ORIGIN).findings);
  });

  it("a plan edited on the plan's sheet checks the workbook whole: the status sheet's findings follow", () => {
    const done = editSheet("Kế hoạch", 3, 3, "Công nhận mới");
    expect(done.patched).toBe(false);
    expect(rules(done.check)).toContain("recognition-expired@Hiện trạng!E3");
    expect(done.check.findings).toEqual(checkGrids(done.check.grids, CHOICES, ORIGIN).findings);
  });
});

test("a list with a cell merged down over schools is checked whole on an edit, and stays right", () => {
  const cells = list(12);
  // "Xã Sơn Hà" merged over schools 1–3 (rows 6–8).
  const merged: Grid = { ...gridOf(cells), merges: [{ top: FIRST, left: 4, bottom: FIRST + 2, right: 4 }] };
  const check = checkGrids([merged], CHOICES, ORIGIN);
  const row = [...(merged.cells[FIRST + 1 - 1] ?? [])];
  row[4] = "CĐ3";
  const scope = planRecheck(check, SHEET, {
    kind: "edit",
    range: { top: FIRST + 1, bottom: FIRST + 1, left: 5, right: 5 },
  });
  if (scope.kind !== "rows") throw new Error("expected a row re-check");
  const done = recheckRows(check, SHEET, { top: FIRST + 1, cells: [row] }, scope.scope, CHOICES, ORIGIN);
  expect(done.patched).toBe(false);
  expect(done.check.records.slice(0, 3).map((r) => r.commune)).toEqual([
    "Xã Sơn Hà",
    "Xã Sơn Hà",
    "Xã Sơn Hà",
  ]);
  expect(done.check.findings).toEqual(checkGrids(done.check.grids, CHOICES, ORIGIN).findings);
});
