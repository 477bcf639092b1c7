import { bodyInSentence, bodyLines, issuerInSentence } from "../../../src/core/plan/body-case";
import { planText } from "../../../src/core/plan/text";
import { sheet } from "../../helpers/sheet";
import { planOf } from "./helpers";

describe("an issuing body written in capitals, as a sentence names it", () => {
  test.each([
    ["UBND PHƯỜNG TÂN AN", "UBND phường Tân An"],
    ["ỦY BAN NHÂN DÂN XÃ ĐÔNG CỨU", "Ủy ban nhân dân xã Đông Cứu"],
    ["UỶ BAN NHÂN DÂN THỊ TRẤN SƠN HÀ", "Ủy ban nhân dân thị trấn Sơn Hà"],
    ["SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC NINH", "Sở Giáo dục và Đào tạo Bắc Ninh"],
    ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NGÃI", "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi"],
    ["SỞ GD&ĐT ĐẮK LẮK", "Sở GD&ĐT Đắk Lắk"],
    ["UBND THÀNH PHỐ HỒ CHÍ MINH", "UBND Thành phố Hồ Chí Minh"],
    ["UBND TỈNH BÀ RỊA - VŨNG TÀU", "UBND tỉnh Bà Rịa - Vũng Tàu"],
    // NFD, as some keyboards store it, and doubled spaces.
    ["UBND  PHƯỜNG  TÂN AN".normalize("NFD"), "UBND phường Tân An"],
  ])("%s → %s", (title, sentence) => {
    expect(bodyInSentence(title)).toBe(sentence);
  });

  test("a commune's office keeps its own name's case, either tone mark or dash", () => {
    expect(bodyInSentence("PHÒNG VĂN HÓA - XÃ HỘI")).toBe("Phòng Văn hóa - Xã hội");
    expect(bodyInSentence("PHÒNG VĂN HOÁ – XÃ HỘI")).toBe("Phòng Văn hóa – Xã hội");
  });

  test("a name the user wrote in mixed case is left as it is", () => {
    expect(bodyInSentence("UBND phường Tân An")).toBe("UBND phường Tân An");
    expect(bodyInSentence("Sở GDĐT Bắc Ninh")).toBe("Sở GDĐT Bắc Ninh");
  });
});

describe("the issuer of a heading on two lines, in a sentence", () => {
  test.each([
    ["UBND TỈNH QUẢNG NGÃI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo"],
    ["ỦY BAN NHÂN DÂN\nTHÀNH PHỐ KON TUM", "Ủy ban nhân dân thành phố Kon Tum"],
    ["UBND xã Đông Cứu", "UBND xã Đông Cứu"],
    [" \n ", ""],
    // The two lines of one heading cell, read as one; a commune's office under its committee.
    ["UBND TỈNH THÁI NGUYÊN SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo"],
    ["UBND XÃ ĐÔNG CỨU\nPHÒNG VĂN HÓA - XÃ HỘI", "Phòng Văn hóa - Xã hội"],
    ["UBND xã Đông Cứu Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội"],
    // A city's name that ends in "Phòng" is no office.
    ["UBND THÀNH PHỐ HẢI PHÒNG", "UBND thành phố Hải Phòng"],
    ["UBND THÀNH PHỐ HẢI PHÒNG SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo"],
  ])("%j → %j", (heading, sentence) => {
    expect(issuerInSentence(heading)).toBe(sentence);
  });
});

test("the plan's sentences name the body as a sentence does; its heading keeps the capitals", () => {
  const list = sheet({
    title: ["DANH SÁCH TRƯỜNG HỌC PHƯỜNG TÂN AN NĂM 2027"],
    header: ["STT", "Tên trường", "Mức CQG", "Năm công nhận", "Hình thức"],
    rows: [
      ["1", "MN Hoa Mai", "MĐ1", 2022, "Công nhận lại"],
      ["2", "TH Kim Đồng", "", "", "Công nhận mới"],
    ],
  });
  const text = planText(planOf([list], 2027, { header: { issuingBody: "UBND PHƯỜNG TÂN AN" } }));
  expect(text).toContain("UBND phường Tân An ban hành Kế hoạch");
  expect(text).toContain("của UBND phường Tân An)");
  expect(text).toContain("UBND PHƯỜNG TÂN AN\n");
});

test("a parent committee and its department typed on one line are the heading's two lines", () => {
  expect(bodyLines("UBND tỉnh Thái Nguyên Sở GDĐT")).toEqual({
    lines: ["UBND tỉnh Thái Nguyên", "Sở GDĐT"],
    parent: true,
  });
  expect(bodyLines("ỦY BAN NHÂN DÂN THÀNH PHỐ KON TUM PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")).toEqual({
    lines: ["ỦY BAN NHÂN DÂN THÀNH PHỐ KON TUM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    parent: true,
  });
  // One body, however its name is written.
  expect(bodyLines("Sở GDĐT tỉnh Thái Nguyên").lines).toEqual(["Sở GDĐT tỉnh Thái Nguyên"]);
  expect(bodyLines("UBND phường Phong Phú").lines).toEqual(["UBND phường Phong Phú"]);
  expect(bodyLines("UBND xã Phòng Lâm").lines).toEqual(["UBND xã Phòng Lâm"]);
});
