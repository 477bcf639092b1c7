import type { CellValue } from "../../grid";
import { check, excelDate, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "renewal-due";
const OPTIONS = planOptions(2025);
const TITLE = [
  "DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA HUYỆN CAO LỘC",
  "(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2025)",
];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

/** A list of schools with their recognitions, no plan yet (no action column). */
const STATUS = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận"];

const ROWS: readonly (readonly CellValue[])[] = [
  [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2020"],
  [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", 2020],
  [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "31/07/2020"],
  [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "31/12/2019"],
  [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", excelDate(1, 1, 2020)],
  // Expires 15/03/2026, but its dossier is due 15/10/2025: due in the 2025 plan.
  [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ3-MĐ2", "15/03/2021"],
  [7, "TH Kim Đồng", "Phường Vĩnh Trại", "Chưa đạt", "15/03/2020"],
  [8, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "CĐ2-MĐ1", "03/2020"],
  [9, "THCS Na Ư", "Xã Na Ư", "CĐ2-MĐ1", "15/06/2021"],
];

const cases: readonly Case[] = [
  {
    name: "a list of recognitions: those expiring in the plan year, or whose dossier is due in it",
    header: STATUS,
    rows: ROWS,
    expected: [
      [0, "Ngày công nhận", "info"],
      [1, "Ngày công nhận", "info"],
      [2, "Ngày công nhận", "info"],
      [4, "Ngày công nhận", "info"],
      [5, "Ngày công nhận", "info"],
      [7, "Ngày công nhận", "info"],
    ],
  },
  {
    name: "a list with plans: an expiring school without a planned renewal is renewal-not-planned instead",
    header: [...STATUS, "Hình thức"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2020", "Công nhận lại"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2020", null],
      [3, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ3-MĐ2", "15/03/2021", "Nâng mức độ"],
      // Expires in 2026: not "not planned" in 2025, but its dossier is due in 2025.
      [4, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", "15/03/2021", null],
    ],
    expected: [
      [0, "Ngày công nhận", "info"],
      [2, "Ngày công nhận", "info"],
      [3, "Ngày công nhận", "info"],
    ],
  },
  {
    name: "a roadmap repeating a school's recognition on each planned year's row tells it once",
    header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận", "Năm phấn đấu", "Nội dung"],
    rows: [
      [1, "TH Hùng Vương", "Xã Ia Dom", "CĐ2-MĐ1", 2020, 2025, "Công nhận lại"],
      [null, "TH Hùng Vương", "Xã Ia Dom", "CĐ2-MĐ1", 2020, 2027, "Nâng mức"],
      // The same name in another commune is another school.
      [2, "TH Hùng Vương", "Xã Ia Chim", "CĐ2-MĐ1", 2020, 2025, "Công nhận lại"],
    ],
    expected: [
      [0, "Ngày công nhận", "info"],
      [2, "Ngày công nhận", "info"],
    ],
  },
  {
    name: "an expiry column is used as written",
    header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận", "Ngày hết hạn"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2020, "15/08/2026"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", 2021, "30/06/2025"],
    ],
    expected: [[1, "Ngày hết hạn", "info"]],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("recognised 09/04/2021: the dossier is due 09/11/2025, so it is due in 2025 and 2026, not 2024", () => {
    const s = sheet({
      header: STATUS,
      rows: [[1, "TH Lê Văn Tám", "Phường Quang Trung", "CĐ2-MĐ1", "09/04/2021"]],
    });
    const dueIn = (year: number) => only(check(s, planOptions(year)), RULE).length;
    expect([2024, 2025, 2026, 2027].map(dueIn)).toEqual([0, 1, 1, 0]);
    expectMessage(
      findingsOf(check(s, planOptions(2025)), RULE)[0],
      ["hết hạn 09/04/2026", "đăng ký đánh giá ngoài: 09/11/2025"],
      ["09/04/2026", "09/11/2025"],
    );
  });

  test("a year-only or school-year recognition is due from the earliest possible deadline", () => {
    const s = sheet({
      header: STATUS,
      rows: [
        [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", 2021],
        [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "2020-2021"],
        [3, "MN Sơn Ca", "Xã Ia Chim", "CĐ2-MĐ1", "năm học 2021 – 2022"],
      ],
    });
    const due = (year: number) => only(check(s, planOptions(year)), RULE).map((h) => h.row);
    // 2021 → expires during 2026, earliest deadline 01/08/2025.
    // 2020-2021 → expires 09/2025–08/2026, earliest deadline 04/2025.
    // 2021-2022 → expires 09/2026–08/2027, earliest deadline 04/2026.
    expect(due(2024)).toEqual([]);
    expect(due(2025)).toEqual([s.row(0), s.row(1)]);
    expect(due(2026)).toEqual([s.row(0), s.row(1), s.row(2)]);
    expect(due(2027)).toEqual([s.row(2)]);
    const [year, schoolYear] = findingsOf(check(s, planOptions(2025)), RULE);
    expectMessage(year, ["hết hạn trong năm 2026", "sớm nhất từ tháng 08/2025"], ["during 2026", "08/2025"]);
    expectMessage(schoolYear, ["hết hạn trong năm học 2025–2026", "sớm nhất từ tháng 04/2025"], ["04/2025"]);
  });

  test("messages give the expiry and the dossier deadline 5 months before it", () => {
    const found = findingsOf(check(sheet({ header: STATUS, rows: ROWS }), OPTIONS), RULE);
    expect(found.map((f) => f.value)).toEqual([
      "15/03/2020",
      "2020",
      "31/07/2020",
      "01/01/2020",
      "15/03/2021",
      "03/2020",
    ]);
    expectMessage(
      found[0],
      ["Công nhận hết hạn 15/03/2025", "đăng ký đánh giá ngoài: 15/10/2024"],
      ["15/03/2025", "15/10/2024"],
    );
    expectMessage(found[1], ["hết hạn trong năm 2025", "sớm nhất từ tháng 08/2024"], ["2025"]);
    expectMessage(found[2], ["hết hạn 31/07/2025", ": 28/02/2025"], ["28/02/2025"]);
    expectMessage(found[3], ["hết hạn 01/01/2025", ": 01/08/2024"], ["01/08/2024"]);
    expectMessage(found[5], ["hết hạn trong tháng 03/2025", "từ tháng 10/2024"], ["10/2024"]);
    expect(found[0]?.regime).toBe("tt2018");
    expectBasis(found[0], ["Điều 35", "5 tháng"], ["5 months"]);
  });
});
