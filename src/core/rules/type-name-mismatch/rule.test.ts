import type { CellValue } from "../../grid";
import { check, findingsOf, hits, nfd, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "type-name-mismatch";
const OPTIONS = planOptions(2025);
const TITLE = ["DANH SÁCH TRƯỜNG HỌC HUYỆN MƯỜNG NHÉ", "(Kèm theo Kế hoạch số 07/KH-UBND)"];
const HEADER = ["STT", "Tên trường", "Cấp học", "Xã/phường", "Mã công nhận"];

interface Case {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "a column level other than the name's is an error on the Cấp học cell",
    rows: [
      [1, "THCS Lê Lợi", "Tiểu học", "Phường Vĩnh Trại", "CĐ2-MĐ1"],
      [2, "PTDTBT TH&THCS Suối Lư", "TH&THCS", "Xã Suối Lư", "CĐ2-MĐ1"],
      [3, "TRƯỜNG PTDTBT TH&THCS NA Ư", "THCS", "Xã Na Ư", "CĐ1"],
      [4, "MG Hoa Hồng", "Mầm non", "Xã Ia Chim", "CĐ2-MĐ1"],
      [5, "THCS Chu Văn An", "Cấp 2", "Phường Vĩnh Trại", "CĐ3-MĐ2"],
      [6, "THCS&THPT Hermann Gmeiner", "THPT", "Phường Đông Kinh", "CĐ3-MĐ2"],
      [7, "Trường THCS DTNT huyện Mường Nhé", "THCS", "Thị trấn Mường Nhé", "CĐ2-MĐ1"],
      [8, nfd("Tiểu học Kim Đồng"), nfd("Tiểu học"), "Phường Vĩnh Trại", "CĐ3-MĐ2"],
      [9, "Nhà trẻ Hoa Mai", "Mầm non", "Xã Ia Chim", "CĐ2-MĐ1"],
    ],
    expected: [
      [0, "Cấp học", "error"],
      [2, "Cấp học", "error"],
      [5, "Cấp học", "error"],
    ],
  },
  {
    name: "nothing to compare: empty or unreadable column, or a name without a prefix",
    rows: [
      [1, "TH Kim Đồng", null, "Phường Vĩnh Trại", "CĐ3-MĐ2"],
      [2, "Hoa Sen", "Tiểu học", "Xã Ia Chim", "CĐ2-MĐ1"],
      [3, "THCS Lê Lợi", "Liên cấp", "Phường Vĩnh Trại", "CĐ2-MĐ1"],
      [4, "MN Hoa Sen", { error: "#N/A" }, "Xã Ia Chim", "CĐ2-MĐ1"],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ rows, expected }) => {
    const s = sheet({ title: TITLE, header: HEADER, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("message names both levels; basis cites the circulars by school type", () => {
    const s = sheet({
      header: HEADER,
      rows: [[1, "THCS Lê Lợi", "Tiểu học", "Phường Vĩnh Trại", "CĐ2-MĐ1"]],
    });
    const [finding] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(
      finding,
      ['Cột cấp học ghi "Tiểu học"', 'tên trường cho thấy "THCS"'],
      ['"Primary"', '"Lower secondary"'],
    );
    expect(finding?.value).toBe("Tiểu học");
    expect(finding?.column).toBe("Cấp học");
    expectBasis(finding, ["17/2018", "18/2018", "THCS"], ["secondary"]);
  });
});
