import { issuingBodyFor } from "../../../src/core/plan/issuing-body";

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
