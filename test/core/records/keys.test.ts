import { communeKey, nameKey, schoolKey } from "../../../src/core/records/keys";

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

  test("communes compare without their Xã/Phường/Thị trấn word", () => {
    expect(communeKey("Xã Ia Chim")).toBe(communeKey("Ia Chim"));
    expect(communeKey("Phường Quang Trung")).toBe(communeKey("P. Quang Trung"));
    expect(communeKey("Thị trấn Đồng Đăng")).toBe(communeKey("thi tran Dong Dang"));
    expect(schoolKey("TH Kim Đồng", "Xã Ia Chim")).not.toBe(schoolKey("TH Kim Đồng", "Xã Ngok Bay"));
  });
});
