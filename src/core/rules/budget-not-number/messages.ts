import type { Messages } from "../rule";

export interface Params {
  readonly text: string;
}

export const messages: Messages<Params> = {
  title: { vi: "Kinh phí không phải số", en: "Budget is not a number" },
  checks: {
    vi: "Ô kinh phí không phải là số; số tiền này không được cộng vào tổng.",
    en: "A budget cell is not a number; it is left out of every total.",
  },
  vi: (p) =>
    `Kinh phí "${p.text}" không phải là số; ghi số như 44.497 hoặc 31.162,5 (đơn vị theo tiêu đề cột).`,
  en: (p) =>
    `Budget "${p.text}" is not a number; write numbers such as 44.497 or 31.162,5 (unit as in the column header).`,
  example: { value: "khoảng 500", params: { text: "khoảng 500" } },
};
