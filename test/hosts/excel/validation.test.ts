/**
 * Drop-down lists on the fake Office: put on the code, type and action columns in two syncs, the
 * cells' values untouched; a column with the user's own validation left alone; removal takes away
 * exactly what was added, never the user's rules.
 */
import { dropdownMessages, dropdownValues } from "../../../src/core/schools/dropdowns";
import { REGIMES } from "../../../src/core/schools/regimes";
import type { ListTarget } from "../../../src/hosts/host";
import { sheetOf, snapshotSheet } from "../../fakes/office";
import { schoolList } from "../../fakes/office/school-list";
import { setValidation, validationAt } from "../../fakes/office/validation";
import { setup, teardown } from "./helpers";

afterEach(teardown);

const SHEET = "Danh sách";
const TT2018 = REGIMES.find((r) => r.id === "tt2018")!;

function target(col: number, field: "accreditation" | "standard" | "type" | "action"): ListTarget {
  const m = dropdownMessages(field);
  return {
    col,
    values: dropdownValues(field, TT2018),
    title: "KĐCLGD & CQG",
    prompt: m.prompt.vi,
    alert: m.alert.vi,
  };
}

describe("drop-down lists", () => {
  it("are added to the columns without validation, and removed exactly; the user's own rule survives", async () => {
    const list = schoolList(120, SHEET);
    const { office, host } = await setup({ sheets: [list.sheet] });
    const sheet = sheetOf(office.workbook, SHEET);
    // The user's own list on the type column (C), on part of it.
    const own = {
      type: "List",
      rule: { list: { inCellDropDown: true, source: "Mầm non,Tiểu học" } },
      prompt: {},
      errorAlert: {},
    };
    setValidation(sheet, { top: 7, bottom: 40, left: 3, right: 3 }, own);
    const before = snapshotSheet(sheet);
    const top = list.firstRow;
    const bottom = list.lastRow + 500;

    office.stats.reset();
    const done = await host.lists.apply(SHEET, top, bottom, [
      target(5, "accreditation"),
      target(6, "standard"),
      target(3, "type"),
      target(9, "action"),
    ]);
    expect(office.stats.syncs).toBe(2);
    expect(done.applied.map((a) => a.address)).toEqual([
      `E${top}:E${bottom}`,
      `F${top}:F${bottom}`,
      `I${top}:I${bottom}`,
    ]);
    expect(done.kept.map((k) => k.col)).toEqual([3]);
    expect(snapshotSheet(sheet)).toEqual(before);
    const e = validationAt(sheet, top + 3, 5);
    expect(e?.rule).toEqual({ list: { inCellDropDown: true, source: "CĐ1,CĐ2,CĐ3,CĐ4" } });
    expect(e?.errorAlert).toMatchObject({ showAlert: true, style: "Warning" });
    expect(String(e?.prompt.message)).toMatch(/^Chọn cấp độ kđclgd/i);
    expect(validationAt(sheet, bottom, 9)?.rule).toMatchObject({
      list: { source: "Công nhận mới,Công nhận lại,Nâng mức" },
    });

    // The user re-sets the action column's rule by hand: it is theirs now.
    const mine = {
      type: "List",
      rule: { list: { inCellDropDown: true, source: "Lần đầu,Lại" } },
      prompt: {},
      errorAlert: {},
    };
    setValidation(sheet, { top, bottom, left: 9, right: 9 }, mine);
    const gone = await host.lists.remove(done.applied);
    expect(gone.removed.map((r) => r.address)).toEqual([`E${top}:E${bottom}`, `F${top}:F${bottom}`]);
    expect(gone.left.map((r) => r.address)).toEqual([`I${top}:I${bottom}`]);
    expect(validationAt(sheet, top + 3, 5)).toBeNull();
    expect(validationAt(sheet, bottom, 6)).toBeNull();
    expect(validationAt(sheet, 10, 3)).toBe(own);
    expect(validationAt(sheet, top, 9)).toBe(mine);
    expect(snapshotSheet(sheet)).toEqual(before);
  });
});

describe("a new list sheet", () => {
  it("takes a free name, never the user's sheet, with headers, widths, a frozen header and drop-downs", async () => {
    const { office, host } = await setup({
      sheets: [
        { name: "Danh sách mới", rows: [["Của người dùng"]] },
        { name: "danh sách mới (2)", rows: [["Cũng của người dùng"]] },
      ],
    });
    const mine = snapshotSheet(sheetOf(office.workbook, "Danh sách mới"));
    office.stats.reset();
    const name = await host.lists.addSheet({
      name: "Danh sách mới",
      headers: ["STT", "Tên trường", "Cấp học", "Cấp độ KĐCLGD"],
      widths: [36, 180, 80, 80],
      lists: [target(3, "type"), target(4, "accreditation")],
      rows: 300,
    });
    expect(office.stats.syncs).toBe(2);
    expect(name).toBe("Danh sách mới (3)");
    expect(snapshotSheet(sheetOf(office.workbook, "Danh sách mới"))).toEqual(mine);
    const sheet = sheetOf(office.workbook, name);
    expect(sheet.rows[0]?.map((c) => c?.value)).toEqual(["STT", "Tên trường", "Cấp học", "Cấp độ KĐCLGD"]);
    expect(sheet.rows[0]?.[0]?.font?.bold).toBe(true);
    expect(sheet.columnWidths.get(2)).toBe(180);
    expect(sheet.frozenRows).toBe(1);
    expect(validationAt(sheet, 301, 4)?.rule).toEqual({
      list: { inCellDropDown: true, source: "CĐ1,CĐ2,CĐ3,CĐ4" },
    });
    expect(validationAt(sheet, 302, 4)).toBeNull();
    expect(validationAt(sheet, 1, 3)).toBeNull();
    expect(office.workbook.activeSheet?.name).toBe(name);
  });
});
