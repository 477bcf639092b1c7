import type { CellRange, CellValue, Grid } from "../../../src/core/grid";
import {
  isFooterText,
  isGroupMarker,
  isLevelLabel,
  isNumberedGroupLabel,
  isSeqNumber,
  isTotalLabel,
} from "../../../src/core/table/classify";
import { readSchoolTables } from "../../../src/core/table/read";
import { validate } from "../../../src/core/validate";
import { foldWords } from "../../../src/core/text/normalize";

function grid(rows: CellValue[][], merges: CellRange[] = []): Grid {
  return { sheet: "S", top: 1, left: 1, cells: rows, merges, tables: [] };
}

function kinds(g: Grid): string[] {
  const [t] = readSchoolTables(g);
  if (!t) throw new Error("no table");
  return t.rows.map((r) => `${r.row}:${r.kind}`);
}

describe("labels", () => {
  it("reads numbering", () => {
    for (const v of [1, "1.", "01", " 12 ", "3)"]) expect(isSeqNumber(v)).toBe(true);
    for (const v of ["I", "1.2", "a", null, 1.5, { error: "#N/A" }])
      expect(isSeqNumber(v as CellValue)).toBe(false);
  });

  it("reads section markers", () => {
    for (const v of ["I", "II.", "IV", "A", "b)", "XII"]) expect(isGroupMarker(v)).toBe(true);
    for (const v of ["1", "IIII", "AB", "Mầm non", 2]) expect(isGroupMarker(v)).toBe(false);
  });

  it("reads group labels", () => {
    for (const t of ["I. Mầm non", "A. Cấp Tiểu học", "II - TRƯỜNG THCS", "IV) Khác"]) {
      expect(isNumberedGroupLabel(t)).toBe(true);
    }
    for (const t of ["MN Hương Xuân", "A Lưới", "1. Mầm non", "IIII. X"])
      expect(isNumberedGroupLabel(t)).toBe(false);
    for (const t of [
      "Khối Mầm non",
      "Mầm non",
      "CẤP THCS",
      "Trường Tiểu học",
      "TH&THCS",
      "Các trường THCS",
    ]) {
      expect(isLevelLabel(foldWords(t))).toBe(true);
    }
    for (const t of ["TH Số 1", "MN Hoa Sen", "Các đơn vị", ""])
      expect(isLevelLabel(foldWords(t))).toBe(false);
  });

  it("reads total labels", () => {
    for (const t of [
      "Tổng cộng",
      "TỔNG CỘNG:",
      "Tổng",
      "Cộng",
      "Tổng số",
      "Toàn huyện",
      "Cộng cấp MN",
      "Cộng (I)",
      "Toàn thị xã",
      "Cộng xã Ia Blang",
      "Cộng phường Tân An: 03 trường",
      "Tổng cộng huyện Chư Sê",
      "Cộng thị trấn Phú Hòa",
      "Cộng TP Pleiku",
      "Tổng cộng: 11 trường, 01 trung tâm",
      "Tổng kinh phí",
      "Tổng nhu cầu vốn",
      "Total",
      "TOTAL:",
      "Grand total",
      "Subtotal",
    ]) {
      expect(isTotalLabel(foldWords(t))).toBe(true);
    }
    for (const t of ["Cộng Hòa", "Tổng Hữu", "Toàn", "MN Tổng", "Cộng Hòa xã Ia Blang", "Total Kids School"])
      expect(isTotalLabel(foldWords(t))).toBe(false);
  });

  it("reads footers", () => {
    for (const t of [
      "Danh sách này gồm: 20 đơn vị./.",
      "Ghi chú: các trường in nghiêng đã được cấp kinh phí",
      "Người lập biểu",
      "Nơi nhận:",
      "Hương Trà, ngày 04 tháng 01 năm 2024",
      "Cao Lộc, ngày … tháng … năm 2024",
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "(Ký, ghi rõ họ tên)",
      "(*) Trường đã được đầu tư",
    ]) {
      expect(isFooterText(t)).toBe(true);
    }
    for (const t of ["MN Hương Xuân", "Trường Phổ thông Dân tộc Nội trú", "Chủ tịch Hồ Chí Minh"]) {
      expect(isFooterText(t)).toBe(false);
    }
  });
});

