import type { Messages } from "../rule";

export interface Params {
  readonly expiry: string;
  readonly deadline: string;
  readonly planYear: number;
}

export const messages: Messages<Params> = {
  title: { vi: "Hết hạn nhưng chưa đề nghị công nhận lại", en: "Expiring without a planned renewal" },
  checks: {
    vi: "Công nhận đến hạn trong năm kế hoạch nhưng danh sách không đề nghị công nhận lại.",
    en: "A recognition falls due in the plan year but the list plans no renewal.",
  },
  vi: (p) =>
    `Công nhận hết hạn ${p.expiry} (trong năm ${p.planYear}) nhưng danh sách chưa đề nghị công nhận lại; hạn đăng ký: ${p.deadline}.`,
  en: (p) =>
    `The recognition expires ${p.expiry} (in ${p.planYear}) but the list plans no renewal; registration is due by ${p.deadline}.`,
  example: { value: "15/06/2020", params: { expiry: "15/06/2025", deadline: "15/01/2025", planYear: 2025 } },
};
