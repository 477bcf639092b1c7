import type { Messages } from "../rule";

export interface Params {
  readonly sheet: string;
}

export const messages: Messages<Params> = {
  title: { vi: "Không tìm thấy bảng danh sách", en: "No school list found" },
  checks: {
    vi: "Trang tính không có dòng tiêu đề nào có cột tên trường, nên không đọc được danh sách.",
    en: "The sheet has no header row with a school-name column, so no list can be read.",
  },
  vi: (p) =>
    `Không tìm thấy bảng danh sách trường trên trang "${p.sheet}": cần một dòng tiêu đề có cột tên trường (ví dụ "Tên trường", "Cơ sở giáo dục", "Đơn vị").`,
  en: (p) =>
    `No school list found on sheet "${p.sheet}": a header row with a school-name column is needed (e.g. "Tên trường", "Cơ sở giáo dục", "Đơn vị").`,
  example: { value: null, params: { sheet: "Trang tính1" } },
};