describe("a list grouped by commune, with a subtotal under each", () => {
  const g = grid([
    ["STT", "Tên trường", "KĐCLGD", "CQG", "Ngày công nhận", "Kinh phí (triệu đồng)"],
    ["I", "Xã Ia Blang (02 trường)"], // 2
    [1, "MN Hoa Mai", "CĐ2", "MĐ1", "15/03/2023", 100],
    [2, "TH Kim Đồng", "CĐ1", null, "10/06/2022", 50],
    [null, "Cộng xã Ia Blang", 2, 1, null, 150], // 5
    ["II", "Phường Tân An: 01 trường"], // 6
    [1, "THCS Lê Lợi", "CĐ3", "MĐ2", "20/11/2024", 40],
    [null, "Cộng phường Tân An: 01 trường", 1, 1, null, 40], // 8
    [null, "Tổng cộng", 3, 2, null, 190], // 9
  ]);

  it("reads the subtotals as totals, never as schools", () => {
    expect(kinds(g)).toEqual([
      "2:group",
      "3:school",
      "4:school",
      "5:total",
      "6:group",
      "7:school",
      "8:total",
      "9:total",
    ]);
  });

  it("gives each school its commune, without the count the heading adds", () => {
    const [t] = validate([g], { planYear: 2027 }).tables;
    expect(t!.records.map((r) => [r.name, r.commune])).toEqual([
      ["MN Hoa Mai", "Xã Ia Blang"],
      ["TH Kim Đồng", "Xã Ia Blang"],
      ["THCS Lê Lợi", "Phường Tân An"],
    ]);
  });
});

describe("rows between and after the schools that are not schools", () => {
  it("a note merged across the row, unnumbered, is no school", () => {
    const g = grid(
      [
        ["STT", "Tên trường", "Mã công nhận", "Năm công nhận", "Ghi chú"],
        [1, "MN Hoa Sen", "CĐ2-MĐ1", 2023, null],
        [null, "Trường MN Sao Mai đã sáp nhập vào Trường MN Hoa Sen theo Quyết định số 123/QĐ-UBND"],
        [2, "TH Kim Đồng", "CĐ3-MĐ2", 2024, null],
        // An unnumbered school with its data is still a school.
        [null, "TH Lê Lợi", "CĐ2-MĐ1", 2022, null],
      ],
      [{ top: 3, left: 2, bottom: 3, right: 5 }],
    );
    expect(kinds(g)).toEqual(["2:school", "3:group", "4:school", "5:school"]);
  });

  it("a signer's name under the signatures is no school, even beside another in a data column", () => {
    const g = grid([
      ["STT", "Tên trường", "Mã công nhận", "Hình thức công nhận"],
      [1, "Trường MN Hoa Ban", "CĐ2-MĐ1", null],
      [2, "Trường TH Ia Kha", "CĐ3-MĐ2", "Công nhận lại"],
      [null, "Tổng cộng: 02 trường"],
      [],
      [null, "NGƯỜI LẬP BIỂU", null, "KT. CHỦ TỊCH"],
      [null, null, null, "PHÓ CHỦ TỊCH"],
      [],
      [null, "Rơ Mah Hlim", null, "Nguyễn Văn Bình"],
    ]);
    const [t] = readSchoolTables(g);
    expect(t!.rows.filter((r) => r.kind === "school").map((r) => r.row)).toEqual([2, 3]);
    expect(t!.rows.find((r) => r.row === 9)?.kind).toBe("footer");
  });
});

