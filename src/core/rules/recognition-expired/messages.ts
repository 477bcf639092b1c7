import type { Messages } from "../rule";

export interface Params {
  readonly expiry: string;
}

export const messages: Messages<Params> = {
  title: { vi: "Công nhận đã hết hạn", en: "Recognition expired" },
  checks: {
    vi: "Công nhận đã hết hạn 5 năm trước ngày tham chiếu và chưa có kế hoạch công nhận lại.",
    en: "The 5-year recognition lapsed before the reference date and no renewal is planned.",
  },
  vi: (p) =>
    `Công nhận đã hết hạn (${p.expiry}) và chưa có kế hoạch công nhận lại; trường không còn được tính là đạt chuẩn/đạt kiểm định.`,
  en: (p) =>
    `The recognition expired (${p.expiry}) and no renewal is planned; the school no longer counts as recognised.`,
  example: { value: "10/05/2019", params: { expiry: "10/05/2024" } },
};
