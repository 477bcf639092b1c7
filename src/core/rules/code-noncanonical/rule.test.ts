import type { CellValue } from "../../grid";
import { check, findingsOf, hits, nfd, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectMessage, expectNoBasis } from "../../../../test/helpers/messages";

const RULE = "code-noncanonical";
const OPTIONS = planOptions(2025);
const TITLE = ["DANH SÁCH TRƯỜNG ĐẠT KIỂM ĐỊNH VÀ CHUẨN QUỐC GIA", "(Kèm theo Báo cáo số 112/BC-PGDĐT)"];

const COMBINED = ["STT", "Tên trường", "Xã/phường", "Mã công nhận", "Năm công nhận"];
const SPLIT = ["STT", "Tên trường", "Xã/phường", "KĐCLGD", "CQG", "Năm công nhận"];

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly expected: readonly Expected[];
}

const cases: readonly Case[] = [
  {
    name: "combined spellings get the canonical CĐn-MĐn as their fix",
    header: COMBINED,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1", "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ 2 - MĐ 1", 2020],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "cđ2–mđ1", 2022],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", nfd("CĐ3-MĐ2"), 2022],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CD3-MD2", 2019],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "Cấp độ 2 - Mức độ 1", 2019],
      [7, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "CĐ II - MĐ I", 2021],
      [8, "TH&THCS Na Ư", "Xã Na Ư", "CĐ3", 2019],
      [9, "MN Tuổi Thơ", "Phường Đông Kinh", "-", null],
      [10, "MN Sơn Ca", "Phường Đông Kinh", "Chưa đạt", null],
      [11, "THPT Cao Lộc", "Thị trấn Cao Lộc", "Đạt", 2023],
      [12, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ2-MĐ1.", 2023],
    ],
    expected: [
      [1, "Mã công nhận", "info", "CĐ2-MĐ1"],
      [2, "Mã công nhận", "info", "CĐ2-MĐ1"],
      [4, "Mã công nhận", "info", "CĐ3-MĐ2"],
      [5, "Mã công nhận", "info", "CĐ2-MĐ1"],
      [6, "Mã công nhận", "info", "CĐ2-MĐ1"],
      [11, "Mã công nhận", "info", "CĐ2-MĐ1"],
    ],
  },
  {
    name: "separate columns: numbers are fine, words get CĐn / MĐn",
    header: SPLIT,
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", 2, 1, "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "2", "1", 2020],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "Cấp độ 3", "Mức độ 2", 2022],
      [4, "THCS Lê Lợi", "Phường Vĩnh Trại", "KĐCLGD cấp độ III", "chuẩn QG mức 1", 2019],
      [5, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ2", "cấp độ 1", 2019],
      [6, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "CĐ3", "MĐ2", 2021],
    ],
    expected: [
      [2, "KĐCLGD", "info", "CĐ3"],
      [2, "CQG", "info", "MĐ2"],
      [3, "KĐCLGD", "info", "CĐ3"],
      [3, "CQG", "info", "MĐ1"],
      [4, "CQG", "info", "MĐ1"],
    ],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, OPTIONS), RULE)).toEqual(hits(s, expected));
  });

  test("a 'cấp độ' word in the CQG column is explained; other spellings just get the canonical form", () => {
    const s = sheet({
      header: SPLIT,
      rows: [
        [1, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ2", "cấp độ 1", "15/03/2019"],
        [2, "THCS Lê Lợi", "Phường Vĩnh Trại", "Cấp độ 3", "MĐ2", "15/03/2019"],
      ],
    });
    const [press, plain] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(
      press,
      ['"cấp độ 1"', 'dùng từ "cấp độ" cho chuẩn quốc gia', "mức độ", '"MĐ1"'],
      ['"MĐ1"', "mức độ"],
    );
    expectMessage(plain, ['Cách ghi chuẩn là "CĐ3"'], ['"CĐ3"']);
    expect(press?.value).toBe("cấp độ 1");
    expectNoBasis(press);
  });
});
