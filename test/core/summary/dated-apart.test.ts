/**
 * A ward's status list that dates each recognition in its own column ("Năm đạt KĐCLGD | Năm đạt CQG"):
 * the coverage of the national standard rests on the CQG year, whichever column comes first. The
 * first column was read: a CQG of 2019 (lapsed in 2024) counted as held on a KĐCLGD of 2023.
 */
import { checkGrids } from "../../../src/app/check";
import { nfd, sheet, TODAY } from "../../helpers/sheet";

const rows = [
  // name, cấp độ, mức độ, year of the KĐCLGD, year of the CQG
  ["1.", "MN Hoa Sen", "Cấp độ 2", "Mức độ 1", 2021, 2023],
  ["2.", "TH Kim Đồng", "Cấp độ 3", "Mức độ 2", 2023, 2019],
  ["3.", nfd("THCS Trần Phú"), "Cấp độ 3", "Mức độ 2", 2024, 2024],
  ["4.", "MN Họa Mi", "Cấp độ 1", "", 2022, ""],
] as const;

function list(cqgFirst: boolean) {
  const header = cqgFirst
    ? ["STT", "Tên trường", "Đạt KĐCLGD (cấp độ)", "Đạt CQG (mức độ)", "Năm đạt CQG", "Năm đạt KĐCLGD"]
    : ["STT", "Tên trường", "Đạt KĐCLGD (cấp độ)", "Đạt CQG (mức độ)", "Năm đạt KĐCLGD", "Năm đạt CQG"];
  return sheet({
    name: "Hiện trạng",
    title: ["HIỆN TRẠNG TRƯỜNG ĐẠT KIỂM ĐỊNH VÀ CHUẨN QUỐC GIA PHƯỜNG HOA LƯ"],
    header,
    rows: rows.map(([seq, name, kd, cqg, kdYear, cqgYear]) =>
      cqgFirst ? [seq, name, kd, cqg, cqgYear, kdYear] : [seq, name, kd, cqg, kdYear, cqgYear],
    ),
  });
}

test.each([false, true])(
  "the standard's coverage rests on the CQG year (CQG column first: %s)",
  (cqgFirst) => {
    const s = checkGrids([list(cqgFirst)], { planYear: 2026 }, { today: TODAY }).summary;
    // MN Hoa Sen's CQG of 2023 and THCS Trần Phú's of 2024 hold; TH Kim Đồng's of 2019 lapsed in 2024.
    expect(s.coverage?.total).toMatchObject({ schools: 4, standard: 2, level1: 1, level2: 1 });
    // The cấp độ's own year is not the one read: no KĐCLGD figure is stated as if it were.
    expect(s.coverage?.accreditation).toMatchObject({ level1: 0, level2: 0, level3: 0, none: 0, unknown: 4 });
  },
);

test("a single recognition date keeps the KĐCLGD figures", () => {
  const single = sheet({
    header: ["STT", "Tên trường", "Đạt KĐCLGD (cấp độ)", "Đạt CQG (mức độ)", "Năm công nhận"],
    rows: [
      ["1.", "MN Hoa Sen", "Cấp độ 2", "Mức độ 1", 2023],
      ["2.", "TH Kim Đồng", "Cấp độ 3", "Mức độ 2", 2024],
    ],
  });
  const s = checkGrids([single], { planYear: 2026 }, { today: TODAY }).summary;
  expect(s.coverage?.accreditation).toMatchObject({ level2: 1, level3: 1, unknown: 0 });
});
