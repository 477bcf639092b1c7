import type { Messages } from "../rule";

export interface Params {
  readonly recognised: string;
}

export const messages: Messages<Params> = {
  title: { vi: "Công nhận mới nhưng đã có công nhận", en: "First recognition but already recognised" },
  checks: {
    vi: "Đề nghị công nhận mới nhưng trường đã được công nhận.",
    en: "A first recognition is planned for a school already recognised.",
  },
  vi: (p) =>
    `Đề nghị công nhận mới nhưng trường đã được công nhận (${p.recognised}); xem lại có phải công nhận lại hoặc nâng mức không.`,
  en: (p) =>
    `First recognition planned but the school is already recognised (${p.recognised}); should it be a renewal or an upgrade?`,
  example: { value: "20/11/2021", params: { recognised: "20/11/2021" } },
};
