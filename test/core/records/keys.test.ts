import { nameKey, placeKey, schoolKey } from "../../../src/core/records/keys";

const at = (commune: string | null, district: string | null = null, province: string | null = null) => ({
  province,
  district,
  commune,
});

describe("distinct-school keys", () => {
  test.each([
    ["Trường MN Hoa Sen", "MN Hoa Sen"],
    ["TRƯỜNG MẦM NON HOA SEN", "Mầm non Hoa Sen"],
    ["Tiểu học Kim Đồng", "TH Kim Đồng"],
    ["Trường Tiểu học Kim Đồng.", "TH Kim Đồng"],
    ["TH và THCS Ngok Bay", "TH&THCS Ngok Bay"],
    ["Trung học cơ sở Lê Lợi", "THCS Lê Lợi"],
    ["Mầm non Hoa Sen".normalize("NFD"), "MN Hoa Sen"],
  ])("%s and %s are the same school", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  test.each([
    ["TH Kim Đồng", "THCS Kim Đồng"],
    ["MN Hoa Sen", "MN Hoa Sen 2"],
    ["TH Số 1 Hương Toàn", "TH Số 2 Hương Toàn"],
    ["PTDTBT TH&THCS Suối Lư", "TH&THCS Suối Lư"],
  ])("%s and %s are different schools", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  test("places compare without their Xã/Phường/Thị trấn, Huyện/Quận/Thị xã or Tỉnh word", () => {
    expect(placeKey("Xã Ia Chim")).toBe(placeKey("Ia Chim"));
    expect(placeKey("Phường Quang Trung")).toBe(placeKey("P. Quang Trung"));
    expect(placeKey("Thị trấn Đồng Đăng")).toBe(placeKey("thi tran Dong Dang"));
    expect(placeKey("Huyện Gia Bình")).toBe(placeKey("Gia Bình"));
    expect(placeKey("Thị xã Hương Trà")).toBe(placeKey("TX. Hương Trà"));
    expect(placeKey("Tỉnh Bắc Ninh")).toBe(placeKey("Bắc Ninh"));
    expect(schoolKey("TH Kim Đồng", at("Xã Ia Chim"))).not.toBe(schoolKey("TH Kim Đồng", at("Xã Ngok Bay")));
  });

  test("a school is its name within the most specific place given: two districts, two schools", () => {
    const a = schoolKey("TH Kim Đồng", at(null, "Huyện Gia Bình"));
    const b = schoolKey("TH Kim Đồng", at(null, "Huyện Lương Tài"));
    expect(a).not.toBe(b);
    expect(schoolKey("THCS Lê Lợi", at("Xã Tân Lập", "Huyện A"))).not.toBe(
      schoolKey("THCS Lê Lợi", at("Xã Tân Lập", "Huyện B")),
    );
    expect(schoolKey("THCS Lê Lợi", at(null, null, "Tỉnh Bắc Ninh"))).not.toBe(
      schoolKey("THCS Lê Lợi", at(null, null, "Tỉnh Lạng Sơn")),
    );
    expect(schoolKey("Trường THCS Lê Lợi", at("Xã Tân Lập", "Huyện A"))).toBe(
      schoolKey("THCS Lê Lợi", at("xã Tân Lập", "huyện A")),
    );
  });
});
