import { checkGrids } from "../../../src/app/check";
import type { RollupEntry } from "../../../src/app/rollup";
import { checkSheetsAsUnits, rollUpChecks } from "../../../src/app/rollup";
import { coverageNote, repeatedSchoolsNote, unitWithSource } from "../../../src/core/summary/notes";
import { unitTitle } from "../../../src/core/summary/unit-name";
import { communeList, HEADER, ROLLUP_YEAR } from "../../helpers/communes";
import { nfd, sheet, TODAY } from "../../helpers/sheet";

const choices = { planYear: ROLLUP_YEAR };

function entry(source: string, index: number, size = 60, noStandard = false): RollupEntry {
  const list = communeList(index, size, noStandard);
  const grid = sheet({ name: "DS", title: list.title, header: [...HEADER], rows: list.rows });
  return { source, check: checkGrids([grid], choices, { today: TODAY, fileName: source }) };
}

describe("unit names from the list's title", () => {
  test.each([
    [["DANH SÁCH TRƯỜNG MẦM NON, PHỔ THÔNG XÃ AN PHÚ NĂM 2025"], "Xã An Phú", "commune"],
    [["UBND PHƯỜNG BẾN THÀNH", "DANH SÁCH TRƯỜNG ĐẠT CHUẨN"], "Phường Bến Thành", "commune"],
    [[nfd("ỦY BAN NHÂN DÂN THỊ TRẤN SƠN TỊNH, TỈNH QUẢNG NGÃI")], "Thị trấn Sơn Tịnh", "commune"],
    [["Danh sách trường xã Hải Nam (tính đến tháng 12/2025)"], "xã Hải Nam", "commune"],
    [["UBND HUYỆN SƠN HÀ", "DANH SÁCH TRƯỜNG CÁC XÃ, THỊ TRẤN"], "Huyện Sơn Hà", "district"],
    [["UBND THỊ XÃ ĐIỆN BÀN"], "Thị xã Điện Bàn", "district"],
  ])("%j → %s", (lines, name, level) => {
    expect(unitTitle(lines)).toEqual({ name: nfd(name).normalize("NFC"), level });
  });

  test("a title that names no place gives no name", () => {
    expect(unitTitle(["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "DANH SÁCH TRƯỜNG CÁC XÃ, PHƯỜNG NĂM 2025"])).toBeNull();
  });
});

describe("the roll-up of commune lists", () => {
  const N = 12;
  const lists = Array.from({ length: N }, (_, i) => communeList(i, 60, i === 4));
  const entries = lists.map((_, i) => entry(`xa-${i + 1}.xlsx`, i, 60, i === 4));
  const { rollup, units, period } = rollUpChecks(entries, choices, TODAY);
  const c = rollup.combined;

  test("each list is a unit named by its title", () => {
    expect(period.planYear).toBe(ROLLUP_YEAR);
    expect(rollup.units.map((u) => u.name)).toEqual(lists.map((l) => l.place));
    expect(units.every((u) => u.check !== null)).toBe(true);
  });

  test("the combined figures equal a direct count over every list", () => {
    const sum = (k: keyof (typeof lists)[number]["expected"]) => lists.reduce((n, l) => n + l.expected[k], 0);
    expect(c.schools).toHaveLength(sum("schools"));
    expect(c.coverage?.total.schools).toBe(sum("schools"));
    expect(c.coverage?.total.standard).toBe(sum("standard"));
    expect(c.coverage?.total.rate).toBeCloseTo(sum("standard") / sum("schools"), 12);
    expect(c.targets.total).toEqual({ new: sum("new"), renewal: 0, upgrade: sum("upgrade") });
    expect(c.budget?.total).toBe(sum("budget"));
    // Each unit's own line is its list's count.
    rollup.units.forEach((u, i) => {
      expect(u.rate).toMatchObject({ schools: 60, standard: lists[i]?.expected.standard });
    });
    expect(c.coverage?.byUnit?.map((l) => l.standard)).toEqual(lists.map((l) => l.expected.standard));
  });

  test("a commune's list with no CQG school makes it a commune without one", () => {
    expect(lists[4]?.expected.standard).toBe(0);
    expect(rollup.communesWithout).toEqual([lists[4]?.place]);
    expect(rollup.leftOut).toEqual([]);
  });
});

describe("units we cannot stand behind", () => {
  const good = [entry("a.xlsx", 0), entry("b.xlsx", 1)];
  // A list with no recognition column: its schools count for targets, never as 0% coverage.
  const bare = sheet({
    title: ["DANH SÁCH TRƯỜNG XÃ TRÀ BỒNG"],
    header: ["STT", "Tên trường", "Cấp học", "Hình thức", "Kinh phí (triệu đồng)"],
    rows: [
      [1, "MN Trà Bồng", "Mầm non", "Công nhận mới", 500],
      [2, "TH Trà Bồng", "Tiểu học", null, null],
    ],
  });
  const noColumn: RollupEntry = {
    source: "tra-bong.xlsx",
    check: checkGrids([bare], choices, { today: TODAY }),
  };
  const broken: RollupEntry = {
    source: "hong.xlsx",
    failure: { vi: "Tệp hỏng.", en: "The file is damaged." },
  };
  const { rollup } = rollUpChecks([...good, noColumn, broken], choices, TODAY);
  const direct = communeList(0, 60).expected.standard + communeList(1, 60).expected.standard;

  test("are listed with their reason and left out of the combined rates", () => {
    expect(rollup.leftOut).toEqual([
      { unit: "Xã Trà Bồng", gap: "no-recognition-column" },
      { unit: "hong.xlsx", gap: "unreadable" },
    ]);
    expect(rollup.units.map((u) => [u.name, u.gap])).toEqual([
      ["Phường An Phú 1", null],
      ["Xã Bình Minh 2", null],
      ["Xã Trà Bồng", "no-recognition-column"],
      ["hong.xlsx", "unreadable"],
    ]);
    expect(rollup.combined.coverage?.total).toMatchObject({ schools: 120, standard: direct });
    expect(rollup.combined.coverage?.byUnit?.map((l) => l.name)).toEqual([
      "Phường An Phú 1",
      "Xã Bình Minh 2",
    ]);
    // Its planned school still counts for the targets and the budget.
    expect(rollup.combined.targets.total.new).toBe(
      communeList(0, 60).expected.new + communeList(1, 60).expected.new + 1,
    );
    expect(coverageNote(rollup.combined, "vi")).toBe(
      "Không tính vào tỉ lệ chung 2 danh sách không có số liệu công nhận đáng tin (không coi là 0%): Xã Trà Bồng (không có cột mức công nhận), hong.xlsx (không đọc được tệp).",
    );
  });

  test("a commune named twice is two units, told apart by file; its schools are counted once", () => {
    const twice = rollUpChecks([entry("an-phu.xlsx", 0), entry("an-phu-moi.xlsx", 0)], choices, TODAY);
    expect(twice.rollup.units.map((u) => u.name)).toEqual([
      "Phường An Phú 1 (an-phu.xlsx)",
      "Phường An Phú 1 (an-phu-moi.xlsx)",
    ]);
    // Each list's own line is its 60 schools; the same school of the same commune counts once (SPEC §9).
    expect(twice.rollup.units.map((u) => u.rate?.schools)).toEqual([60, 60]);
    expect(twice.rollup.combined.coverage?.total.schools).toBe(60);
    expect(twice.rollup.combined.repeatedSchools).toHaveLength(60);
    expect(coverageNote(twice.rollup.combined, "vi")).toContain(
      "Tính một lần trong số liệu chung 60 trường có trong danh sách của nhiều đơn vị (cùng tên, cùng xã, phường)",
    );
  });
});

test("each sheet of one workbook is a unit; a sheet with no list is not", () => {
  const sheets = [0, 1, 2].map((i) => {
    const l = communeList(i, 20);
    return sheet({ name: `Xã ${i + 1}`, title: l.title, header: [...HEADER], rows: l.rows });
  });
  const notes = {
    sheet: "Hướng dẫn",
    top: 1,
    left: 1,
    cells: [["Điền mỗi xã một trang."]],
    merges: [],
    tables: [],
  };
  const entries = checkSheetsAsUnits([notes, ...sheets], choices, { today: TODAY });
  expect(entries.map((e) => e.source)).toEqual(["Xã 1", "Xã 2", "Xã 3"]);
  const { rollup } = rollUpChecks(entries, choices, TODAY);
  expect(rollup.combined.coverage?.total.schools).toBe(60);
});

test("two sheets of one commune, summed as units, name each sheet once", () => {
  const title = ["UBND PHƯỜNG HỒNG HÀ", "DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA"];
  const header = ["STT", "Tên trường", "Mã công nhận", "Năm công nhận", "Hình thức"];
  const status = sheet({
    name: "Hiện trạng",
    title,
    header,
    rows: [
      ["1.", "MN Hoa Sen", "CĐ2-MĐ1", 2022, ""],
      ["2.", "TH Lê Lợi", "CĐ1", 2023, ""],
    ],
  });
  const plan = sheet({
    name: "Kế hoạch",
    title,
    header,
    rows: [["1.", "MN Hoa Sen", "CĐ2-MĐ1", 2022, "Công nhận lại"]],
  });
  const entries = checkSheetsAsUnits([status, plan], choices, { today: TODAY });
  const { rollup } = rollUpChecks(entries, choices, TODAY);
  const names = rollup.units.map((u) => u.name);
  expect(names).toEqual(["Phường Hồng Hà (Hiện trạng)", "Phường Hồng Hà (Kế hoạch)"]);
  expect(names.map((n, i) => unitWithSource(n, entries[i]?.source ?? null))).toEqual(names);
  const repeated = repeatedSchoolsNote(rollup.combined, "vi") ?? "";
  expect(repeated).toContain("Phường Hồng Hà (Hiện trạng) và Phường Hồng Hà (Kế hoạch)");
  expect(repeated).not.toContain("(Hiện trạng) (Hiện trạng)");
});
