import type { Messages } from "../rule";

export interface Params {
  /** The decision date and the expiry as the list writes them, and the expiry the decision gives. */
  readonly decision: string;
  readonly expiry: string;
  readonly due: string;
}

export const messages: Messages<Params> = {
  title: { vi: "Ngày hết hạn không khớp ngày công nhận", en: "Expiry does not match the decision" },
  checks: {
    vi: "Ngày hết hạn ghi trong danh sách khác thời hạn 5 năm tính từ ngày công nhận.",
    en: "The expiry the list gives differs from the 5-year term counted from the decision date.",
  },
  vi: (p) =>
    `Hết hạn ${p.expiry} không khớp với ngày công nhận ${p.decision}: công nhận có giá trị 5 năm, tức đến ${p.due}. ` +
    "Cần sửa một trong hai ô; trường chưa được tính vào tỉ lệ đạt chuẩn.",
  en: (p) =>
    `The expiry ${p.expiry} does not match the decision of ${p.decision}: a recognition is valid for 5 years, ` +
    `that is until ${p.due}. One of the two cells needs correcting; the school is left out of the rates.`,
  example: {
    value: "10/05/2026",
    params: { decision: "10/05/2023", expiry: "10/05/2026", due: "10/05/2028" },
  },
};
