import type { Messages } from "../rule";

export interface Params {
  readonly standard: number;
  readonly accreditation: number;
  readonly required: number;
}

export const messages: Messages<Params> = {
  title: {
    vi: "Mức độ CQG cao hơn kết quả KĐCLGD cho phép",
    en: "Standard level above what the accreditation allows",
  },
  checks: {
    vi: "Mức độ CQG cao hơn mức mà kết quả đánh giá ngoài cùng lần cho phép (mức độ 1 cần cấp độ 2, mức độ 2 cần cấp độ 3).",
    en: "A national-standard level higher than the same assessment allows (level 1 needs accreditation 2, level 2 needs 3).",
  },
  vi: (p) =>
    `Chuẩn quốc gia mức độ ${p.standard} đòi hỏi kết quả đánh giá ngoài đạt từ cấp độ ${p.required} trở lên, nhưng dòng này ghi cấp độ ${p.accreditation}.`,
  en: (p) =>
    `National-standard level ${p.standard} requires an external assessment at accreditation level ${p.required} or higher, but the row says level ${p.accreditation}.`,
  example: { value: "CĐ1-MĐ1", params: { standard: 1, accreditation: 1, required: 2 } },
};
