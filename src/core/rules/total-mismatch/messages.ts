import { formatNumber } from "../../text/format";
import type { Messages } from "../rule";

export interface Params {
  readonly label: string;
  readonly written: number;
  readonly sum: number;
  readonly rows: number;
}

export const messages: Messages<Params> = {
  title: { vi: "Dòng tổng không khớp", en: "Total does not add up" },
  checks: {
    vi: "Dòng tổng ghi số khác với tổng các dòng trường mà nó cộng.",
    en: "A total row differs from the sum of the school rows it covers.",
  },
  vi: (p) =>
    `Dòng "${p.label}" ghi ${formatNumber(p.written, "vi")} nhưng tổng ${p.rows} dòng trường là ${formatNumber(p.sum, "vi")}.`,
  en: (p) =>
    `Row "${p.label}" says ${formatNumber(p.written, "en")} but its ${p.rows} school rows add up to ${formatNumber(p.sum, "en")}.`,
  example: { value: "44.497", params: { label: "Tổng cộng", written: 44497, sum: 44397, rows: 6 } },
};
