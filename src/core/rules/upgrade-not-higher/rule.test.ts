import type { CellValue } from "../../grid";
import type { Choices } from "../../../app/choices";
import { check, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "upgrade-not-higher";
const TITLE = ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ NÂNG MỨC ĐỘ", "(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2025)"];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly options: Choices;
  readonly expected: readonly Expected[];
}

const DATED = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận", "Hình thức"];
const TARGET = [
  "STT",
  "Tên trường",
  "Xã/phường",
  "Mã công nhận",
  "Ngày công nhận",
  "Mức đề nghị",
  "Hình thức",
];

const cases: readonly Case[] = [
  {
    name: "without a target the next level up is meant: there must be one, or the action must name a higher one",
    header: DATED,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ4-MĐ2", "15/03/2020", "Nâng mức độ"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2020", "Nâng mức độ"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ3-MĐ2", "15/03/2020", "Nâng lên mức độ 2"],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "15/03/2020", "Nâng lên mức độ 2"],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "-", null, "Nâng mức độ"],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ4-MĐ2", "15/03/2020", "Công nhận lại"],
      [7, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ3-MĐ2", "15/03/2020", "Nâng mức độ"],
    ],
    expected: [
      [0, "Mã công nhận", "error"],
      [2, "Mã công nhận", "error"],
    ],
  },
  {
    name: "a target column: the finding is on the target",
    header: TARGET,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ3-MĐ2", "15/03/2020", "CĐ3-MĐ2", "Nâng mức độ"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ3-MĐ1", "15/03/2020", "CĐ3-MĐ2", "Nâng mức độ"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ3-MĐ2", "15/03/2020", "CĐ4", "Nâng mức độ"],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "15/03/2020", "MĐ1", "Nâng mức độ"],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", "15/03/2020", null, "Nâng mức độ"],
    ],
    expected: [
      [0, "Mức đề nghị", "error"],
      [3, "Mức đề nghị", "error"],
    ],
  },
  {
    name: "separate level columns: the finding is on the action",
    header: ["STT", "Tên trường", "Xã/phường", "KĐCLGD", "CQG", "Ngày công nhận", "Hình thức"],
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", 4, 2, "15/03/2020", "Nâng mức độ"],
      [2, "MN Hoa Mai", "Xã Ia Chim", 3, 1, "15/03/2020", "Nâng mức độ"],
    ],
    expected: [[0, "Hình thức", "error"]],
  },
  {
    name: "with only two levels under the unconfirmed tt2026, CĐ2-MĐ2 has no next level: a warning only",
    header: DATED,
    options: planOptions(2029),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ2", "15/08/2026", "Nâng mức độ"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/08/2026", "Nâng mức độ"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ4-MĐ2", "15/08/2026", "Nâng mức độ"],
    ],
    expected: [
      [0, "Mã công nhận", "warning"],
      [2, "Mã công nhận", "error"],
    ],
  },
  {
    name: "an undated plan list holds the levels to reach: nothing to compare",
    header: ["TT", "CƠ SỞ GIÁO DỤC", "TÍCH HỢP KĐCLGD&CQG", "GHI CHÚ"],
    options: planOptions(2024),
    rows: [
      ["1.", "TH Số 2 Tứ Hạ", "CĐ3-MĐ2", "Nâng mức độ"],
      ["2.", "MN Hương Xuân", "CĐ4-MĐ2", "Nâng mức độ"],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, options, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, options), RULE)).toEqual(hits(s, expected));
  });

  test("messages give the current level and the target; regime and basis", () => {
    const s = sheet({
      header: TARGET,
      rows: [
        [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ3-MĐ2", "15/03/2020", "CĐ3-MĐ2", "Nâng mức độ"],
        [2, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ4-MĐ2", "15/03/2020", null, "Nâng mức độ"],
      ],
    });
    const [stated, implied] = findingsOf(check(s, planOptions(2025)), RULE);
    expectMessage(
      stated,
      ["Nâng mức", "mức đề nghị (CĐ3-MĐ2)", "không cao hơn mức hiện có (CĐ3-MĐ2)"],
      ["CĐ3-MĐ2"],
    );
    expectMessage(implied, ["mức hiện có (CĐ4-MĐ2)"], ["CĐ4-MĐ2"]);
    expect(stated?.regime).toBe("tt2018");
    expectBasis(stated, ["Điều 5"]);
  });
});
