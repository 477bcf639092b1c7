import { checkGrids } from "../../../src/app/check";
import { planOf } from "../../../src/app/plan";
import { suggestedIssuingBody } from "../../../src/app/plan-header";
import { issuingBodyFor } from "../../../src/core/plan/issuing-body";
import { PLAN_SECTIONS } from "../../../src/core/plan/model";
import { placeFromBody } from "../../../src/core/plan/place";
import { planText } from "../../../src/core/plan/text";
import { sheet, TODAY } from "../../helpers/sheet";

const before = { y: 2025, m: 3, d: 10 };
const after = { y: 2026, m: 12, d: 4 };

describe("the issuing body a plan header starts with", () => {
  it("keeps a commune, ward, Sở or province body from the title, spacing tidied", () => {
    expect(issuingBodyFor("UBND  XÃ ĐÔNG CỨU", after)).toBe("UBND XÃ ĐÔNG CỨU");
    expect(issuingBodyFor("ỦY BAN NHÂN DÂN PHƯỜNG KINH BẮC", after)).toBe("ỦY BAN NHÂN DÂN PHƯỜNG KINH BẮC");
    expect(issuingBodyFor("SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC NINH", after)).toBe("SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC NINH");
    expect(issuingBodyFor("UBND THÀNH PHỐ HÀ NỘI", after)).toBe("UBND THÀNH PHỐ HÀ NỘI");
  });

  it("offers a district body (NFD text included) only for a plan dated before 01/07/2025, in NFC", () => {
    const district = "UBND HUYỆN SƠN HÀ".normalize("NFD");
    expect(issuingBodyFor(district, before)).toBe("UBND HUYỆN SƠN HÀ");
    expect(issuingBodyFor(district, { y: 2025, m: 7, d: 1 })).toBeNull();
    expect(issuingBodyFor("PHÒNG GD&ĐT QUẬN 3", after)).toBeNull();
    // A city under a province was a district-level body too.
    expect(issuingBodyFor("UBND THÀNH PHỐ BẮC NINH", after)).toBeNull();
  });

  it("gives nothing when the title names no body", () => {
    expect(issuingBodyFor(null, after)).toBeNull();
    expect(issuingBodyFor("   ", after)).toBeNull();
  });
});

describe("a heading's two lines: the committee above, the department that issues below", () => {
  const heading = "UBND TỈNH THÁI NGUYÊN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO";

  it("keeps both, on one line the plan's header splits again", () => {
    expect(issuingBodyFor(heading, after)).toBe("UBND TỈNH THÁI NGUYÊN SỞ GIÁO DỤC VÀ ĐÀO TẠO");
    // A central city is a province: its Sở is no district body.
    expect(issuingBodyFor("UBND THÀNH PHỐ HÀ NỘI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO", after)).toBe(
      "UBND THÀNH PHỐ HÀ NỘI SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    );
    expect(issuingBodyFor("UBND XÃ ĐÔNG CỨU\nPHÒNG VĂN HÓA - XÃ HỘI", after)).toBe(
      "UBND XÃ ĐÔNG CỨU PHÒNG VĂN HÓA - XÃ HỘI",
    );
  });

  it("offers a district's office only for a plan dated before 01/07/2025", () => {
    const office = "UBND HUYỆN SƠN HÀ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO";
    expect(issuingBodyFor(office, before)).toBe("UBND HUYỆN SƠN HÀ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
    expect(issuingBodyFor(office, after)).toBeNull();
    expect(issuingBodyFor("UBND THÀNH PHỐ KON TUM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO", after)).toBeNull();
  });
});

describe("the plan's header prefilled from the list's title, as every front end does", () => {
  const HEADER = [
    "STT",
    "Tên trường",
    "Xã, phường",
    "Cấp độ KĐCLGD",
    "Mức độ CQG",
    "Năm công nhận",
    "Hình thức",
  ];
  const ROWS = [
    [1, "THCS Ba Hàng", "Phường Phổ Yên", "CĐ3", "MĐ2", 2022, ""],
    [2, "THPT Phổ Yên", "Phường Phổ Yên", "CĐ2", "MĐ1", 2021, "Công nhận lại"],
    [3, "THCS Bãi Bông", "Phường Vạn Xuân", "CĐ2", "", 2020, "Công nhận mới"],
  ];

  /** The plan of a list with this title, its header prefilled as `kdcl plan` prefills it. */
  function planOfTitle(title: readonly string[]): string {
    const list = sheet({ title, header: HEADER, rows: ROWS });
    const check = checkGrids([list], {}, { today: TODAY });
    const body = suggestedIssuingBody(check, null, TODAY) ?? "ỦY BAN NHÂN DÂN";
    const plan = planOf(check, {
      header: { issuingBody: body, place: placeFromBody(body), number: "", date: null },
      sections: PLAN_SECTIONS,
      lang: "vi",
    });
    return planText(plan);
  }

  it("a Sở under the province's committee issues the plan, with its number and the province's place", () => {
    const text = planOfTitle([
      "UBND TỈNH THÁI NGUYÊN",
      "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
      "DANH SÁCH TRƯỜNG TRUNG HỌC ĐẠT CHUẨN QUỐC GIA NĂM 2026",
      "(Số liệu đến ngày 30/6/2026)",
    ]);
    expect(text.startsWith("UBND TỈNH THÁI NGUYÊN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA")).toBe(true);
    expect(text).toContain("Số: …/KH-SGDĐT\nThái Nguyên, ngày … tháng … năm 2026");
    expect(text).toContain("Sở Giáo dục và Đào tạo ban hành Kế hoạch");
    expect(text).not.toContain("UBND tỉnh Thái Nguyên ban hành");
  });

  it("a commune's office under its committee issues the plan, dated at the commune", () => {
    const text = planOfTitle(["UBND XÃ ĐÔNG CỨU\nPHÒNG VĂN HÓA - XÃ HỘI", "DANH SÁCH TRƯỜNG NĂM 2026"]);
    expect(text.startsWith("UBND XÃ ĐÔNG CỨU\nPHÒNG VĂN HÓA - XÃ HỘI\nCỘNG HÒA")).toBe(true);
    expect(text).toContain("Đông Cứu, ngày … tháng … năm 2026");
    expect(text).toContain("Phòng Văn hóa - Xã hội ban hành Kế hoạch");
  });

  it("a title naming one commune gives its committee and its place", () => {
    const text = planOfTitle([
      "DANH SÁCH CÁC TRƯỜNG TRÊN ĐỊA BÀN XÃ HÒA AN",
      "(Kèm theo Kế hoạch số    /KH-UBND ngày    /01/2026 của UBND xã Hòa An)",
    ]);
    expect(text.startsWith("UBND XÃ HÒA AN\nCỘNG HÒA")).toBe(true);
    expect(text).toContain("Số: …/KH-UBND\nHòa An, ngày … tháng … năm 2026");
    expect(text).toContain("UBND xã Hòa An ban hành Kế hoạch");
  });

  it("a title naming two communes leaves the body and the place blank to be filled", () => {
    const text = planOfTitle(["DANH SÁCH TRƯỜNG XÃ HÒA AN VÀ XÃ HÒA BÌNH NĂM 2026"]);
    expect(text.startsWith("ỦY BAN NHÂN DÂN\nCỘNG HÒA")).toBe(true);
    expect(text).toContain("…, ngày … tháng … năm 2026");
  });
});
