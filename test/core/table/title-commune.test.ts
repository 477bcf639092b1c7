/**
 * A title that names one commune and nothing else is that commune's list: its plan is issued by the
 * commune's committee. Anything less sure names no body, and the plan's header keeps its blank.
 */
import { communeBodyOfTitles } from "../../../src/core/table/title-commune";

describe("the committee of the one commune a title names", () => {
  test.each([
    [["DANH SÁCH CÁC TRƯỜNG TRÊN ĐỊA BÀN XÃ HÒA AN"], "UBND xã Hòa An"],
    [
      ["DANH SÁCH TRƯỜNG", "(Kèm theo Kế hoạch số    /KH-UBND ngày    /01/2026 của UBND xã Hòa An)"],
      "UBND xã Hòa An",
    ],
    [["DANH SÁCH TRƯỜNG ĐỀ NGHỊ CÔNG NHẬN ĐẠT CHUẨN QUỐC GIA", "Xã Đại Từ"], "UBND xã Đại Từ"],
    [["DANH SÁCH TRƯỜNG XÃ HÒA AN, TỈNH CAO BẰNG NĂM 2026"], "UBND xã Hòa An"],
    [["DANH SÁCH TRƯỜNG XÃ HÒA AN ĐỀ NGHỊ CÔNG NHẬN ĐẠT CHUẨN QUỐC GIA NĂM 2026"], "UBND xã Hòa An"],
    [["DANH SÁCH TRƯỜNG PHƯỜNG BẾN THÀNH, THÀNH PHỐ HỒ CHÍ MINH"], "UBND phường Bến Thành"],
    [["DANH SÁCH CÁC TRƯỜNG ĐẶC KHU PHÚ QUỐC ĐẠT CHUẨN QUỐC GIA"], "UBND đặc khu Phú Quốc"],
    [["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "DANH SÁCH TRƯỜNG XÃ IA GRAI NĂM 2027"], "UBND xã Ia Grai"],
    [["DANH SÁCH TRƯỜNG XÃ CƯ M'GAR (SỐ LIỆU ĐẾN NGÀY 30/6/2026)"], "UBND xã Cư M'gar"],
    [["DANH SÁCH TRƯỜNG XÃ HÒA AN".normalize("NFD")], "UBND xã Hòa An"],
  ])("%j → %s", (lines, body) => {
    expect(communeBodyOfTitles(lines)).toBe(body);
  });

  test.each([
    // Two places, or one that is not a commune's.
    [["DANH SÁCH TRƯỜNG XÃ HÒA AN VÀ XÃ HÒA BÌNH"]],
    [["DANH SÁCH TRƯỜNG XÃ HÒA AN", "(Kèm theo Kế hoạch … của UBND xã Hòa Bình)"]],
    [["DANH SÁCH TRƯỜNG XÃ HÒA AN, HUYỆN HÒA AN"]],
    [["DANH SÁCH TRƯỜNG PHƯỜNG 5, THÀNH PHỐ TÂN AN"]],
    [["DANH SÁCH TRƯỜNG PHƯỜNG TÂN AN, THÀNH PHỐ BUÔN MA THUỘT"]],
    [["DANH SÁCH TRƯỜNG THỊ TRẤN NƯỚC HAI"]],
    [["DANH SÁCH TRƯỜNG THỊ XÃ HƯƠNG TRÀ"]],
    // A province only, many communes, communes named nowhere.
    [["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA TỈNH CAO BẰNG"]],
    [["DANH SÁCH TRƯỜNG CÁC XÃ, PHƯỜNG TỈNH CAO BẰNG"]],
    [["DANH SÁCH TRƯỜNG THEO XÃ, PHƯỜNG"]],
    [["KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026"]],
    // Another body named beside the commune: it may be the one that issues.
    [
      [
        "DANH SÁCH TRƯỜNG XÃ HÒA AN",
        "(Kèm theo Quyết định số 12/QĐ-UBND ngày 5/3/2026 của UBND tỉnh Cao Bằng)",
      ],
    ],
    [["DANH SÁCH TRƯỜNG XÃ HÒA AN", "(Kèm theo Công văn của Sở GDĐT Cao Bằng)"]],
    [["PHÒNG VĂN HÓA - XÃ HỘI", "DANH SÁCH TRƯỜNG XÃ HÒA AN"]],
    // Words run on past what a commune's name can be.
    [["DANH SÁCH TRƯỜNG XÃ HÒA AN SAU KHI SẮP XẾP ĐƠN VỊ HÀNH CHÍNH"]],
    [[]],
  ])("%j → nothing", (lines) => {
    expect(communeBodyOfTitles(lines)).toBeNull();
  });

  test("a school's name on the title does not hide the commune", () => {
    expect(communeBodyOfTitles(["DANH SÁCH CƠ SỞ GIÁO DỤC XÃ HÒA AN"])).toBe("UBND xã Hòa An");
  });
});
