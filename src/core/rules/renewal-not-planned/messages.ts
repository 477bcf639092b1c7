import type { Messages } from "../rule";

export interface Params {
  readonly expiry: string;
  readonly deadline: string;
  /** False when only the year (or school year) is known: `deadline` is then the earliest month. */
  readonly deadlineExact: boolean;
  readonly planYear: number;
}

export const messages: Messages<Params> = {
  title: { vi: "Hết hạn nhưng chưa đề nghị công nhận lại", en: "Expiring without a planned renewal" },
  checks: {
    vi: "Công nhận hết hạn trong năm kế hoạch nhưng danh sách (có ghi hình thức công nhận) không đề nghị công nhận lại trước khi hết hạn.",
    en: "A recognition expires in the plan year but the list, which states its plans, plans no renewal before it expires.",
  },
  vi: (p) =>
    `Công nhận hết hạn ${p.expiry} (trong năm ${p.planYear}), ${p.deadlineExact ? `hạn đăng ký đánh giá ngoài ${p.deadline}` : `hạn đăng ký đánh giá ngoài có thể từ tháng ${p.deadline}`}, nhưng danh sách chưa đề nghị công nhận lại.`,
  en: (p) =>
    `The recognition expires ${p.expiry} (in ${p.planYear}) with registration ${p.deadlineExact ? `due by ${p.deadline}` : `possibly due from ${p.deadline}`}, but the list plans no renewal.`,
  example: {
    value: "15/06/2020",
    params: { expiry: "15/06/2025", deadline: "15/01/2025", deadlineExact: true, planYear: 2025 },
  },
};
