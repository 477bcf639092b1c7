import type { Messages } from "../rule";

export interface Params {
  readonly what: "name" | "code";
}

export const messages: Messages<Params> = {
  title: { vi: "Thiếu dữ liệu", en: "Missing value" },
  checks: {
    vi: "Dòng có số liệu nhưng không có tên trường.",
    en: "A row holds data but no school name.",
  },
  vi: (p) =>
    p.what === "name"
      ? "Dòng có số liệu nhưng không có tên trường."
      : 'Ô mức công nhận để trống. Nếu trường chưa được công nhận, ghi "-" hoặc "Chưa đạt" để phân biệt với ô bị bỏ sót.',
  en: (p) =>
    p.what === "name"
      ? "The row has data but no school name."
      : 'The recognition cell is empty. If the school is not recognised, write "-" or "Chưa đạt" so it is not taken for an omission.',
  example: { value: null, params: { what: "name" } },
};
