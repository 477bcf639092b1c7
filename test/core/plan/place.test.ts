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
    // Under a parent committee, the place is the parent's.
    ["UBND TỈNH THÁI NGUYÊN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO", "Thái Nguyên"],
    ["UBND TỈNH THÁI NGUYÊN SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Thái Nguyên"],
    ["UBND XÃ ĐÔNG CỨU\nPHÒNG VĂN HÓA - XÃ HỘI", "Đông Cứu"],
    ["BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSở GDĐT tỉnh Lạng Sơn", "Lạng Sơn"],
    ["BỘ GIÁO DỤC VÀ ĐÀO TẠO\nCỤC QUẢN LÝ CHẤT LƯỢNG", ""],
    ["UBND xã Hòa An", "Hòa An"],
    ["UBND đặc khu Phú Quốc", "Phú Quốc"],
    // English bodies name their place around the words for the body.
    ["Hoa Nam Provincial People's Committee", "Hoa Nam"],
    ["People's Committee of Tan An Ward", "Tan An"],
    ["People’s Committee of Ia Chim Commune", "Ia Chim"],
    ["Department of Education and Training of Gia Lai Province", "Gia Lai"],
    ["Gia Lai Department of Education and Training", "Gia Lai"],
  ])("%j → %s", (body, place) => {
    expect(placeFromBody(body)).toBe(place);
  });
});
