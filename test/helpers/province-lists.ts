/**
 * Four communes' lists as a Sở receives them, with the differences a roll-up must survive: plan years
 * stated in different ways (2025 on a second title line, 2026 in the title, none at all), a list
 * without a budget column, and a school near a merged boundary that two communes both list.
 */
import type { CellValue } from "../../src/core/grid";
import type { SheetSpec } from "./sheet";

/** Xã An Phú, plan year 2025 (second title line): codes, dates, actions, budget and funding source. */
export const AN_PHU: SheetSpec = {
  name: "DS",
  title: ["DANH SÁCH TRƯỜNG HỌC XÃ AN PHÚ", "Kế hoạch xây dựng trường chuẩn quốc gia năm 2025"],
  header: [
    "STT",
    "Tên trường",
    "Cấp học",
    "KĐCLGD",
    "CQG",
    "Ngày công nhận",
    "Hình thức",
    "Kinh phí (triệu đồng)",
    "Nguồn vốn",
  ],
  rows: [
    ["1.", "MN An Phú", "Mầm non", "2", "1", "15/03/2020", "Công nhận lại", "1.200", "Ngân sách tỉnh"],
    ["2.", "TH An Phú", "Tiểu học", "3", "2", "10/05/2022", null, null, null],
    ["3.", "THCS An Phú", "THCS", null, null, null, "Công nhận mới", "2.500,5", "Ngân sách xã"],
    ["4.", "TH Số 2 An Phú", "Tiểu học", "2", "1", "20/08/2019", null, null, null],
    ["5.", "MN Hoa Sen", "Mầm non", "2", "1", "01/06/2022", "Nâng mức", "800", "Xã hội hóa"],
    ["6.", "TH&THCS Kim Đồng", "TH&THCS", "2", "1", "12/12/2020", null, null, null],
    [null, "Tổng cộng", null, null, null, null, null, "4.500,5", null],
  ],
};

/** Phường Bình Minh, plan year 2026 (in the title), no budget column. */
export const BINH_MINH: SheetSpec = {
  name: "DS",
  title: ["DANH SÁCH CƠ SỞ GIÁO DỤC PHƯỜNG BÌNH MINH NĂM 2026"],
  header: ["TT", "Cơ sở giáo dục", "Tích hợp KĐCLGD&CQG", "Năm công nhận", "Ghi chú"],
  rows: [
    [1, "MN Bình Minh", "CĐ2-MĐ1", 2021, "CN lại"],
    [2, "TH Bình Minh", "CĐ3-MĐ2", 2023, null],
    [3, "THCS Bình Minh", null, null, "CN lần đầu"],
    [4, "TH Lê Lợi", "CĐ 2 - MĐ 1", 2024, null],
  ],
};

/**
 * Xã Gia Bình's 2025 plan: its own school, MN Hoa Sen of Xã An Phú (listed by An Phú too), and a
 * school named like one of An Phú's but in Gia Bình.
 */
export const GIA_BINH: SheetSpec = {
  name: "DS",
  title: ["KẾ HOẠCH XÂY DỰNG TRƯỜNG CHUẨN QUỐC GIA XÃ GIA BÌNH NĂM 2025"],
  header: ["STT", "Tên trường", "Xã", "Mã công nhận", "Hình thức", "Kinh phí"],
  rows: [
    [1, "TH Gia Bình", "Xã Gia Bình", null, "CN mới", 3000],
    [2, "MN Hoa Sen", "Xã An Phú", "CĐ2-MĐ1", "Nâng mức", 800],
    [3, "TH&THCS Kim Đồng", "Xã Gia Bình", "CĐ2-MĐ1", "Nâng mức", 600],
  ],
};

/** Phường Đông Hòa: a status list that states no plan year. */
export const DONG_HOA: SheetSpec = {
  name: "DS",
  title: ["DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA PHƯỜNG ĐÔNG HÒA"],
  header: ["STT", "Tên trường", "Cấp học", "Cấp độ KĐCLGD", "Mức độ CQG", "Năm công nhận"],
  rows: [
    [1, "MN Đông Hòa", "Mầm non", "Cấp độ 2", "Mức độ 1", 2020],
    [2, "TH Đông Hòa", "Tiểu học", "Cấp độ 3", "Mức độ 2", 2022],
    [3, "THCS Đông Hòa", "THCS", "Cấp độ 1", null, 2023],
    [4, "TH&THCS Kim Đồng", "TH&THCS", "Cấp độ 2", "Mức độ 1", 2021],
  ],
};

/** The rows of a list as a worksheet writes them: title lines, a blank row, the header, the schools. */
export function listRows(spec: SheetSpec): (readonly CellValue[])[] {
  return [...(spec.title ?? []).map((t) => [t]), [], spec.header, ...spec.rows];
}
