import {
  budgetUnitFromHeader,
  findBudgetUnit,
  matchHeader,
  matchHeaderDetail,
} from "../../../src/core/table/headers";

describe("matchHeader", () => {
  it.each([
    ["TT", "seq"],
    ["STT", "seq"],
    ["Số TT", "seq"],
    ["Tên trường", "name"],
    ["CƠ SỞ GIÁO DỤC", "name"],
    ["Tên đơn vị", "name"],
    ["Đơn vị", "name"],
    ["Trường", "name"],
    ["Cấp học", "type"],
    ["Bậc học", "type"],
    ["Xã/phường", "commune"],
    ["Xã, phường, thị trấn", "commune"],
    ["Địa bàn", "commune"],
    ["Đơn vị hành chính", "commune"],
    ["TÍCH HỢP KĐCLGD&CQG", "combinedCode"],
    ["KĐCLGD & CQG", "combinedCode"],
    ["Mã công nhận", "combinedCode"],
    ["KĐCLGD", "accreditation"],
    ["Cấp độ", "accreditation"],
    ["Cấp độ KĐCLGD", "accreditation"],
    ["Kết quả công nhận KĐCLGD", "accreditation"],
    ["CQG", "standard"],
    ["Chuẩn quốc gia", "standard"],
    ["Mức độ", "standard"],
    ["Kết quả công nhận CQG", "standard"],
    ["Mức độ đề nghị", "target"],
    ["Cấp độ đề nghị", "target"],
    ["Mức đề nghị", "target"],
    ["Mục tiêu", "target"],
    ["Hình thức", "action"],
    ["Loại công nhận", "action"],
    ["KĐ-CQG hiện tại", "combinedCode"],
    ["KĐ & CQG", "combinedCode"],
    ["Mức KĐ và CQG", "combinedCode"],
    ["Ngày QĐ", "decisionDate"],
    ["Năm công nhận", "decisionDate"],
    ["Năm công nhận gần nhất", "decisionDate"],
    ["Năm công nhận CQG", "decisionDate"],
    ["Số QĐ", "decisionNumber"],
    ["Năm công nhận trước", "previousDate"],
    ["Công nhận lần trước", "previousDate"],
    ["Ngày hết hạn", "expiry"],
    ["Năm kế hoạch", "planYear"],
    ["Lộ trình", "planYear"],
    ["Kinh phí (triệu đồng)", "budget"],
    ["Nhu cầu kinh phí", "budget"],
    ["Tổng kinh phí", "budget"],
    ["KP (tr.đ)", "budget"],
    ["KĐ", "accreditation"],
    ["Mức ĐCQG", "standard"],
    ["ĐCQG", "standard"],
    ["Dự kiến KP", "budget"],
    ["Nguồn vốn", "fundingSource"],
    ["Nguồn kinh phí", "fundingSource"],
    ["Năm thành lập", "founded"],
    ["Công lập / Ngoài công lập", "ownership"],
  ])("%s → %s", (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it("ignores accents, case, punctuation and NFD", () => {
    expect(matchHeader("Ten truong")).toBe("name");
    expect(matchHeader("CAP HOC")).toBe("type");
    expect(matchHeader("Tên trường".normalize("NFD"))).toBe("name");
    expect(matchHeader("  xa  /  PHUONG ")).toBe("commune");
    expect(matchHeader("Tich hop KDCLGD&CQG")).toBe("combinedCode");
  });

  it("does not take titles or notes for headers", () => {
    expect(matchHeader("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeNull();
    expect(matchHeader("UBND THỊ XÃ HƯƠNG TRÀ")).toBeNull();
    expect(matchHeader("Đơn vị tính")).toBeNull();
    expect(matchHeader("Số học sinh")).toBeNull();
    expect(
      matchHeader(
        "DANH SÁCH CƠ SỞ GIÁO DỤC CÔNG NHẬN TRƯỜNG ĐẠT KIỂM ĐỊNH CHẤT LƯỢNG GIÁO DỤC VÀ TRƯỜNG ĐẠT CHUẨN QUỐC GIA, NĂM 2024",
      ),
    ).toBeNull();
    expect(matchHeader("")).toBeNull();
  });

  it("decides 'Ghi chú' from its values", () => {
    expect(matchHeader("GHI CHÚ")).toBeNull();
    expect(matchHeader("GHI CHÚ", ["CN Lần đầu", "CN lại", null, "CN lại"])).toBe("action");
    expect(matchHeader("Ghi chú", ["CN lại", "Sáp nhập năm 2020", "Mới xây"])).toBeNull();
    expect(matchHeader("Ghi chú", ["CN lại", "Sáp nhập năm 2020"])).toBe("action");
    expect(matchHeader("Nội dung", ["Công nhận lại", "Nâng lên mức độ 2"])).toBe("action");
    expect(matchHeader("Ghi chú", [null, ""])).toBeNull();
    expect(matchHeaderDetail("Ghi chú")?.conditional).toBe("action");
  });

  it("decides 'Loại hình' from its values", () => {
    expect(matchHeader("Loại hình")).toBe("type");
    expect(matchHeader("Loại hình", ["Công lập", "Tư thục", "công lập"])).toBe("ownership");
    expect(matchHeader("Loại hình", ["Ngoài công lập", "Dân lập"])).toBe("ownership");
    expect(matchHeader("Loại hình", ["Mầm non", "Tiểu học", "Công lập"])).toBe("type");
    expect(matchHeader("Loại hình trường", ["Công lập"])).toBe("ownership");
  });
});

describe("budgetUnitFromHeader", () => {
  it.each([
    ["Kinh phí (đồng)", 1e-6, "đồng"],
    ["Kinh phí (VNĐ)", 1e-6, "đồng"],
    ["Kinh phí (nghìn đồng)", 1e-3, "nghìn đồng"],
    ["Kinh phí (ngàn đồng)", 1e-3, "nghìn đồng"],
    ["Kinh phí (1.000 đồng)", 1e-3, "nghìn đồng"],
    ["Kinh phí (triệu đồng)", 1, "triệu đồng"],
    ["Kinh phí (tr.đ)", 1, "triệu đồng"],
    ["Kinh phí (trđ)", 1, "triệu đồng"],
    ["KP (tr.đ)", 1, "triệu đồng"],
    ["KINH PHÍ (TỶ ĐỒNG)", 1000, "tỷ đồng"],
    ["Kinh phí (tỉ đồng)", 1000, "tỷ đồng"],
    ["Kinh phí", 1, "triệu đồng"],
    // "ngân" (of ngân sách, ngân hàng) folds as "ngàn" does, and is no unit.
    ["Kinh phí ngân sách tỉnh", 1, "triệu đồng"],
    ["Vốn vay ngân hàng", 1, "triệu đồng"],
    ["Kinh phí ngân sách (ngàn đồng)", 1e-3, "nghìn đồng"],
    ["Tổng kinh phí", 1, "triệu đồng"],
    // An English header says its unit in English; "VND" alone is still đồng.
    ["Budget (VND million)", 1, "triệu đồng"],
    ["Budget (billion VND)", 1000, "tỷ đồng"],
    ["Cost (thousand VND)", 1e-3, "nghìn đồng"],
    ["Budget (VND)", 1e-6, "đồng"],
  ])("%s", (header, factor, label) => {
    expect(budgetUnitFromHeader(header)).toEqual({ factor, label });
  });

  it("tells a header without a unit from one with triệu đồng", () => {
    expect(findBudgetUnit("Kinh phí")).toBeNull();
    expect(findBudgetUnit("Kinh phí (triệu đồng)")).toEqual({ factor: 1, label: "triệu đồng" });
  });
});