describe("row kinds", () => {
  it("reads groups, subtotals, totals, blank rows and footers", () => {
    const g = grid(
      [
        ["STT", "Tên trường", "Xã", "Mã công nhận", "Kinh phí (triệu đồng)"],
        ["I. Mầm non"], // 2: group merged across the row
        ["1.", "MN Hương Xuân", "Hương Xuân", "CĐ2-MĐ1", 100],
        ["2.", "MN Bình Thành", "Bình Thành", "CĐ2-MĐ1", 50],
        [null, "Cộng cấp MN", null, null, 150], // 5: subtotal
        [], // 6: blank inside the table
        ["II", "Tiểu học", null, null, 200], // 7: group carrying a subtotal
        ["1", "TH Số 1 Hương Toàn", "Hương Toàn", "CĐ2-MĐ1", 200],
        ["B. Cấp THCS"], // 9
        ["01", "THCS Lê Thuyết", "Hương Văn", "CĐ3-MĐ2", null],
        [null, "Khối THPT"], // 11: level label in the name column
        [5, null, "Hương Chữ", "CĐ2-MĐ1", 10], // 12: data but no name: still a school
        ["Tổng cộng", null, null, null, 360], // 13
        [],
        ["Danh sách này gồm: 5 đơn vị./."], // 15
        [null, null, "Hương Trà, ngày 04 tháng 01 năm 2024"], // 16
        [null, null, "NGƯỜI LẬP BIỂU"], // 17
        [],
        [null, null, "Nguyễn Văn An"], // 19: a signer's name, after the footer started
      ],
      [
        { top: 2, left: 1, bottom: 2, right: 5 },
        { top: 9, left: 1, bottom: 9, right: 5 },
        { top: 13, left: 1, bottom: 13, right: 4 },
        { top: 15, left: 1, bottom: 15, right: 5 },
      ],
    );
    expect(kinds(g)).toEqual([
      "2:group",
      "3:school",
      "4:school",
      "5:total",
      "6:blank",
      "7:group",
      "8:school",
      "9:group",
      "10:school",
      "11:group",
      "12:school",
      "13:total",
      "14:blank",
      "15:footer",
      "16:footer",
      "17:footer",
      "18:blank",
      "19:footer",
    ]);
  });

  it("the list's own rate and count under it are no schools, in the name's column or merged from A", () => {
    const g = grid(
      [
        ["STT", "Tên trường", "Mã công nhận", "Năm công nhận"],
        [1, "MN Hoa Hồng", "CĐ2-MĐ1", 2022],
        [2, "TH Hà Đông", "CĐ3-MĐ2", 2023],
        [null, "Tổng cộng", null, null],
        [null, "Tỉ lệ đạt chuẩn: 45%"],
        [null, "Số trường đạt CQG: 2/2"],
        ["Tỷ lệ: 100%"],
        [null, "Số trường đạt chuẩn: 02/02 trường"],
      ],
      [{ top: 7, left: 1, bottom: 7, right: 4 }],
    );
    expect(kinds(g)).toEqual([
      "2:school",
      "3:school",
      "4:total",
      "5:footer",
      "6:footer",
      "7:footer",
      "8:footer",
    ]);
    const result = validate([g], { planYear: 2026 });
    expect(result.findings.filter((f) => f.rule === "unknown-type")).toEqual([]);
  });

  it("a school whose name begins like a count is still a school", () => {
    const g = grid([
      ["STT", "Tên trường", "Mã công nhận"],
      [1, "Trường TH Số 1 Tân An", "CĐ2-MĐ1"],
      [2, "Trường Tiểu học Số 2", "CĐ2-MĐ1"],
    ]);
    expect(kinds(g)).toEqual(["2:school", "3:school"]);
  });

  it("treats a numbered empty line as blank and trims trailing blanks", () => {
    const g = grid([["STT", "Tên trường", "Cấp độ"], [1, "TH A", 2], [2], [3, null, null], []]);
    const [t] = readSchoolTables(g);
    expect(t!.rows.map((r) => `${r.row}:${r.kind}`)).toEqual(["2:school"]);
    expect(t!.bottom).toBe(2);
  });

  it("keeps a school whose name looks like a total word but which has codes", () => {
    const g = grid([
      ["STT", "Tên trường", "Mã công nhận"],
      [null, "Cộng Hòa", "CĐ2-MĐ1"],
      [null, "Tổng", "CĐ2-MĐ1"],
      ["Tổng", null, 2],
      ["Cộng (I)", null, "-"],
    ]);
    expect(kinds(g)).toEqual(["2:school", "3:school", "4:total", "5:total"]);
  });

  it("does not mistake a group for a school when the row only carries counts", () => {
    const g = grid([
      ["STT", "Tên trường", "CQG", "Kinh phí"],
      ["A", "Mầm non", 3, "1.500"],
      [1, "MN A", "MĐ1", "500"],
    ]);
    expect(kinds(g)).toEqual(["2:group", "3:school"]);
  });

  it("reads the totals row of a list without a seq column", () => {
    const g = grid([
      ["Tên trường", "Cấp học", "Kinh phí"],
      ["MN A", "MN", 10],
      ["Tổng số", null, 10],
      ["Nơi nhận:"],
      ["- Sở GD&ĐT (báo cáo);"],
      ["- Lưu: VT."],
    ]);
    expect(kinds(g)).toEqual(["2:school", "3:total", "4:footer", "5:footer", "6:footer"]);
  });

  it("classifies rows holding error values without crashing", () => {
    const g = grid([
      ["STT", "Tên trường", "Mã công nhận", "Kinh phí"],
      [{ error: "#N/A" }, "TH A", { error: "#REF!" }, 5],
      [2, { error: "#REF!" }, null, null],
      [null, "Cộng", null, { error: "#DIV/0!" }],
      [{ error: "#N/A" }, null, null, null],
    ]);
    expect(kinds(g)).toEqual(["2:school", "3:school", "4:total", "5:school"]);
  });
});
