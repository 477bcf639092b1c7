import type { Messages } from "../rule";

export interface Params {
  readonly level: number;
}

export const messages: Messages<Params> = {
  title: { vi: "Mức độ CQG ngoài phạm vi", en: "National-standard level out of range" },
  checks: {
    vi: "Mức độ chuẩn quốc gia khác 1 và 2.",
    en: "A national-standard level other than 1 or 2.",
  },
  vi: (p) => `Mức độ chuẩn quốc gia ${p.level} không hợp lệ; chỉ có mức độ 1 và mức độ 2.`,
  en: (p) => `National-standard level ${p.level} is invalid; only levels 1 and 2 exist.`,
  example: { value: "MĐ3", params: { level: 3 } },
};
