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

/** A clean city list that writes "Cấp độ N" / "Mức độ N" throughout, as many do. */
function consistentList(extra: readonly (readonly CellValue[])[] = []): readonly (readonly CellValue[])[] {
  const rows: CellValue[][] = [];
  for (let i = 0; i < 40; i++) {
    const level = (i % 3) + 1;
    rows.push([
      i + 1,
      `TH Số ${i + 1}`,
      "Phường Quang Trung",
      `Cấp độ ${level}`,
      level >= 2 ? `Mức độ ${level - 1}` : "-",
      2021,
    ]);
  }
  return [...rows, ...extra];
}

describe(RULE, () => {
  test("a column written the same way throughout is the list's own style: no finding at all", () => {
    const s = sheet({ title: TITLE, header: SPLIT, rows: consistentList() });
    expect(only(check(s, OPTIONS), RULE)).toEqual([]);
  });

  test("a cell that differs from its column's usual spelling is reported, with the canonical fix", () => {
    const s = sheet({
      title: TITLE,
      header: SPLIT,
      rows: consistentList([
        [41, "THCS Lê Lợi", "Phường Quang Trung", "cđ 3", "Mức độ 2", 2021],
        [42, "THCS Chu Văn An", "Phường Quang Trung", "CĐ2", "MĐ1", 2021],
        [43, "THCS Kim Đồng", "Phường Quang Trung", nfd("Cấp độ 2"), "cấp độ 1", 2021],
      ]),
    });
    // "CĐ2"/"MĐ1" are canonical and never reported; NFD text spells the same as NFC.
    expect(only(check(s, OPTIONS), RULE)).toEqual(
      hits(s, [
        [40, "KĐCLGD", "info", "CĐ3"],
        [42, "CQG", "info", "MĐ1"],
      ]),
    );
  });

  test("without a clear majority spelling, every non-canonical code is reported and fix-all writes one form", () => {
    const s = sheet({
      header: COMBINED,
      rows: [
        [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ 2 - MĐ 1", 2021],
        [2, "MN Hoa Mai", "Xã Ia Chim", "Cấp độ 2 - Mức độ 1", 2021],
        [3, "MN Sơn Ca", "Xã Ia Chim", "cd3-md2", 2021],
        [4, "MN Tuổi Thơ", "Xã Ia Chim", "CĐ2-MĐ1", 2021],
      ],
    });
    expect(only(check(s, OPTIONS), RULE).map((h) => h.fix)).toEqual(["CĐ2-MĐ1", "CĐ2-MĐ1", "CĐ3-MĐ2"]);
  });

  test("under the reported TT 57/2026, 'Mức 2' is not the old cấp độ 2: no rewrite is offered", () => {
    const s = sheet({
      header: SPLIT,
      rows: [
        [1, "MN Hoa Sen", "Xã Ia Chim", "Mức 2", "MĐ2", "15/09/2026"],
        [2, "MN Hoa Mai", "Xã Ia Chim", "Mức 1", "MĐ1", "20/10/2026"],
        [3, "TH Kim Đồng", "Xã Ia Chim", "Mức 2", null, null],
        [4, "TH Số 1", "Xã Ia Chim", "cấp độ 2", "Mức độ 1", "15/03/2021"],
      ],
    });
    const found = only(check(s, planOptions(2027)), RULE);
    // Only the 2021 row, judged under TT 17/18/19 as amended, gets a rewrite.
    expect(found).toEqual(
      hits(s, [
        [3, "KĐCLGD", "info", "CĐ2"],
        [3, "CQG", "info", "MĐ1"],
      ]),
    );
  });

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
    expectMessage(
      plain,
      ['"Cấp độ 3" ghi khác cách ghi chung của cột', 'cách ghi chuẩn là "CĐ3"'],
      ['"CĐ3"'],
    );
    expect(press?.value).toBe("cấp độ 1");
    expectNoBasis(press);
  });
});
