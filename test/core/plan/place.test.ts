import { placeFromBody } from "../../../src/core/plan/place";

describe("the place of the date line, from the issuing body", () => {
  test.each([
    ["UBND huyện Cao Lộc", "Cao Lộc"],
    ["Ủy ban nhân dân thị xã Hương Trà", "Hương Trà"],
    ["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ KON TUM", "Kon Tum"],
    ["UBND xã Ia Chim", "Ia Chim"],
    ["Phòng GD&ĐT huyện Ninh Giang", "Ninh Giang"],
    ["Sở GDĐT tỉnh Lạng Sơn", "Lạng Sơn"],
    ["Hương Trà", "Hương Trà"],
    ["UBND", ""],
    ["ỦY BAN NHÂN DÂN", ""],
    ["Sở Giáo dục và Đào tạo", ""],
    ["PEOPLE'S COMMITTEE", ""],
  ])("%j → %s", (body, place) => {
    expect(placeFromBody(body)).toBe(place);
  });
});
