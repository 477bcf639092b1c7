import type { CellValue } from "../../grid";
import { check, findingsOf, hits, nfd, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectMessage, expectNoBasis } from "../../../../test/helpers/messages";

const RULE = "missing-value";
const OPTIONS = planOptions(2025);
const TITLE = ["DANH SÁCH TRƯỜNG HỌC HUYỆN CAO LỘC NĂM 2025"];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const COMBINED = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Năm công nhận"];
const SPLIT = ["STT", "Tên trường", "Xã/phường", "KĐCLGD", "CQG", "Năm công nhận"];

const cases: readonly Case[] = [
  {
    name: "an empty code cell means 'not recognised': no finding, whether blank, '-' or 'Chưa đạt'",
    header: COMBINED,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", null, null],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "-", null],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "Chưa đạt", null],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", nfd("Chưa đạt"), null],
      [6, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "   ", null],
    ],
    expected: [],
  },
  {
    name: "separate columns left blank are 'none' too",
    header: SPLIT,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", 2, null, 2021],
      [2, "MN Hoa Mai", "Xã Ia Chim", null, null, null],
      [3, "THCS Chu Văn An", "Phường Vĩnh Trại", "-", "-", null],
    ],
    expected: [],
  },
  {
    name: "rows planned for a first recognition have no code yet: no finding",
    header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Năm công nhận", "Hình thức"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2021, null],
      [2, "TH Kim Đồng", "Xã Ia Chim", null, null, "Công nhận mới"],
      [3, "THCS Lê Lợi", "Phường Vĩnh Trại", "", null, "CN lần đầu"],
    ],
    expected: [],
  },
  {
    name: "a school row without a name is an error on the name cell",
    header: COMBINED,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2021],
      [2, null, "Xã Ia Chim", "CĐ2-MĐ1", 2020],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ3-MĐ2", 2022],
    ],
    expected: [[1, "Tên trường", "error"]],
  },
  {
    name: "a nameless row is reported once, for its name, even with an empty code",
    header: COMBINED,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2021],
      [2, "", "Xã Ia Chim", null, "15/03/2020"],
    ],
    expected: [[1, "Tên trường", "error"]],
  },
  {
    name: "group, section and total rows are not schools: no missing name for them",
    header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Kinh phí (triệu đồng)"],
    rows: [
      [null, "CÔNG NHẬN MỚI", null, null, null],
      ["I", "Mầm non", null, null, null],
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 120],
      [2, "MN Hoa Mai", "Xã Ia Chim", null, 80],
      ["A", "CÔNG NHẬN LẠI", null, null, null],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ3-MĐ2", 200],
      [null, "Tổng cộng", null, null, 400],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("the message names the missing school name, in both languages, with no legal basis", () => {
    const s = sheet({
      header: COMBINED,
      rows: [
        [1, null, "Xã Ia Chim", "CĐ2-MĐ1", 2021],
        [2, "MN Hoa Mai", "Xã Ia Chim", null, 2020],
      ],
    });
    const found = findingsOf(check(s, OPTIONS), RULE);
    expect(found).toHaveLength(1);
    expectMessage(found[0], ["không có tên trường"], ["no school name"]);
    expect(found[0]?.value).toBeNull();
    expect(found[0]?.column).toBe("Tên trường");
    expectNoBasis(found[0]);
  });
});
