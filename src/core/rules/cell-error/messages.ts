import type { Messages } from "../rule";

export interface Params {
  readonly error: string;
}

export const messages: Messages<Params> = {
  title: { vi: "Ô chứa lỗi Excel", en: "Excel error value" },
  checks: {
    vi: "Ô chứa giá trị lỗi của Excel (#N/A, #REF!, #VALUE!…), thường do công thức hỏng.",
    en: "A cell holds an Excel error value (#N/A, #REF!, #VALUE!…), usually from a broken formula.",
  },
  vi: (p) => `Ô chứa lỗi Excel ${p.error}; kiểm tra lại công thức hoặc dữ liệu nguồn.`,
  en: (p) => `The cell holds the Excel error ${p.error}; check its formula or source data.`,
  example: { value: "#N/A", params: { error: "#N/A" } },
};
