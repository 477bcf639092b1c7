import type { CellValue } from "../../grid";
import { check, findingsOf, hits, nfd, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "unknown-type";
const OPTIONS = planOptions(2025);
const TITLE = ["DANH SÁCH CƠ SỞ GIÁO DỤC THÀNH PHỐ LẠNG SƠN"];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const NO_TYPE_COLUMN = ["STT", "Tên trường", "Xã/phường", "Mã công nhận"];
const WITH_TYPE = ["STT", "Tên trường", "Cấp học", "Xã/phường", "Mã công nhận"];

const cases: readonly Case[] = [
  {
    name: "without a Cấp học column the name must carry the level",
    header: NO_TYPE_COLUMN,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1"],
      [2, "Trường Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1"],
      [3, "Mẫu giáo Hoa Hồng", "Phường Vĩnh Trại", "CĐ2-MĐ1"],
      [4, "T.H Kim Đồng", "Phường Vĩnh Trại", "CĐ3-MĐ2"],
      [5, nfd("Trường Mầm non Tuổi Thơ"), "Phường Đông Kinh", "CĐ2-MĐ1"],
      [6, "Trường THCS DTNT huyện Cao Lộc", "Thị trấn Cao Lộc", "CĐ2-MĐ1"],
      [7, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "CĐ2-MĐ1"],
      [8, "PTDTNT tỉnh Lạng Sơn", "Phường Hoàng Văn Thụ", "CĐ3-MĐ2"],
    ],
    expected: [
      [1, "Tên trường", "warning"],
      [7, "Tên trường", "warning"],
    ],
  },
  {
    name: "a childcare group or a centre has no level to find: no warning (the summaries leave it out)",
    header: NO_TYPE_COLUMN,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1"],
      [2, "Nhóm lớp độc lập Thỏ Ngọc", "Xã Ia Chim", ""],
      [3, "Nhóm trẻ độc lập Ban Mai", "Xã Ia Chim", ""],
      [4, "Trung tâm GDNN-GDTX huyện Cao Lộc", "Thị trấn Cao Lộc", ""],
      [5, "Trường Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1"],
    ],
    expected: [[4, "Tên trường", "warning"]],
  },
  {
    name: "a readable Cấp học cell is enough; an unreadable one is pointed at",
    header: WITH_TYPE,
    rows: [
      [1, "Kim Đồng", "Tiểu học", "Phường Vĩnh Trại", "CĐ3-MĐ2"],
      [2, "Hoa Sen", null, "Xã Ia Chim", "CĐ2-MĐ1"],
      [3, "Chu Văn An", "Liên cấp", "Phường Vĩnh Trại", "CĐ2-MĐ1"],
      [4, "THCS Lê Lợi", "Trường chuyên biệt", "Phường Vĩnh Trại", "CĐ2-MĐ1"],
      [5, "Tuổi Thơ", nfd("Mầm non"), "Phường Đông Kinh", "CĐ2-MĐ1"],
      [6, "Suối Lư", "PTDTBT TH&THCS", "Xã Suối Lư", "CĐ2-MĐ1"],
    ],
    expected: [
      [1, "Tên trường", "warning"],
      [2, "Cấp học", "warning"],
    ],
  },
  {
    name: "an Excel error in the type cell is left to cell-error",
    header: WITH_TYPE,
    rows: [
      [1, "Hoa Sen", { error: "#N/A" }, "Xã Ia Chim", "CĐ2-MĐ1"],
      [2, "Kim Đồng", "Tiểu học", "Phường Vĩnh Trại", "CĐ3-MĐ2"],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("message names the school; basis cites the circular of each school type", () => {
    const s = sheet({ header: NO_TYPE_COLUMN, rows: [[1, "Trường Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1"]] });
    const [finding] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(
      finding,
      ["Không xác định được cấp học", '"Trường Hoa Mai"', "tiền tố"],
      ['"Trường Hoa Mai"'],
    );
    expect(finding?.value).toBe("Trường Hoa Mai");
    expectBasis(finding, ["17/2018", "tiểu học", "mầm non"], ["preschool"]);
  });
});
