import type { CellValue } from "../../grid";
import { check, excelDate, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";
import { summarize } from "../../summary/summary";
import { validate } from "../../validate";

const RULE = "expiry-mismatch";
const OPTIONS = planOptions(2027);
const TITLE = ["UBND PHƯỜNG PLEIKU", "DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA (tính đến 31/12/2027)"];
const HEADER = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận", "Ngày hết hạn"];

interface Case {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "an expiry three years or seven years after the decision",
    rows: [
      [1, "MN Hoa Sen", "Phường Pleiku", "CĐ2-MĐ1", "10/05/2023", "10/05/2026"],
      [2, "MN Bông Sen", "Phường Pleiku", "CĐ2-MĐ1", 2021, 2028],
      [3, "TH Lê Lợi", "Phường Pleiku", "CĐ2-MĐ1", excelDate(15, 3, 2023), excelDate(15, 3, 2028)],
    ],
    expected: [
      [0, "Ngày hết hạn", "warning"],
      [1, "Ngày hết hạn", "warning"],
    ],
  },
  {
    name: "the day before the anniversary, a month or a year written for a day, agree",
    rows: [
      [1, "TH Kim Đồng", "Phường Pleiku", "CĐ3-MĐ2", "15/03/2022", "14/03/2027"],
      [2, "TH Lê Văn Tám", "Phường Pleiku", "CĐ2-MĐ1", "20/11/2021", "11/2026"],
      [3, "THCS Hùng Vương", "Phường Pleiku", "CĐ2-MĐ1", "09/2022", 2027],
      [4, "THCS Chu Văn An", "Phường Pleiku", "CĐ2-MĐ1", "2022-2023", "15/10/2027"],
    ],
    expected: [],
  },
  {
    name: "a date the check already marks as wrong is not compared, and a missing one neither",
    rows: [
      [1, "TH Kim Đồng", "Phường Pleiku", "CĐ3-MĐ2", "31/02/2022", "14/03/2027"],
      [2, "TH Lê Văn Tám", "Phường Pleiku", "CĐ2-MĐ1", "20/11/2021", "2050"],
      [3, "THCS Hùng Vương", "Phường Pleiku", "CĐ2-MĐ1", null, 2027],
      [4, "THCS Chu Văn An", "Phường Pleiku", "CĐ2-MĐ1", "15/10/2022", null],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ rows, expected }) => {
    const s = sheet({ title: TITLE, header: HEADER, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("the message gives both dates and the expiry the decision gives; basis: the 5-year term", () => {
    const s = sheet({ header: HEADER, rows: cases[0]!.rows });
    const [first, second] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(
      first,
      ["Hết hạn 10/05/2026", "ngày công nhận 10/05/2023", "đến 10/05/2028", "chưa được tính vào tỉ lệ"],
      ["10/05/2026", "10/05/2023", "until 10/05/2028", "left out of the rates"],
    );
    expectMessage(second, ["Hết hạn 2028", "ngày công nhận 2021", "đến 2026"], ["2028", "2026"]);
    expectBasis(first, ["Điều 35 khoản 2", "5 năm"], ["5 years"]);
  });

  test("the school is left out of the rates, by its expiry cell, as the message says", () => {
    const s = sheet({ title: TITLE, header: HEADER, rows: cases[0]!.rows });
    const summary = summarize(validate([s], { planYear: 2027 }).tables, { planYear: 2027 });
    expect(summary.coverageExcluded.map((c) => [c.school, c.cell, c.reason])).toEqual([
      ["MN Hoa Sen", s.cell(0, "Ngày hết hạn"), "date"],
      ["MN Bông Sen", s.cell(1, "Ngày hết hạn"), "date"],
    ]);
    expect(summary.coverage?.total).toMatchObject({ schools: 1, standard: 1 });
  });
});
