/**
 * Official templates are often protected, and users rename or delete sheets while the pane is open:
 * the Excel host leaves alone what a protection refuses (and says so per cell), follows a renamed
 * sheet by its id when undoing, and refuses result sheets in a workbook whose structure is protected
 * before changing anything.
 */
import { HostActionError } from "../../../src/hosts/excel/action-error";
import { cellIn, fillIn, sheetOf, snapshotSheet, snapshotWorkbook, valuesIn } from "../../fakes/office";
import { ensureCell } from "../../fakes/office/model";
import type { FakeWorkbook } from "../../fakes/office";
import { setup, teardown } from "./helpers";
import { outputSheetsOf } from "../../../src/app/output";
import { checkGrids } from "../../../src/app/check";
import { TODAY } from "../../helpers/sheet";

afterEach(teardown);

const SHEET = "Biểu 01";

/** The district's template: title, header, and input columns C (code) and D (year) left unlocked. */
function template() {
  return {
    name: SHEET,
    rows: [
      ["BIỂU 01 - DANH SÁCH TRƯỜNG ĐẠT CHUẨN", null, null, null],
      ["Tên trường", "Cấp học", "Mã KĐ", "Năm"],
      ["MN Hoa Sen", "Mầm non", "cấp độ 2", 2019],
      ["TH Số 1 Sơn Hà", "Tiểu học", { value: "CĐ 3", numberFormat: "@" }, 2020],
      ["THCS Lê Lợi", "THCS", "cấp độ 1", { value: 2021, numberFormat: "@" }],
    ],
  };
}

/** Protects the sheet as Review › Protect Sheet does, with columns C:D of rows 3-5 unlocked. */
function protect(wb: FakeWorkbook, allowFormatCells: boolean): void {
  const s = sheetOf(wb, SHEET);
  for (let row = 3; row <= 5; row++) for (const col of [3, 4]) ensureCell(s, row, col).locked = false;
  s.protection = { allowFormatCells };
}

describe("a protected sheet", () => {
  it.each(["1.17", "1.7"])(
    "gets fixes in its unlocked cells; a locked cell is left alone and reported (ExcelApi %s)",
    async (apiVersion) => {
      const { host, office } = await setup({ sheets: [template()] }, { apiVersion });
      const wb = office.workbook;
      protect(wb, true);
      const token = await host.applyEdits([
        { sheet: SHEET, cell: "C3", value: "CĐ2" },
        { sheet: SHEET, cell: "C5", value: "CĐ1" },
        { sheet: SHEET, cell: "A3", value: "Trường MN Hoa Sen" }, // locked
      ]);
      expect(token.cells).toBe(2);
      expect(token.skipped).toEqual([{ sheet: SHEET, cell: "A3", reason: "protected" }]);
      expect(valuesIn(wb, SHEET, "A3:C3")).toEqual([["MN Hoa Sen", "Mầm non", "CĐ2"]]);
      expect(valuesIn(wb, SHEET, "C5")).toEqual([["CĐ1"]]);
      await host.revert(token);
      expect(valuesIn(wb, SHEET, "C3:C5")).toEqual([["cấp độ 2"], ["CĐ 3"], ["cấp độ 1"]]);
      expect(office.stats.failures).toEqual([]);
    },
  );

  it("without 'Format cells' allowed, writes what stays as typed, refuses what would need a format change, never half-writes", async () => {
    const { host, office } = await setup({ sheets: [template()] });
    const wb = office.workbook;
    protect(wb, false);
    const before = snapshotSheet(sheetOf(wb, SHEET));
    const token = await host.applyEdits([
      { sheet: SHEET, cell: "C4", value: "CĐ3" }, // a text cell already: written as is
      { sheet: SHEET, cell: "C3", value: "CĐ2" }, // plain text into General: Excel keeps it as text
      { sheet: SHEET, cell: "D3", value: 2020 }, // a number into General: written as is
      { sheet: SHEET, cell: "C5", value: "01/02" }, // would become a date without "@": refused
      { sheet: SHEET, cell: "D5", value: 2022 }, // a number into a text cell would become text: refused
    ]);
    expect(token.cells).toBe(3);
    expect(token.skipped).toEqual([
      { sheet: SHEET, cell: "C5", reason: "protected" },
      { sheet: SHEET, cell: "D5", reason: "protected" },
    ]);
    expect(valuesIn(wb, SHEET, "C3:D5")).toEqual([
      ["CĐ2", 2020],
      ["CĐ3", 2020],
      ["cấp độ 1", 2021],
    ]);
    expect(cellIn(wb, SHEET, "C3")?.numberFormat ?? "General").toBe("General");
    // Excel was never asked for a change it would refuse.
    expect(office.stats.failures).toEqual([]);
    await host.revert(token);
    expect(snapshotSheet(sheetOf(wb, SHEET))).toEqual(before);
  });

  it("is not coloured unless its protection allows formatting; other sheets still are", async () => {
    const { host, office } = await setup({
      sheets: [template(), { name: "Tổng hợp huyện", rows: [["Tên trường"], ["MN Hoa Sen"]] }],
    });
    const wb = office.workbook;
    protect(wb, false);
    const before = snapshotWorkbook(wb);
    const token = await host.highlight([
      { sheet: SHEET, cell: "C3", severity: "error" },
      { sheet: SHEET, cell: "C5", severity: "warning" },
      { sheet: "Tổng hợp huyện", cell: "A2", severity: "info" },
    ]);
    expect(token.cells).toBe(1);
    expect(token.skipped).toEqual([
      { sheet: SHEET, cell: "C3", reason: "protected" },
      { sheet: SHEET, cell: "C5", reason: "protected" },
    ]);
    expect(fillIn(wb, SHEET, "C3")).toBeNull();
    expect(fillIn(wb, "Tổng hợp huyện", "A2")).not.toBeNull();
    expect(office.stats.failures).toEqual([]);
    await host.revert(token);
    expect(snapshotWorkbook(wb)).toEqual(before);

    sheetOf(wb, SHEET).protection = { allowFormatCells: true };
    const second = await host.highlight([{ sheet: SHEET, cell: "A3", severity: "error" }]);
    expect(second.cells).toBe(1);
    expect(fillIn(wb, SHEET, "A3")).not.toBeNull();
  });
});

