import type { CellValue } from "../../grid";
import type { Choices } from "../../../app/choices";
import { check, findingsOf, hits, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import type { Expected } from "../../../../test/helpers/sheet";
import { expectBasis, expectMessage } from "../../../../test/helpers/messages";

const RULE = "accreditation-out-of-range";
const TITLE = ["DANH SÁCH TRƯỜNG ĐẠT KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC", "(Kèm theo Báo cáo số 112/BC-UBND)"];
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
    name: "cấp độ 1–4 under the 2018 circulars and before; 0 and 5 are errors under every regime",
    header: COMBINED,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ5-MĐ1", "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ4-MĐ2", 2020],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ0", 2022],
      [4, "TH Số 2 Hương Toàn", "Xã Hương Toàn", "CĐ1", "20/05/2025"],
      [5, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ5-MĐ1", "15/03/2016"],
      [6, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ IV - MĐ II", "04/01/2024"],
    ],
    expected: [
      [0, "Mã công nhận", "error"],
      [2, "Mã công nhận", "error"],
      [4, "Mã công nhận", "error"],
    ],
  },
  {
    name: "under the unconfirmed tt2026 cấp độ 3–4 are only warnings; a year that may fall before it is not judged by it",
    header: COMBINED,
    options: planOptions(2027),
    rows: [
      [1, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ3-MĐ2", "15/08/2026"],
      [2, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ2-MĐ2", "15/08/2026"],
      [3, "THCS Chu Văn An", "Phường Vĩnh Trại", "CĐ5", "15/08/2026"],
      [4, "MN Hoa Sen", "Xã Ia Chim", "CĐ3-MĐ2", 2026],
      [5, "MN Hoa Mai", "Xã Ia Chim", "CĐ4-MĐ2", "20/05/2026"],
      [6, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", "CĐ4-MĐ2", "07/07/2026"],
    ],
    expected: [
      [0, "Mã công nhận", "warning"],
      [2, "Mã công nhận", "error"],
      [5, "Mã công nhận", "warning"],
    ],
  },
  {
    name: "a recognition dated in the future is a slip date-invalid reports, not a reason to judge by tt2026",
    header: COMBINED,
    options: planOptions(2027),
    rows: [
      [1, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ3-MĐ2", "15/03/2029"],
      [2, "THCS Lê Lợi", "Phường Vĩnh Trại", "CĐ4-MĐ2", 2031],
    ],
    expected: [],
  },
  {
    name: "a KĐCLGD column holding numbers",
    header: SPLIT,
    options: planOptions(2025),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", 7, 1, "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", 4, 2, "15/03/2021"],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "Cấp độ 6", null, 2022],
    ],
    expected: [
      [0, "KĐCLGD", "error"],
      [2, "KĐCLGD", "error"],
    ],
  },
  {
    name: "a regime the user chooses applies to every row",
    header: COMBINED,
    options: planOptions(2025, { regime: "tt2026" }),
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ3-MĐ2", "15/03/2021"],
      [2, "MN Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1", 2020],
      [3, "TH Số 1 Hương Toàn", "Xã Hương Toàn", "CĐ4", null],
    ],
    expected: [
      [0, "Mã công nhận", "warning"],
      [2, "Mã công nhận", "warning"],
    ],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, options, expected }) => {
    const s = sheet({ title: TITLE, header, rows });
    expect(only(check(s, options), RULE)).toEqual(hits(s, expected));
  });

  test("messages, regime and basis", () => {
    const s = sheet({
      header: COMBINED,
      rows: [
        [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ5-MĐ1", "15/03/2021"],
        [2, "TH Kim Đồng", "Phường Vĩnh Trại", "CĐ3-MĐ2", "15/08/2026"],
      ],
    });
    const [invalid, unconfirmed] = findingsOf(check(s, planOptions(2027)), RULE);
    expectMessage(invalid, ["Cấp độ KĐCLGD 5 không hợp lệ", "cấp độ 1 đến 4"], ["level 5", "1 to 4"]);
    expect(invalid?.regime).toBe("tt2018");
    expect(invalid?.value).toBe("CĐ5-MĐ1");
    expectBasis(invalid, ["17/2018", "Điều 6"], ["Art. 6"]);
    expectMessage(unconfirmed, ["Cấp độ KĐCLGD 3", "chưa xác nhận", "2 mức"], ["unconfirmed", "2 levels"]);
    expect(unconfirmed?.regime).toBe("tt2026");
    expectBasis(unconfirmed, ["57/2026"], ["57/2026"]);
  });
});
