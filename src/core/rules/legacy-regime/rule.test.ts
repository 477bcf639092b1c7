import type { CellValue } from "../../grid";
import type { Choices } from "../../../app/choices";
import { check, findingsOf, hits, only, planOptions, serial, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "legacy-regime";
const TITLE = ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA HUYỆN CAO LỘC"];
const HEADER = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận", "Năm công nhận trước"];

interface Case {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly options: Choices;
  readonly expected: readonly Expected[];
}

const ROWS: readonly (readonly CellValue[])[] = [
  [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ1-MĐ1", "15/03/2017", null],
  [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "09/10/2018", null],
  [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "10/10/2018", null],
  [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "MĐ1", 2016, null],
  [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", 2018, null],
  [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "Chưa đạt", "15/03/2016", null],
  [7, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ3-MĐ2", serial(20, 11, 2015), null],
  [8, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "CĐ2-MĐ1", "15/03/2021", 2016],
  [9, "TH&THCS Na Ư", "Xã Na Ư", "CĐ2-MĐ1", null, "2016"],
];

const cases: readonly Case[] = [
  {
    name: "recognitions before 10/10/2018 with a level are noted once, on their date",
    rows: ROWS,
    options: planOptions(2025),
    expected: [
      [0, "Ngày công nhận", "info"],
      [1, "Ngày công nhận", "info"],
      [3, "Ngày công nhận", "info"],
      [6, "Ngày công nhận", "info"],
      [8, "Năm công nhận trước", "info"],
    ],
  },
  {
    name: "a regime chosen by the user is not questioned (tt2018)",
    rows: ROWS,
    options: planOptions(2025, { regime: "tt2018" }),
    expected: [],
  },
  {
    name: "a regime chosen by the user is not questioned (legacy)",
    rows: ROWS,
    options: planOptions(2025, { regime: "legacy" }),
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ rows, options, expected }) => {
    const s = sheet({ title: TITLE, header: HEADER, rows });
    expect(only(check(s, options), RULE)).toEqual(hits(s, expected));
  });

  test("legacy rows are not cross-checked by the level rules", () => {
    const s = sheet({ title: TITLE, header: HEADER, rows: ROWS });
    const findings = check(s, planOptions(2025));
    expect(only(findings, "standard-needs-accreditation")).toEqual([]);
    expect(only(findings, "standard-without-accreditation")).toEqual([]);
  });

  test("message gives the date as read; regime is legacy; basis cites the 2018 circulars' start", () => {
    const s = sheet({ title: TITLE, header: HEADER, rows: ROWS });
    const [first, , , serialDate] = findingsOf(check(s, planOptions(2025)), RULE);
    expectMessage(
      first,
      ["Công nhận 15/03/2017", "trước ngày 10/10/2018", "không đối chiếu cấp độ với mức độ"],
      ["15/03/2017", "10/10/2018"],
    );
    expectMessage(serialDate, ["Công nhận 20/11/2015"]);
    expect(first?.regime).toBe("legacy");
    expectBasis(first, ["17/2018", "10/10/2018"], ["10/10/2018"]);
  });
});