describe("a workbook whose structure is protected", () => {
  it("gets no result sheet, nothing changes, and the user is told why in one line", async () => {
    const { host, office } = await setup({ sheets: [template()] });
    const wb = office.workbook;
    const grid = await host.readSheet(SHEET);
    const sheets = outputSheetsOf(checkGrids([grid], { planYear: 2024 }, { today: TODAY }), "vi");
    wb.structureProtected = true;
    const before = snapshotWorkbook(wb);
    office.stats.reset();
    const e: unknown = await host.writeOutputSheets(sheets).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(HostActionError);
    const err = e as HostActionError;
    expect(err.structureProtected).toBe(true);
    expect(err.restored).toBe(true);
    expect(err.vi).toBe(
      "Sổ làm việc đang được bảo vệ cấu trúc nên không thêm được trang kết quả; không có gì thay đổi.",
    );
    expect(err.en).toMatch(/^The workbook's structure is protected/);
    expect(snapshotWorkbook(wb)).toEqual(before);
    // One look, nothing sent to be refused.
    expect(office.stats.syncs).toBe(1);
    expect(office.stats.failures).toEqual([]);
  });
});

describe("sheets renamed or deleted while the pane is open", () => {
  it("a fix for a sheet that is gone is skipped; the undo of a fix follows its sheet's new name", async () => {
    const { host, office } = await setup({ sheets: [template(), { name: "Cũ", rows: [["x"]] }] });
    const wb = office.workbook;
    const before = snapshotSheet(sheetOf(wb, SHEET));
    const token = await host.applyEdits([
      { sheet: SHEET, cell: "C3", value: "CĐ2" },
      { sheet: "Danh sách 2023", cell: "C3", value: "CĐ2" },
    ]);
    expect(token.cells).toBe(1);
    expect(token.skipped).toEqual([{ sheet: "Danh sách 2023", cell: "C3", reason: "no-sheet" }]);

    sheetOf(wb, SHEET).name = "Biểu 01 (đã sửa)";
    const outcome = await host.revertWithOutcome(token);
    expect(outcome).toEqual({ restored: 1, changed: [] });
    expect({ ...(snapshotSheet(sheetOf(wb, "Biểu 01 (đã sửa)")) as object), name: SHEET }).toEqual(before);
  });

  it("highlights skip a deleted sheet, and removing the marks follows a renamed one", async () => {
    const { host, office } = await setup({
      sheets: [template(), { name: "Phụ lục", rows: [["Tên trường"], ["MN Hoa Sen"]] }],
    });
    const wb = office.workbook;
    const before = snapshotSheet(sheetOf(wb, SHEET));
    const token = await host.highlight([
      { sheet: SHEET, cell: "C3", severity: "error" },
      { sheet: "Đã xóa", cell: "A1", severity: "error" },
      { sheet: "Phụ lục", cell: "A2", severity: "warning" },
    ]);
    expect(token.cells).toBe(2);
    expect(token.skipped).toEqual([{ sheet: "Đã xóa", cell: "A1", reason: "no-sheet" }]);

    sheetOf(wb, SHEET).name = "Biểu 01 mới";
    // The user deletes the other sheet before removing the marks: nothing to restore there.
    const other = sheetOf(wb, "Phụ lục");
    other.deleted = true;
    wb.sheets = wb.sheets.filter((s) => s !== other);
    await host.revert(token);
    expect({ ...(snapshotSheet(sheetOf(wb, "Biểu 01 mới")) as object), name: SHEET }).toEqual(before);
    expect(office.stats.failures).toEqual([]);
  });
});
