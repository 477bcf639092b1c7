import type { Messages } from "../rule";

export interface Params {
  readonly recognised: string;
  readonly planYear: number;
  readonly years: number;
}

export const messages: Messages<Params> = {
  title: { vi: "Nâng mức chưa đủ 2 năm", en: "Upgrade less than 2 years after recognition" },
  checks: {
    vi: "Nâng mức khi lần công nhận trước chưa được 2 năm (quy định mới báo chí nêu là 1 năm: chỉ cảnh báo).",
    en: "An upgrade less than 2 years after the previous recognition (1 year as reported for the new rules: a warning only).",
  },
  vi: (p) =>
    `Nâng mức năm ${p.planYear} khi lần công nhận trước (${p.recognised}) mới được ${p.years} năm; phải sau ít nhất 2 năm.`,
  en: (p) =>
    `Upgrade in ${p.planYear} only ${p.years} years after the previous recognition (${p.recognised}); at least 2 years are required.`,
  example: { value: "12/12/2024", params: { recognised: "12/12/2024", planYear: 2025, years: 1 } },
};
