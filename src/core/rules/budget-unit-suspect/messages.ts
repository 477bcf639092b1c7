import { formatNumber } from "../../text/format";
import { millions } from "../shared/wording";
import type { Messages } from "../rule";

export interface Params {
  readonly amount: number;
  readonly suggested: number;
}

export const messages: Messages<Params> = {
  title: { vi: "Kinh phí có thể sai đơn vị", en: "Budget unit suspect" },
  checks: {
    vi: "Kinh phí lớn bất thường cho cột tính bằng triệu đồng, có thể đang ghi bằng đồng; không được cộng vào tổng cho đến khi sửa.",
    en: "A budget too large for a column in millions of đồng, probably written in đồng; left out of totals until fixed.",
  },
  vi: (p) =>
    `Kinh phí ${formatNumber(p.amount, "vi")} quá lớn cho cột tính bằng triệu đồng; có thể đang ghi bằng đồng (tức ${millions(p.suggested)}).`,
  en: (p) =>
    `Budget ${formatNumber(p.amount, "en")} is too large for a column in millions of đồng; it may be written in đồng (that is ${formatNumber(p.suggested, "en")} million).`,
  example: { value: "1.250.000.000", params: { amount: 1250000000, suggested: 1250 } },
};
