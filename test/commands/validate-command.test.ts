import { validateActiveSheet } from "../../src/commands/validate-command";
import { sheetOf, snapshotSheet, valuesIn } from "../fakes/office";
import { setup, teardown } from "../hosts/excel/helpers";

afterEach(teardown);

const LIST = [
  ["DANH SÁCH TRƯỜNG HỌC HUYỆN SƠN HÀ"],
  [],
  ["STT", "Tên trường", "Xã", "KĐCLGD", "CQG", "Năm công nhận"],
  ["1.", "MN Hoa Sen", "Xã Ia Chim", "CĐ2", "MĐ1", 2022],
  ["2.", "TH Kim Đồng", "Xã Ia Chim", "CĐ1", "MĐ1", 2023],
  ["3.", "THCS Lê Lợi", "Xã Ngok Bay", "cấp độ 2", "MĐ1", 2021],
];

const TODAY = new Date(2024, 5, 1);

describe("the ribbon's Kiểm tra danh sách", () => {
  test("checks the active sheet, writes the findings sheet and says the counts; the list is untouched", async () => {
    const { office, host } = await setup({
      sheets: [{ name: "Danh sách", rows: LIST }],
      settings: { planYear: 2024 },
    });
    const before = snapshotSheet(sheetOf(office.workbook, "Danh sách"));
    const outcome = await validateActiveSheet(host, TODAY);
    expect(outcome.lang).toBe("vi");
    // CĐ1 with MĐ1 is an error; "cấp độ 2" is readable but not canonical.
    expect(outcome.message).toBe(
      'Trang "Danh sách": 1 lỗi, 0 cảnh báo, 1 thông tin. Chi tiết ở trang "Kết quả kiểm tra"; mở ngăn Kiểm định & CQG để xem, sửa và đánh dấu.',
    );
    expect(snapshotSheet(sheetOf(office.workbook, "Danh sách"))).toEqual(before);
    const sheets = office.workbook.sheets.map((s) => s.name);
    expect(sheets).toEqual(["Danh sách", "Kết quả kiểm tra"]);
    const written = valuesIn(office.workbook, "Kết quả kiểm tra", "A1:I12").flat();
    // Rules by their titles, never their ids.
    expect(written).toContain("Mức độ CQG cao hơn kết quả KĐCLGD cho phép");
    expect(written).toContain("Mức công nhận chưa ghi theo cách chuẩn");
    expect(written).not.toContain("standard-needs-accreditation");
  });

  test("uses the language and column mapping the workbook remembers", async () => {
    const { host } = await setup({
      sheets: [{ name: "Danh sách", rows: LIST }],
      settings: { lang: "en", planYear: 2024 },
    });
    const outcome = await validateActiveSheet(host, TODAY);
    expect(outcome.lang).toBe("en");
    expect(outcome.message).toMatch(/^Sheet "Danh sách": 1 errors, 0 warnings, 1 information\./);
  });

  test("a sheet without a list gets a message the user can act on, and nothing is written", async () => {
    const { office, host } = await setup({
      sheets: [{ name: "Ghi chú", rows: [["Số liệu cập nhật đến 31/12/2023."]] }],
    });
    const outcome = await validateActiveSheet(host, TODAY);
    expect(outcome.message).toMatch(/^Không tìm thấy bảng danh sách trường trên trang "Ghi chú"/);
    expect(office.workbook.sheets.map((s) => s.name)).toEqual(["Ghi chú"]);
  });
});
