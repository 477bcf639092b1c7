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
    name: "an empty combined code is an error; '-', 'Chưa đạt' and codes are not",
    header: COMBINED,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", null, 2020],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "-", null],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "Chưa đạt", null],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", nfd("Chưa đạt"), null],
      [6, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "   ", null],
    ],
    expected: [
      [1, "Mã công nhận", "error"],
      [5, "Mã công nhận", "error"],
    ],
  },
  {
    name: "separate columns: a blank CQG beside a cấp độ is 'none'; both blank is an error on the first",
    header: SPLIT,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", 2, null, 2021],
      [2, "MN Hoa Mai", "Xã Ia Chim", null, null, 2020],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", null, 1, 2019],
      [4, "THCS Lê Lợi", "Phường Vĩnh Trại", 3, 2, "04/01/2024"],
      [5, "THCS Chu Văn An", "Phường Vĩnh Trại", "-", "-", null],
    ],
    expected: [[1, "KĐCLGD", "error"]],
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
    name: "an Excel error in the code cell is not an empty code",
    header: COMBINED,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", { error: "#N/A" }, 2021],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", 2020],
    ],
    expected: [],
  },
  {
    name: "group and total rows have no code and are not schools",
    header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Kinh phí (triệu đồng)"],
    rows: [
      ["I", "Mầm non", null, null, null],
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 120],
      [2, "MN Hoa Mai", "Xã Ia Chim", null, 80],
      ["II", "Tiểu học", null, null, null],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ3-MĐ2", 200],
      [null, "Tổng cộng", null, null, 400],
    ],
    expected: [[2, "Mã công nhận", "error"]],
  },
  {
    name: "a list without a code column asks for no code",
    header: ["STT", "Tên trường", "Xã/phường", "Năm công nhận"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", 2021],
      [2, "MN Hoa Mai", "Xã Ia Chim", null],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("messages tell a missing name from an empty code", () => {
    const s = sheet({
      header: COMBINED,
      rows: [
        [1, null, "Xã Ia Chim", "CĐ2-MĐ1", 2021],
        [2, "MN Hoa Mai", "Xã Ia Chim", null, 2020],
      ],
    });
    const [name, code] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(name, ["không có tên trường"], ["no school name"]);
    expectMessage(code, ["Ô mức công nhận để trống", '"Chưa đạt"'], ['"Chưa đạt"']);
    expect(name?.value).toBeNull();
    expect(code?.value).toBeNull();
    expect(code?.column).toBe("Mã công nhận");
    expectNoBasis(code);
  });
});
