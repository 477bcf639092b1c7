import type { Messages } from "../rule";

export interface Params {
  readonly standard: number;
  readonly accreditation: number;
}

export const messages: Messages<Params> = {
  title: {
    vi: "Mức độ CQG thấp hơn kết quả KĐCLGD",
    en: "Standard level below what the accreditation allows",
  },
  checks: {
    vi: "Trường đạt KĐCLGD cấp độ 3 hoặc 4 nhưng chỉ ghi CQG mức độ 1 trong cùng lần đánh giá.",
    en: "Accreditation level 3 or 4 recorded with national-standard level 1 from the same assessment.",
  },
  vi: (p) =>
    `Trường đạt KĐCLGD cấp độ ${p.accreditation} thì cùng lần đánh giá đủ điều kiện chuẩn quốc gia mức độ 2, nhưng dòng này ghi mức độ ${p.standard}.`,
  en: (p) =>
    `An assessment at accreditation level ${p.accreditation} qualifies for national-standard level 2, but the row says level ${p.standard}.`,
  example: { value: "CĐ3-MĐ1", params: { standard: 1, accreditation: 3 } },
};
