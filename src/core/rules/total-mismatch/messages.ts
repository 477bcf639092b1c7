import { formatNumber } from "../../text/format";
import type { Messages } from "../rule";

export interface Params {
  /** The total row's label, or the school's name for a total column. */
  readonly label: string;
  readonly written: number;
  readonly sum: number;
  readonly rows: number;
  /**
   * Present for a school's total column beside its part columns (sources or cost items) ("Tổng" beside "Ngân sách |
   * XHH"): the sources it should add up.
   */
  readonly sources?: readonly string[];
}

export const messages: Messages<Params> = {
  title: { vi: "Dòng tổng không khớp", en: "Total does not add up" },
  checks: {
    vi: "Dòng tổng ghi số khác với tổng các dòng trường mà nó cộng; cột tổng kinh phí của một trường khác tổng các cột kinh phí thành phần (theo nguồn hoặc theo khoản chi) của trường đó (kinh phí của trường không được cộng vào tổng cho đến khi sửa).",
    en: "A total row differs from the sum of the school rows it covers; a school's total budget column differs from the sum of its part columns (by funding source or by cost item) (its budget is left out of the totals until fixed).",
  },
  vi: (p) =>
    p.sources
      ? `Cột tổng của "${p.label}" ghi ${formatNumber(p.written, "vi")} nhưng các cột kinh phí thành phần (${p.sources.join(", ")}) cộng lại ${formatNumber(p.sum, "vi")}; kinh phí của trường không được cộng vào tổng cho đến khi sửa.`
      : `Dòng "${p.label}" ghi ${formatNumber(p.written, "vi")} nhưng tổng ${p.rows} dòng trường là ${formatNumber(p.sum, "vi")}.`,
  en: (p) =>
    p.sources
      ? `The total column of "${p.label}" says ${formatNumber(p.written, "en")} but its part columns (${p.sources.join(", ")}) add up to ${formatNumber(p.sum, "en")}; its budget is left out of the totals until fixed.`
      : `Row "${p.label}" says ${formatNumber(p.written, "en")} but its ${p.rows} school rows add up to ${formatNumber(p.sum, "en")}.`,
  example: { value: "44.497", params: { label: "Tổng cộng", written: 44497, sum: 44397, rows: 6 } },
};
