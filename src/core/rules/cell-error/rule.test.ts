import type { CellValue } from "../../grid";
import { check, excelDate, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectMessage, expectNoBasis } from "../../../../test/helpers/messages";

const RULE = "cell-error";
const OPTIONS = planOptions(2025);
const TITLE = ["DANH SÁCH CƠ SỞ GIÁO DỤC ĐỀ NGHỊ CÔNG NHẬN NĂM 2025", "(Kèm theo Kế hoạch số 15/KH-UBND)"];
const HEADER = [
  "STT",
  "Tên trường",
  "Xã/phường",
  "Mã công nhận",
  "Năm công nhận",
  "Số học sinh",
  "Kinh phí (triệu đồng)",
];

const NA: CellValue = { error: "#N/A" };
const REF: CellValue = { error: "#REF!" };
const VALUE: CellValue = { error: "#VALUE!" };
const DIV0: CellValue = { error: "#DIV/0!" };

interface Case {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "error values in school rows, whatever the column; text that looks like one is not",
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", NA, "15/03/2021", 320, "44.497"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "#N/A", 2020, 280, 120],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ3-MĐ2", excelDate(4, 1, 2024), VALUE, REF],
      [4, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", 2019, 510, 80],
    ],
    expected: [
      [0, "Mã công nhận", "error"],
      [2, "Số học sinh", "error"],
      [2, "Kinh phí (triệu đồng)", "error"],
    ],
  },
  {
    name: "group and total rows are checked too",
    rows: [
      ["I", "Mầm non", null, null, null, null, REF],
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2021, 320, 100],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", 2020, 280, 120],
      [null, "Tổng cộng", null, null, null, 600, DIV0],
    ],
    expected: [
      [0, "Kinh phí (triệu đồng)", "error"],
      [3, "Kinh phí (triệu đồng)", "error"],
    ],
  },
  {
    name: "an error in the name cell is reported like any other",
    rows: [
      [1, NA, "Xã Ia Chim", "CĐ2-MĐ1", 2021, 320, 100],
      [2, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ3-MĐ2", 2022, 410, 90],
    ],
    expected: [[0, "Tên trường", "error"]],
  },
  {
    name: "footer rows under the list are not checked",
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2021, 320, 100],
      [2, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ3-MĐ2", 2022, 410, 90],
      ["Danh sách này gồm: 02 đơn vị./.", null, null, null, null, null, NA],
    ],
    expected: [],
  },
  {
    name: "a clean list",
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2021, 320, "44.497"],
      [2, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "-", null, 150, null],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ rows, expected }) => {
    const s = sheet({ title: TITLE, header: HEADER, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("each finding shows the error, its column header and a message in both languages", () => {
    const s = sheet({ title: TITLE, header: HEADER, rows: cases[0]?.rows ?? [] });
    const found = findingsOf(check(s, OPTIONS), RULE);
    expect(found.map((f) => [f.column, f.value])).toEqual([
      ["Mã công nhận", "#N/A"],
      ["Số học sinh", "#VALUE!"],
      ["Kinh phí (triệu đồng)", "#REF!"],
    ]);
    expectMessage(found[0], ["Ô chứa lỗi Excel #N/A", "công thức"], ["#N/A"]);
    expectNoBasis(found[0]);
  });

  test("no other rule reads an error value as data", () => {
    const s = sheet({ title: TITLE, header: HEADER, rows: cases[0]?.rows ?? [] });
    const findings = check(s, OPTIONS);
    for (const rule of ["code-unparseable", "missing-value", "budget-not-number"] as const) {
      expect(
        only(findings, rule).filter(
          (h) => h.cell === s.cell(0, "Mã công nhận") || h.cell === s.cell(2, "Kinh phí (triệu đồng)"),
        ),
      ).toEqual([]);
    }
  });
});
