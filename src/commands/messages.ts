import type { Lang } from "../core/text/format";

/** Words of the ribbon command's notice. */
export const COMMAND_TEXT = {
  vi: {
    title: "Kiểm tra danh sách",
    counts: (e: number, w: number, i: number, sheet: string) =>
      `Trang "${sheet}": ${e} lỗi, ${w} cảnh báo, ${i} thông tin. Chi tiết ở trang "Kết quả kiểm tra"; mở ngăn Kiểm định & CQG để xem, sửa và đánh dấu.`,
    clean: (sheet: string) => `Trang "${sheet}": không có phát hiện nào.`,
    noTable: (sheet: string) =>
      `Không tìm thấy bảng danh sách trường trên trang "${sheet}". Hãy mở trang có danh sách (cần cột tên trường) rồi bấm lại.`,
    failed: (detail: string) => `Không kiểm tra được: ${detail}`,
    close: "Đóng",
  },
  en: {
    title: "Check list",
    counts: (e: number, w: number, i: number, sheet: string) =>
      `Sheet "${sheet}": ${e} errors, ${w} warnings, ${i} information. Details are on the "Check results" sheet; open the pane to review, fix and highlight them.`,
    clean: (sheet: string) => `Sheet "${sheet}": no findings.`,
    noTable: (sheet: string) =>
      `No school list found on sheet "${sheet}". Open the sheet with the list (it needs a school-name column) and try again.`,
    failed: (detail: string) => `The check could not run: ${detail}`,
    close: "Close",
  },
} as const satisfies Record<Lang, unknown>;
