import type { CellValue } from "../../grid";
import { check, findingsOf, only, planOptions, sheet } from "../../../../test/helpers/sheet";
import { expectMessage, expectNoBasis } from "../../../../test/helpers/messages";

const RULE = "missing-column";
const OPTIONS = planOptions(2025);
const TITLE = ["DANH SÁCH TRƯỜNG HỌC HUYỆN CAO LỘC", "(Kèm theo Kế hoạch số 20/KH-UBND ngày 04/01/2025)"];

type Missing = "type" | "codes" | "accreditation" | "standard";

interface Case {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** What the table lacks, in the order the rule reports it. */
  readonly missing: readonly Missing[];
}

const cases: readonly Case[] = [
  {
    name: "names with prefixes and both code columns: nothing missing",
    header: ["STT", "Tên trường", "Xã/phường", "KĐCLGD", "CQG", "Năm công nhận"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", 2, 1, "15/03/2021"],
      [2, "TH Số 1 Hương Toàn", "Xã Hương Toàn", 3, 2, 2022],
      [3, "PTDTBT TH&THCS Suối Lư", "Xã Suối Lư", 2, 1, 2020],
    ],
    missing: [],
  },
  {
    name: "two names without a prefix and no Cấp học column: one warning for the table",
    header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1"],
      [2, "Trường Hoa Mai", "Xã Ia Chim", "CĐ2-MĐ1"],
      [3, "Kim Đồng", "Thị trấn Cao Lộc", "CĐ3-MĐ2"],
    ],
    missing: ["type"],
  },
  {
    name: "childcare groups beside prefixed names need no Cấp học column",
    header: ["STT", "Tên trường", "Xã/phường", "Mã công nhận"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "CĐ2-MĐ1"],
      [2, "Nhóm trẻ độc lập Ban Mai", "Xã Ia Chim", ""],
      [3, "Nhóm lớp độc lập Thỏ Ngọc", "Xã Ia Chim", ""],
    ],
    missing: [],
  },
  {
    name: "the same names with a Cấp học column",
    header: ["STT", "Tên trường", "Cấp học", "Xã/phường", "Mã công nhận"],
    rows: [
      [1, "MN Hoa Sen", "Mầm non", "Xã Ia Chim", "CĐ2-MĐ1"],
      [2, "Trường Hoa Mai", "Mầm non", "Xã Ia Chim", "CĐ2-MĐ1"],
      [3, "Kim Đồng", "Tiểu học", "Thị trấn Cao Lộc", "CĐ3-MĐ2"],
    ],
    missing: [],
  },
  {
    name: "no recognition column at all",
    header: ["STT", "Tên trường", "Xã/phường", "Năm công nhận"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", 2021],
      [2, "THCS Lê Lợi", "Phường Vĩnh Trại", "04/01/2024"],
    ],
    missing: ["codes"],
  },
  {
    name: "only the CQG column: the KĐCLGD column is missing",
    header: ["STT", "Tên trường", "Xã/phường", "Chuẩn quốc gia", "Năm công nhận"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", "Mức độ 1", 2021],
      [2, "THCS Lê Lợi", "Phường Vĩnh Trại", "Mức độ 2", 2022],
    ],
    missing: ["accreditation"],
  },
  {
    name: "only the KĐCLGD column: the CQG column is missing",
    header: ["STT", "Tên trường", "Xã/phường", "Cấp độ KĐCLGD", "Năm công nhận"],
    rows: [
      [1, "MN Hoa Sen", "Xã Ia Chim", 2, 2021],
      [2, "THCS Lê Lợi", "Phường Vĩnh Trại", 3, 2022],
    ],
    missing: ["standard"],
  },
  {
    name: "a combined code column is enough (the Hương Trà appendix)",
    header: ["TT", "CƠ SỞ GIÁO DỤC", "TÍCH HỢP KĐCLGD&CQG", "GHI CHÚ"],
    rows: [
      ["1.", "MN Hương Xuân", "CĐ2-MĐ1", "CN Lần đầu"],
      ["2.", "TH Số 2 Tứ Hạ", "CĐ3-MĐ2", "CN lại"],
    ],
    missing: [],
  },
  {
    name: "a combined code beside a CQG column needs nothing more",
    header: ["STT", "Tên trường", "Mã công nhận", "CQG"],
    rows: [[1, "THCS Lê Lợi", "CĐ3-MĐ2", 2]],
    missing: [],
  },
  {
    name: "neither a type column for unprefixed names nor a code column",
    header: ["STT", "Tên đơn vị", "Xã, phường, thị trấn", "Năm công nhận"],
    rows: [
      [1, "Hoa Sen", "Xã Ia Chim", 2021],
      [2, "TH Kim Đồng", "Xã Ia Chim", 2019],
    ],
    missing: ["type", "codes"],
  },
];

