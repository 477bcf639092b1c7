import type { CellValue } from "../../grid";
import {
  check,
  excelDate,
  findingsOf,
  hits,
  nfd,
  only,
  planOptions,
  sheet,
} from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "code-unparseable";
const OPTIONS = planOptions(2025);
const TITLE = ["DANH SÁCH TRƯỜNG ĐẠT KIỂM ĐỊNH VÀ CHUẨN QUỐC GIA", "(Kèm theo Báo cáo số 112/BC-PGDĐT)"];

const COMBINED = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Năm công nhận"];
const SPLIT = ["STT", "Tên trường", "Xã/phường", "KĐCLGD", "CQG", "Năm công nhận"];
const TARGET = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Mức đề nghị", "Hình thức"];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "combined column: half codes, repeated kinds, bare numbers and dates are unreadable",
    header: COMBINED,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "Đạt", 2020],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ2-MĐ", 2022],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "cđ2–mđ1", 2022],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-CĐ3", 2019],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", nfd("Cấp độ 2 - Mức độ 1"), 2019],
      [7, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", 2, 2021],
      [8, "TH&THCS Na Ư", "Xã Na Ư", excelDate(15, 3, 2019), 2019],
      [9, "MN Tuổi Thơ", "Phường Đông Kinh", "Chưa công nhận", null],
      [10, "MN Sơn Ca", "Phường Đông Kinh", { error: "#N/A" }, null],
      [11, "THPT Cao Lộc", "Thị trấn Cao Lộc", "KĐ cấp độ 2, CQG mức độ 1", 2023],
    ],
    expected: [
      [1, "Mã công nhận", "error"],
      [2, "Mã công nhận", "error"],
      [4, "Mã công nhận", "error"],
      [6, "Mã công nhận", "error"],
      [7, "Mã công nhận", "error"],
    ],
  },
  {
    name: "separate columns: a level of the other kind, a fraction or a word does not belong",
    header: SPLIT,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", 2, 1, "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "MĐ2", "Đạt chuẩn", 2020],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "Cấp độ III", "chuẩn QG mức 2", 2022],
      [4, "THCS Lê Lợi", "Phường Vĩnh Trại", 2.5, "Không", 2019],
      [5, "THCS Chu Văn An", "Phường Vĩnh Trại", "3", "x", 2019],
    ],
    expected: [
      [1, "KĐCLGD", "error"],
      [1, "CQG", "error"],
      [3, "KĐCLGD", "error"],
      [4, "CQG", "error"],
    ],
  },
  {
    name: "the target column of a plan is read like a combined code",
    header: TARGET,
    rows: [
      [1, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ2-MĐ1", "CĐ3-MĐ2", "Nâng mức độ"],
      [2, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ1", "Cao hơn", "Nâng mức độ"],
    ],
    expected: [[1, "Mức đề nghị", "error"]],
  },
  {
    name: "codes typed without spaces or in full-width characters read; a half code run together does not",
    header: COMBINED,
    rows: [
      [1, "TH Thử 1", "Xã An Phú", "CĐ2MĐ1", "15/03/2023"],
      [2, "TH Thử 2", "Xã An Phú", "cđ3mđ2", "15/03/2023"],
      [3, "TH Thử 3", "Xã An Phú", "CD2MD1", "15/03/2023"],
      [4, "TH Thử 4", "Xã An Phú", "ＣＤ２－ＭＤ１", "15/03/2023"],
      [5, "TH Thử 5", "Xã An Phú", "C Đ 2 - M Đ 1", "15/03/2023"],
      [6, "TH Thử 6", "Xã An Phú", "CĐ2\u200b-MĐ1", "15/03/2023"],
      [7, "TH Thử 7", "Xã An Phú", "CĐ2MĐ", "15/03/2023"],
    ],
    expected: [[6, "Mã công nhận", "error"]],
  },
  {
    name: "separate columns: levels typed without spaces or in full-width digits read",
    header: SPLIT,
    rows: [
      [1, "TH Thử 1", "Xã An Phú", "Cấp độ2", "Mứcđộ1", "15/03/2023"],
      [2, "TH Thử 2", "Xã An Phú", "２", "１", "15/03/2023"],
      [3, "TH Thử 3", "Xã An Phú", "cấpđộIII", "mứcđộII", "15/03/2023"],
    ],
    expected: [],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("the message quotes the text and says how each column is written", () => {
    const s = sheet({
      header: SPLIT,
      rows: [
        [1, "MN Hoa Mai", "Xã Ia Chim", "MĐ2", "Đạt chuẩn", "15/03/2019"],
        [2, "THCS Lê Lợi", "Phường Vĩnh Trại", null, null, null],
      ],
    });
    const [acc, std] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(acc, ['Không đọc được "MĐ2"', "cấp độ KĐCLGD dạng CĐ1…CĐ4"], ['"MĐ2"']);
    expectMessage(std, ['Không đọc được "Đạt chuẩn"', "mức độ CQG dạng MĐ1, MĐ2"], ['"Đạt chuẩn"']);
    expect(acc?.value).toBe("MĐ2");
    expect(acc?.regime).toBe("tt2018");
    expectBasis(acc, ["17/2018", "Điều 37"]);

    const c = sheet({ header: COMBINED, rows: [[1, "MN Hoa Mai", "Xã Ia Chim", "Đạt", 2020]] });
    expectMessage(findingsOf(check(c, OPTIONS), RULE)[0], ["mã tích hợp dạng CĐ2-MĐ1"], ["CĐ2-MĐ1"]);
  });
});
