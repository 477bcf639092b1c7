import type { Messages } from "../rule";

export interface Params {
  readonly text: string;
}

export const messages: Messages<Params> = {
  title: { vi: "Hình thức công nhận không rõ", en: "Unknown planned action" },
  checks: {
    vi: "Ô hình thức không phải công nhận mới, công nhận lại hay nâng mức.",
    en: "The action cell is none of first recognition, renewal or upgrade.",
  },
  vi: (p) => `Không hiểu hình thức "${p.text}"; dùng "Công nhận mới", "Công nhận lại" hoặc "Nâng mức độ".`,
  en: (p) =>
    `Unknown planned action "${p.text}"; use "Công nhận mới" (new), "Công nhận lại" (renewal) or "Nâng mức độ" (upgrade).`,
  example: { value: "Đề nghị xét", params: { text: "Đề nghị xét" } },
};
