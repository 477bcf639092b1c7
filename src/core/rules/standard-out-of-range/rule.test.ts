import type { CellValue } from "../../grid";
import type { Choices } from "../../../app/choices";
import { check, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "standard-out-of-range";
const TITLE = ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA", "(Kèm theo Báo cáo số 112/BC-UBND)"];
const COMBINED = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ngày công nhận"];
const SPLIT = ["STT", "Tên trường", "Xã/phường", "KĐCLGD", "CQG", "Ngày công nhận"];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly options: Choices;
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "mức độ is 1 or 2 in a combined code, under every regime",
    header: COMBINED,
    options: planOptions(2027),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ4-MĐ3", "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ3-MĐ2", 2020],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "MĐ0", 2022],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "MĐ1", "15/03/2016"],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "MĐ3", "15/03/2016"],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ2-MĐ2", "15/08/2026"],
      [7, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "CĐ2-MĐ3", "15/08/2026"],
    ],
    expected: [
      [0, "Mã công nhận", "error"],
      [2, "Mã công nhận", "error"],
      [4, "Mã công nhận", "error"],
      [6, "Mã công nhận", "error"],
    ],
  },
  {
    name: "a CQG column holding numbers or words",
    header: SPLIT,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", 4, 3, "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", 3, 2, "15/03/2021"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", 4, "Mức độ III", 2022],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", 2, "-", 2022],
    ],
    expected: [
      [0, "CQG", "error"],
      [2, "CQG", "error"],
    ],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, options, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, options), RULE)).toEqual(hits(s, expected));
  });

  test("message, regime and basis", () => {
    const s = sheet({ header: SPLIT, rows: [[1, "MN Hoa Sen", "Xã Ia Chim", 4, 3, "15/03/2021"]] });
    const [finding] = findingsOf(check(s, planOptions(2025)), RULE);
    expectMessage(finding, ["Mức độ chuẩn quốc gia 3 không hợp lệ", "mức độ 1 và mức độ 2"], ["level 3"]);
    expect(finding?.regime).toBe("tt2018");
    expect(finding?.value).toBe("3");
    expectBasis(finding, ["17/2018", "Điều 37"]);
  });
});
