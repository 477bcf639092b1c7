/**
 * Places in the coverage: a ward of the new map is one unit, even when its schools came from two
 * former districts; districts that still tell two same-named communes apart keep doing so.
 */
import { summarize } from "../../../src/core/summary/summary";
import { validate } from "../../../src/core/validate";
import { sheet } from "../../helpers/sheet";

const YEAR = 2027;

function coverageOf(districtHeader: string) {
  const s = sheet({
    title: ["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN ĐẠT CHUẨN QUỐC GIA NĂM 2027"],
    header: ["STT", "Tên trường", districtHeader, "Phường/xã", "KĐCLGD", "CQG", "Năm công nhận"],
    rows: [
      [1, "MN Tân An", "TP Buôn Ma Thuột", "Phường Tân An", 2, 1, 2024],
      [2, "TH Nguyễn Trãi", "TP Buôn Ma Thuột", "Phường Tân An", 2, "", 2024],
      [3, "TH Lê Văn Tám", "Huyện Cư Kuin", "Phường Tân An", 2, 1, 2023],
      [4, "THCS Lý Tự Trọng", "Huyện Cư Kuin", "Phường Tân An", 1, "", 2022],
    ],
  });
  const result = validate([s], { planYear: YEAR });
  return summarize(result.tables, { planYear: YEAR }).coverage;
}

describe("communes and districts in the coverage", () => {
  test.each(["Quận/huyện (cũ)", "Huyện cũ", "Huyện (trước sáp nhập)", "Quận, huyện trước sắp xếp"])(
    "a ward whose schools came from two former districts is one ward (%s)",
    (header) => {
      const c = coverageOf(header);
      expect(c?.byCommune.map((x) => [x.name, x.schools, x.standard, x.district])).toEqual([
        ["Phường Tân An", 4, 2, null],
      ]);
      expect(c?.byDistrict).toBeNull();
    },
  );

  test("a district column of today's list still tells two same-named communes apart", () => {
    const c = coverageOf("Quận/huyện");
    expect(c?.byCommune.map((x) => [x.name, x.schools, x.district])).toEqual([
      ["Phường Tân An", 2, "TP Buôn Ma Thuột"],
      ["Phường Tân An", 2, "Huyện Cư Kuin"],
    ]);
  });
});

describe("a ward written with its former name in brackets", () => {
  const s = sheet({
    title: ["DANH SÁCH TRƯỜNG THCS, THPT PHƯỜNG VẠN XUÂN, XÃ PHÚC THUẬN NĂM 2026"],
    header: ["STT", "Tên trường", "Xã/phường", "KĐCLGD", "CQG", "Năm công nhận"],
    rows: [
      [1, "THCS Bãi Bông", "Phường Vạn Xuân (Bãi Bông cũ)", 2, "", 2023],
      [2, "THPT Bãi Bông", "Phường Vạn Xuân (cũ: thị trấn Bãi Bông)", 2, "", 2023],
      [3, "THCS Hồng Tiến", "Phường Vạn Xuân", 2, 1, 2022],
      [4, "THCS Phúc Thuận", "Xã Phúc Thuận (trước sáp nhập: xã Phúc Thuận, xã Phúc Tân)", 1, "", 2022],
      // A bracket that names no former unit stays part of the name.
      [5, "TH Củ Chi", "Xã Tân Thông (Củ Chi)", 2, 1, 2024],
    ],
  });
  const c = summarize(validate([s], { planYear: 2026 }).tables, { planYear: 2026 }).coverage;

  test("is that ward: one line, and not named among those without a CQG school", () => {
    expect(c?.byCommune.map((x) => [x.name, x.schools, x.standard])).toEqual([
      ["Phường Vạn Xuân", 3, 1],
      ["Xã Phúc Thuận", 1, 0],
      ["Xã Tân Thông (Củ Chi)", 1, 1],
    ]);
    expect(c?.communesWithout).toEqual(["Xã Phúc Thuận"]);
  });
});

describe("two schools of one name from two former wards of today's ward", () => {
  const s = sheet({
    title: ["DANH SÁCH TRƯỜNG PHƯỜNG ĐÔNG HÀ NĂM 2025"],
    header: ["STT", "Tên trường", "Xã/phường", "KĐCLGD", "CQG", "Năm công nhận"],
    rows: [
      [1, "MN Hoa Sen", "Phường Đông Hà (Phường 1 cũ)", 2, 1, 2023],
      [2, "MN Hoa Sen", "Phường Đông Hà (Phường 5 cũ)", 1, "", 2022],
      [3, "TH Kim Đồng", "Phường Đông Hà", 2, 1, 2024],
    ],
  });
  const result = validate([s], { planYear: 2025 });

  test("are two schools, not a duplicate; the ward's line counts both", () => {
    expect(result.findings.filter((f) => f.rule === "duplicate-school")).toEqual([]);
    const c = summarize(result.tables, { planYear: 2025 }).coverage;
    expect(c?.byCommune.map((x) => [x.name, x.schools, x.standard])).toEqual([["Phường Đông Hà", 3, 2]]);
  });
});
