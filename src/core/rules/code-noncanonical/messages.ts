import type { Messages } from "../rule";

export interface Params {
  readonly text: string;
  readonly canonical: string;
  readonly cdWordAsStandard: boolean;
}

export const messages: Messages<Params> = {
  title: { vi: "Mức công nhận chưa ghi theo cách chuẩn", en: "Non-canonical recognition code" },
  checks: {
    vi: "Mức công nhận đọc được nhưng ghi khác cách ghi chung của cột, hoặc dùng từ dễ nhầm; có thể sửa hàng loạt.",
    en: "A readable code written differently from the rest of its column, or in ambiguous words; can be fixed in bulk.",
  },
  vi: (p) =>
    p.cdWordAsStandard
      ? `"${p.text}" dùng từ "cấp độ" cho chuẩn quốc gia; chuẩn quốc gia được công nhận theo mức độ, cách ghi chuẩn là "${p.canonical}".`
      : `"${p.text}" ghi khác cách ghi chung của cột; cách ghi chuẩn là "${p.canonical}".`,
  en: (p) =>
    p.cdWordAsStandard
      ? `"${p.text}" uses "cấp độ" for the national standard, which is recognised by mức độ; the canonical form is "${p.canonical}".`
      : `"${p.text}" is written unlike the rest of its column; the canonical form is "${p.canonical}".`,
  example: {
    value: "CĐ 2 - MĐ 1",
    params: { text: "CĐ 2 - MĐ 1", canonical: "CĐ2-MĐ1", cdWordAsStandard: false },
  },
};
