import type { CellValue } from "../../grid";
import { check, findingsOf, hits, nfd, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectMessage, expectNoBasis } from "../../../../test/helpers/messages";

const RULE = "duplicate-school";
const OPTIONS = planOptions(2025);
const TITLE = ["DANH SÁCH TRƯỜNG HỌC HUYỆN CAO LỘC", "(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2025)"];

const FULL = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Năm công nhận"];
const PLAN = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Năm công nhận", "Hình thức", "Năm đề nghị"];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "same name and commune however written; a namesake in another commune is another school",
    header: FULL,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2021"],
      [2, "MN Hoa Sen", "Xã Hương Toàn", "CĐ2-MĐ1", 2020],
      [3, "Trường MN Hoa Sen", "Ia Chim", "CĐ2-MĐ1", "15/03/2021"],
      [4, "Trường Tiểu học Kim Đồng", "Thị trấn Cao Lộc", "CĐ3-MĐ2", 2022],
      [5, nfd("Trường Tiểu học Kim Đồng"), nfd("Thị trấn Cao Lộc"), "CĐ3-MĐ2", 2022],
      [6, "TRƯỜNG MN HOA SEN", "xã Ia Chim", "CĐ2-MĐ1", 2021],
      [7, "TH Kim Đồng.", "Thị trấn Cao Lộc", "CĐ3-MĐ2", 2022],
    ],
    expected: [
      [2, "Tên trường", "error"],
      [4, "Tên trường", "error"],
      [5, "Tên trường", "error"],
      // "TH" and "Tiểu học" are one prefix written two ways.
      [6, "Tên trường", "error"],
    ],
  },
  {
    name: "plan list: one row per action is normal, the same action twice is not",
    header: PLAN,
    rows: [
      [1, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "15/03/2020", "Công nhận lại", 2025],
      [2, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "15/03/2020", "Nâng lên mức độ 2", 2025],
      [3, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2020, "CN lại", 2025],
      [4, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2020, "Công nhận lại", 2026],
      [5, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "-", null, "Công nhận mới", 2025],
      [6, nfd("PTDTBT TH&THCS Suối Lư"), "Suối Lư", "-", null, "CN lần đầu", 2025],
    ],
    expected: [[5, "Tên trường", "error"]],
  },
  {
    name: "a list with an action column: a school's status row and its action row are two facts, a repeated row is one",
    header: PLAN,
    rows: [
      [1, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", "15/03/2020", "Công nhận lại", null],
      [2, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ3-MĐ2", 2022, null, null],
      [3, "Trường THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", "15/03/2020", null, null],
      [4, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ3-MĐ2", 2022, "", null],
    ],
    expected: [[3, "Tên trường", "error"]],
  },
  {
    name: "a roadmap over several years, and a renewal with an upgrade in one year, are not duplicates",
    header: PLAN,
    rows: [
      [1, "TH Hòa Bình", "Xã Ia Chim", "CĐ2-MĐ1", "12/05/2012", "Công nhận lại", 2017],
      [2, "TH Hòa Bình", "Xã Ia Chim", "CĐ2-MĐ1", "12/05/2012", "Nâng lên mức độ 2", 2017],
      [3, "TH Hòa Bình", "Xã Ia Chim", "CĐ3-MĐ2", 2017, "Công nhận lại", 2022],
      [4, "MN Hoa Sen", "Xã Ia Chim", "-", null, "Công nhận mới", 2024],
      [5, "MN Hoa Sen", "Xã Ia Chim", "-", null, "Công nhận mới", 2026],
    ],
    expected: [],
  },
  {
    name: "same name in two districts is two schools; in one district and one commune it is one",
    header: ["STT", "Tên trường", "Quận, Huyện", "Xã/phường", "Mã công nhận"],
    rows: [
      [1, "THCS Lê Lợi", "Huyện Gia Bình", "Xã Xuân Lai", "CĐ2-MĐ1"],
      [2, "THCS Lê Lợi", "Huyện Lương Tài", "Xã Xuân Lai", "CĐ2-MĐ1"],
      [3, "Trường THCS Lê Lợi", "huyện Gia Bình", "xã Xuân Lai", "CĐ2-MĐ1"],
    ],
    expected: [[2, "Tên trường", "error"]],
  },
  {
    name: "section headings give the district to the schools under them",
    header: ["STT", "Tên trường", "Mã công nhận"],
    rows: [
      [null, "HUYỆN GIA BÌNH", null],
      [1, "TH Kim Đồng", "CĐ2-MĐ1"],
      [2, "THCS Lê Lợi", "CĐ3-MĐ2"],
      [null, "HUYỆN LƯƠNG TÀI", null],
      [3, "TH Kim Đồng", "CĐ2-MĐ1"],
      [4, "THCS Lê Lợi", "CĐ2-MĐ1"],
      [5, "TH Kim Đồng", "CĐ2-MĐ1"],
    ],
    expected: [[6, "Tên trường", "error"]],
  },
  {
    name: "rows without a name are never duplicates of each other",
    header: FULL,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2021],
      [2, null, "Xã Ia Chim", "CĐ2-MĐ1", 2020],
      [3, null, "Xã Ia Chim", "CĐ2-MĐ1", 2020],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("an Excel table placed from column B is read the same way", () => {
    const s = sheet({
      title: TITLE,
      left: 2,
      table: "DSTruong",
      header: FULL,
      rows: [
        [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2021"],
        [2, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", 2020],
        [3, "mn hoa sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2021"],
      ],
    });
    expect(only(check(s, OPTIONS), RULE)).toEqual([
      { row: s.row(2), cell: `C${s.row(2)}`, severity: "error" },
    ]);
  });

  test("every repeat points back at the first row, and says so in both languages", () => {
    const first = cases[0];
    if (!first) throw new Error("no case");
    const s = sheet({ title: TITLE, header: first.header, rows: first.rows });
    const found = findingsOf(check(s, OPTIONS), RULE);
    expect(found.map((f) => f.value)).toEqual([
      "Trường MN Hoa Sen",
      "Trường Tiểu học Kim Đồng",
      "TRƯỜNG MN HOA SEN",
      "TH Kim Đồng.",
    ]);
    expectMessage(
      found[0],
      ['"Trường MN Hoa Sen"', `trùng với dòng ${s.row(0)}`, "cùng địa bàn", "cùng hình thức"],
      [`row ${s.row(0)}`],
    );
    expectMessage(found[1], [`trùng với dòng ${s.row(3)}`]);
    expectMessage(found[2], [`trùng với dòng ${s.row(0)}`]);
    expectMessage(found[3], [`trùng với dòng ${s.row(3)}`]);
    expectNoBasis(found[0]);
  });
});
