import type { Messages } from "../rule";

export interface Params {
  readonly level: number;
  readonly max: number;
  readonly unconfirmed: boolean;
}

export const messages: Messages<Params> = {
  title: { vi: "Cấp độ KĐCLGD ngoài phạm vi", en: "Accreditation level out of range" },
  checks: {
    vi: "Cấp độ KĐCLGD ngoài phạm vi của quy định áp dụng (1–4 theo TT 17, 18, 19/2018).",
    en: "An accreditation level outside the regime's range (1–4 under Circulars 17, 18, 19/2018).",
  },
  vi: (p) =>
    p.unconfirmed
      ? `Cấp độ KĐCLGD ${p.level}: theo quy định mới (chưa xác nhận) kiểm định chỉ còn ${p.max} mức.`
      : `Cấp độ KĐCLGD ${p.level} không hợp lệ; chỉ có cấp độ 1 đến ${p.max}.`,
  en: (p) =>
    p.unconfirmed
      ? `Accreditation level ${p.level}: under the new (unconfirmed) rules accreditation has only ${p.max} levels.`
      : `Accreditation level ${p.level} is invalid; levels run from 1 to ${p.max}.`,
  example: { value: "CĐ5", params: { level: 5, max: 4, unconfirmed: false } },
};
