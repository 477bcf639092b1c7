import { bodyInSentence, issuerInSentence } from "../../../src/core/plan/body-case";
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
