import type { Messages } from "../rule";

export interface Params {
  readonly standard: number;
}

export const messages: Messages<Params> = {
  title: { vi: "Có CQG nhưng không có KĐCLGD", en: "Standard level without accreditation" },
  checks: {
    vi: "Có mức độ CQG nhưng không có cấp độ KĐCLGD, với quyết định từ 10/10/2018 khi hai kết quả đi cùng nhau.",
    en: "A national-standard level without an accreditation level, for a decision after 10/10/2018 when both come together.",
  },
  vi: (p) =>
    `Có chuẩn quốc gia mức độ ${p.standard} nhưng không ghi cấp độ KĐCLGD; từ 10/10/2018 hai kết quả cùng một lần đánh giá ngoài.`,
  en: (p) =>
    `National-standard level ${p.standard} without an accreditation level; since 10/10/2018 both come from one external assessment.`,
  example: { value: "MĐ1", params: { standard: 1 } },
};