describe(RULE, () => {
  test.each(cases)("$name", ({ header, rows, missing }) => {
    const s = sheet({ title: TITLE, header, rows });
    const findings = check(s, OPTIONS);
    expect(only(findings, RULE)).toEqual(
      missing.map(() => ({ row: s.headerRow, cell: null, severity: "warning" })),
    );
    // Each finding is about the table: its header row, no cell, no value.
    for (const f of findingsOf(findings, RULE)) {
      expect(f.column).toBeNull();
      expect(f.value).toBeNull();
    }
  });

  test("a plan's sheet beside the status sheet that holds the levels lacks no code column", () => {
    const status = sheet({
      name: "Hiện trạng",
      header: ["STT", "Tên trường", "Mã công nhận", "Năm công nhận"],
      rows: [[1, "MN Hoa Sen", "CĐ2-MĐ1", 2022]],
    });
    const plan = sheet({
      name: "Kế hoạch",
      header: ["STT", "Tên trường", "Hình thức", "Kinh phí (triệu đồng)"],
      rows: [[1, "MN Hoa Sen", "Công nhận lại", 60]],
    });
    expect(findingsOf(check([status, plan], OPTIONS), RULE)).toEqual([]);
    expect(findingsOf(check([plan], OPTIONS), RULE).map((f) => f.sheet)).toEqual(["Kế hoạch"]);
  });

  test("once per table: two sheets with the same gap give one finding each", () => {
    const spec = {
      header: ["STT", "Tên trường", "Xã/phường"],
      rows: [
        [1, "MN Hoa Sen", "Xã Ia Chim"],
        [2, "TH Số 1 Hương Toàn", "Xã Hương Toàn"],
      ],
    };
    const findings = check(
      [sheet({ ...spec, name: "Huyện A" }), sheet({ ...spec, name: "Huyện B" })],
      OPTIONS,
    );
    expect(findingsOf(findings, RULE).map((f) => [f.sheet, f.row])).toEqual([
      ["Huyện A", 1],
      ["Huyện B", 1],
    ]);
  });

  test.each([
    [
      "type",
      ["STT", "Tên trường", "Mã công nhận"],
      [[1, "Hoa Sen", "CĐ2-MĐ1"]],
      ["cột Cấp học", "tiền tố"],
      "level column",
    ],
    [
      "codes",
      ["STT", "Tên trường", "Xã/phường"],
      [[1, "MN Hoa Sen", "Xã Ia Chim"]],
      ["mức công nhận", "CĐ2-MĐ1"],
      "recognition column",
    ],
    [
      "accreditation",
      ["STT", "Tên trường", "CQG"],
      [[1, "MN Hoa Sen", 1]],
      ["cấp độ KĐCLGD"],
      "accreditation level column",
    ],
    [
      "standard",
      ["STT", "Tên trường", "KĐCLGD"],
      [[1, "MN Hoa Sen", 2]],
      ["mức độ CQG"],
      "national-standard level column",
    ],
  ] as const)("message for a missing %s column", (_what, header, rows, vi, en) => {
    const s = sheet({ header, rows });
    const [finding] = findingsOf(check(s, OPTIONS), RULE);
    expectMessage(finding, ["Danh sách thiếu", ...vi], [en]);
    expectNoBasis(finding);
  });
});
