import { formatNumber } from "../../text/format";
import { millions } from "../shared/wording";
import type { Messages } from "../rule";

export interface Params {
  readonly amount: number;
  /** In the column's own unit: triệu đồng, or đồng when `column` says so. */
  readonly suggested: number;
  /** Present when the column is in đồng or tỷ đồng and the amount looks like millions. */
  readonly column?: "đồng" | "tỷ đồng";
}

export const messages: Messages<Params> = {
  title: { vi: "Kinh phí có thể sai đơn vị", en: "Budget unit suspect" },
  checks: {
    vi: "Kinh phí ghi sai đơn vị của cột: từ một triệu trở lên trong cột tính bằng triệu đồng (có thể đang ghi bằng đồng), dưới mười nghìn trong cột tính bằng đồng hoặc từ một nghìn trở lên trong cột tính bằng tỷ đồng (có thể đang ghi bằng triệu đồng); không được cộng vào tổng cho đến khi sửa.",
    en: "A budget in another unit than its column's: a million or more in a column of millions of đồng (probably đồng), under ten thousand in a column of đồng or a thousand or more in a column of billions (probably millions); left out of totals until fixed.",
  },
  vi: (p) =>
    p.column === "đồng"
      ? `Kinh phí ${formatNumber(p.amount, "vi")} quá nhỏ cho cột tính bằng đồng; có thể đang ghi bằng triệu đồng (tức ${formatNumber(p.suggested, "vi")} đồng).`
      : p.column === "tỷ đồng"
        ? `Kinh phí ${formatNumber(p.amount, "vi")} quá lớn cho cột tính bằng tỷ đồng; có thể đang ghi bằng triệu đồng (tức ${formatNumber(p.suggested, "vi")} tỷ đồng).`
        : `Kinh phí ${formatNumber(p.amount, "vi")} quá lớn cho cột tính bằng triệu đồng; có thể đang ghi bằng đồng (tức ${millions(p.suggested)}).`,
  en: (p) =>
    p.column === "đồng"
      ? `Budget ${formatNumber(p.amount, "en")} is too small for a column in đồng; it may be written in millions (that is ${formatNumber(p.suggested, "en")} đồng).`
      : p.column === "tỷ đồng"
        ? `Budget ${formatNumber(p.amount, "en")} is too large for a column in billions of đồng; it may be written in millions (that is ${formatNumber(p.suggested, "en")} billion).`
        : `Budget ${formatNumber(p.amount, "en")} is too large for a column in millions of đồng; it may be written in đồng (that is ${formatNumber(p.suggested, "en")} million).`,
  example: { value: "1.250.000.000", params: { amount: 1250000000, suggested: 1250 } },
};
