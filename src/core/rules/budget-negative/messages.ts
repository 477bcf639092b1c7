import { formatNumber } from "../../text/format";
import type { Messages } from "../rule";

export interface Params {
  readonly amount: number;
}

export const messages: Messages<Params> = {
  title: { vi: "Kinh phí âm", en: "Negative budget" },
  checks: {
    vi: "Kinh phí âm; số tiền này không được cộng vào tổng.",
    en: "A negative budget; it is left out of every total.",
  },
  vi: (p) => `Kinh phí âm (${formatNumber(p.amount, "vi")}).`,
  en: (p) => `Negative budget (${formatNumber(p.amount, "en")}).`,
  example: { value: "-150", params: { amount: -150 } },
};
