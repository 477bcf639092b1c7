import { staysText } from "../../../src/hosts/excel/plain-text";

describe('text Excel keeps as text without the "@" format', () => {
  test.each([
    "CĐ2",
    "MĐ1",
    "cấp độ 2",
    "Mầm non",
    "Trường TH Sơn Lâm",
    "THCS Hà Bắc",
    "Công nhận lại",
    "Ngân sách huyện",
  ])("%s stays text", (text) => expect(staysText(text)).toBe(true));

  test.each([
    ["a date", "01/02"],
    ["a date by month name", "Jan 5"],
    ["a Vietnamese month", "tháng 5"],
    ["a month glued to its day", "5Jan"],
    ["a boolean", "TRUE"],
    ["a Vietnamese boolean", "Đúng"],
    ["a number", "1250"],
    ["a formula", "=CĐ 2"],
    ["a sign", "-"],
    ["punctuation", "CĐ2-MĐ1"],
    ["a leading space", " CĐ2"],
    ["two spaces", "cấp  độ 2"],
    ["an error literal", "#N/A"],
    ["empty", ""],
  ])("%s (%s) is refused", (_what, text) => expect(staysText(text)).toBe(false));

  test("NFD text is judged as its NFC form", () => {
    expect(staysText("cấp độ 2".normalize("NFD"))).toBe(true);
  });
});
