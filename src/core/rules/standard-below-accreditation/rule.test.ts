import type { CellValue } from "../../grid";
import type { Choices } from "../../../app/choices";
import { check, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "standard-below-accreditation";
const TITLE = ["DANH SÁCH TRƯỜNG ĐẠT KIỂM ĐỊNH VÀ CHUẨN QUỐC GIA HUYỆN CAO LỘC"];
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
    name: "cấp độ 3 or 4 qualifies for mức độ 2: mức độ 1 beside it is a warning (not before 10/10/2018)",
    header: COMBINED,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ3-MĐ1", "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2021"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ3-MĐ2", 2022],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ4-MĐ1", "20/05/2025"],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ3-MĐ1", "15/03/2016"],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ5-MĐ1", 2020],
      [7, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ3", 2020],
    ],
    expected: [
      [0, "Mã công nhận", "warning"],
      [3, "Mã công nhận", "warning"],
    ],
  },
  {
    name: "separate columns: the warning is on the CQG cell",
    header: SPLIT,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", 4, 1, "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", 4, 2, "15/03/2021"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", 3, "-", "15/03/2021"],
    ],
    expected: [[0, "CQG", "warning"]],
  },
  {
    name: "under the unconfirmed tt2026 Mức 2 gives mức độ 2",
    header: COMBINED,
    options: planOptions(2027),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/08/2026"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ1-MĐ1", "15/08/2026"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "20/05/2026"],
    ],
    expected: [[0, "Mã công nhận", "warning"]],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, options, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, options), RULE)).toEqual(hits(s, expected));
  });

  test("message, regime and basis", () => {
    const s = sheet({ header: COMBINED, rows: [[1, "MN Hoa Sen", "Xã Ia Chim", "CĐ4-MĐ1", "20/05/2025"]] });
    const [finding] = findingsOf(check(s, planOptions(2025)), RULE);
    expectMessage(
      finding,
      ["KĐCLGD cấp độ 4", "chuẩn quốc gia mức độ 2", "ghi mức độ 1"],
      ["level 4", "level 2"],
    );
    expect(finding?.regime).toBe("tt2018a");
    expect(finding?.value).toBe("CĐ4-MĐ1");
    expectBasis(finding, ["Điều 37 khoản 2"]);
  });
});
