import type { Messages } from "../rule";

export interface Params {
  readonly recognised: string;
  readonly planYear: number;
  readonly years: number;
}

export const messages: Messages<Params> = {
  title: { vi: "Công nhận lại quá sớm", en: "Renewal too early" },
  checks: {
    vi: "Công nhận lại khi lần công nhận trước chưa được 4 năm.",
    en: "A renewal less than 4 years after the previous recognition.",
  },
  vi: (p) =>
    `Công nhận lại năm ${p.planYear} khi lần công nhận trước (${p.recognised}) mới được ${p.years} năm; thông thường chỉ công nhận lại khi gần hết thời hạn 5 năm.`,
  en: (p) =>
    `Renewal in ${p.planYear} only ${p.years} years after the previous recognition (${p.recognised}); renewals normally come near the end of the 5-year validity.`,
  example: { value: "15/03/2023", params: { recognised: "15/03/2023", planYear: 2025, years: 2 } },
};
