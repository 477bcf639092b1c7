import type { Messages } from "../rule";

export type Params = Record<string, never>;

export const messages: Messages<Params> = {
  title: {
    vi: "Công nhận lại nhưng thiếu lần công nhận trước",
    en: "Renewal without a previous recognition",
  },
  checks: {
    vi: "Đề nghị công nhận lại nhưng dòng không có ngày hoặc mức của lần công nhận trước.",
    en: "A renewal is planned but the row has no date or level of the previous recognition.",
  },
  vi: () =>
    "Đề nghị công nhận lại nhưng không ghi ngày/năm công nhận trước đó; không xác định được thời hạn.",
  en: () =>
    "Renewal planned but the previous recognition date is missing, so its validity cannot be checked.",
  example: { value: "Công nhận lại", params: {} },
};
