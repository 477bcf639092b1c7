import type { Messages } from "../rule";

export interface Params {
  /** "TCVN3" or "VNI": the font family's name as users know it. */
  readonly encoding: "TCVN3" | "VNI";
  /** Cells of the column typed in that font. */
  readonly cells: number;
  /** One of them, as stored and as it reads in Unicode. */
  readonly sample: { readonly from: string; readonly to: string };
}

const FONTS = { TCVN3: ".VnTime, .VnArial", VNI: "VNI-Times" } as const;

export const messages: Messages<Params> = {
  title: { vi: "Chữ gõ bằng bảng mã cũ (TCVN3, VNI)", en: "Text in an old Vietnamese encoding (TCVN3, VNI)" },
  checks: {
    vi: "Cột có chữ gõ bằng bảng mã TCVN3 (phông .VnTime) hoặc VNI (phông VNI-Times) thay vì Unicode: máy khác, phần mềm khác và việc tìm kiếm đọc sai. Danh sách vẫn được kiểm tra theo chữ Unicode tương ứng.",
    en: "A column holds text typed in the TCVN3 (.VnTime fonts) or VNI (VNI-Times fonts) encoding instead of Unicode: other computers, programs and searches misread it. The list is still checked as the Unicode text it stands for.",
  },
  vi: (p) =>
    `Cột này gõ bằng bảng mã ${p.encoding} (phông ${FONTS[p.encoding]}), không phải Unicode: ${p.cells} ô, ví dụ “${p.sample.from}” là “${p.sample.to}”. Danh sách đã được đọc theo Unicode; chọn “Chuyển sang Unicode” để sửa cả cột.`,
  en: (p) =>
    `This column is typed in the ${p.encoding} encoding (${FONTS[p.encoding]} fonts), not Unicode: ${p.cells} cells, e.g. “${p.sample.from}” is “${p.sample.to}”. The list was read as Unicode; choose “Convert to Unicode” to fix the whole column.`,
  fixAction: { vi: "Chuyển sang Unicode", en: "Convert to Unicode" },
  example: {
    value: "Tr­êng THCS Lª Lîi",
    params: {
      encoding: "TCVN3",
      cells: 57,
      sample: { from: "Tr­êng THCS Lª Lîi", to: "Trường THCS Lê Lợi" },
    },
  },
};
