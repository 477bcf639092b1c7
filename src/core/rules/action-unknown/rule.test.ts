import type { CellValue } from "../../grid";
import { check, findingsOf, hits, nfd, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectMessage, expectNoBasis } from "../../../../test/helpers/messages";

const RULE = "action-unknown";
const OPTIONS = planOptions(2025);
const TITLE = ["DANH SÁCH CƠ SỞ GIÁO DỤC ĐỀ NGHỊ CÔNG NHẬN NĂM 2025", "(Kèm theo Kế hoạch số 20/KH-UBND)"];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const HT = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Hình thức"];
const GC = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Ghi chú"];

const cases: readonly Case[] = [
  {
    name: "actions as lists write them are read; anything else is a warning",
    header: HT,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "Công nhận mới"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "Xây dựng"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "CN lại"],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ1", "CN mới hoặc CN lại"],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ3-MĐ2", "Nâng lên mức độ 2"],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ2-MĐ1", "Nâng cấp CSVC"],
      [7, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ2-MĐ1", "Đề nghị công nhận lại năm 2025"],
      [8, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "CĐ2-MĐ1", nfd("Công nhận kết quả duy trì")],
      [9, "TH&THCS Na Ư", "Xã Na Ư", "CĐ2-MĐ1", 2025],
      [10, "MN Tuổi Thơ", "Phường Đông Kinh", "CĐ2-MĐ1", "-"],
      [11, "MN Sơn Ca", "Phường Đông Kinh", "CĐ2-MĐ1", null],
      [12, "THPT Cao Lộc", "Thị trấn Cao Lộc", "CĐ2-MĐ1", "Tái công nhận"],
    ],
    expected: [
      [1, "Hình thức", "warning"],
      [3, "Hình thức", "warning"],
      [5, "Hình thức", "warning"],
      [8, "Hình thức", "warning"],
    ],
  },
  {
    name: "a Ghi chú column mostly of actions is the action column",
    header: GC,
    rows: [
      ["1.", "MN Hương Xuân", null, "CĐ2-MĐ1", "CN Lần đầu"],
      ["2.", "MN Tứ Hạ", null, "CĐ2-MĐ1", "CN lại"],
      ["3.", "TH Bình Điền", null, "CĐ2-MĐ1", "Trường mới sáp nhập"],
    ],
    expected: [[2, "Ghi chú", "warning"]],
  },
  {
    name: "a Ghi chú column of notes is not an action column at all",
    header: GC,
    rows: [
      ["1.", "MN Hương Xuân", null, "CĐ2-MĐ1", "Điểm lẻ thôn 3"],
      ["2.", "MN Tứ Hạ", null, "CĐ2-MĐ1", "Trường mới sáp nhập"],
      ["3.", "TH Bình Điền", null, "CĐ2-MĐ1", "CN lại"],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("message quotes the cell and names the three actions", () => {
    const s = sheet({ header: HT, rows: [[1, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", "Xây dựng"]] });
    const [finding] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(
      finding,
      ['Không hiểu hình thức "Xây dựng"', '"Công nhận mới"', '"Công nhận lại"', '"Nâng mức độ"'],
      ['"Xây dựng"', "renewal"],
    );
    expect(finding?.value).toBe("Xây dựng");
    expectNoBasis(finding);
  });
});
