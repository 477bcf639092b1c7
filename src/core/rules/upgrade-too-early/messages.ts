import type { Messages } from "../rule";

export interface Params {
  readonly recognised: string;
  readonly planYear: number;
  readonly years: number;
  readonly minYears: number;
  /** The shorter wait the press reports for the regime, when there is one (TT 22/2024: 1 year). */
  readonly reportedMinYears: number | null;
}

export const messages: Messages<Params> = {
  title: { vi: "Nâng mức quá sớm", en: "Upgrade too early" },
  checks: {
    vi: "Nâng mức khi lần công nhận trước chưa được 2 năm; với công nhận từ 25/01/2025, báo chí nêu TT 22/2024 cho phép sau 1 năm (chưa đối chiếu văn bản), nên từ 1 đến 2 năm chỉ cảnh báo.",
    en: "An upgrade less than 2 years after the previous recognition; for recognitions from 25/01/2025 the press reports that Circular 22/2024 allows 1 year (not confirmed from the text), so 1 to 2 years is only a warning.",
  },
  vi: (p) =>
    p.reportedMinYears !== null && p.years >= p.reportedMinYears
      ? `Nâng mức năm ${p.planYear} khi lần công nhận trước (${p.recognised}) mới được ${p.years} năm: Thông tư 17, 18, 19/2018 yêu cầu ${p.minYears} năm, theo báo chí TT 22/2024 rút còn ${p.reportedMinYears} năm (chưa đối chiếu văn bản chính thức); nên kiểm tra lại.`
      : `Nâng mức năm ${p.planYear} khi lần công nhận trước (${p.recognised}) mới được ${p.years} năm; phải sau ít nhất ${p.reportedMinYears ?? p.minYears} năm.`,
  en: (p) =>
    p.reportedMinYears !== null && p.years >= p.reportedMinYears
      ? `Upgrade in ${p.planYear} only ${p.years} years after the previous recognition (${p.recognised}): Circulars 17, 18, 19/2018 require ${p.minYears} years, cut to ${p.reportedMinYears} by Circular 22/2024 as the press reports (not confirmed from the official text); please check.`
      : `Upgrade in ${p.planYear} only ${p.years} years after the previous recognition (${p.recognised}); at least ${p.reportedMinYears ?? p.minYears} years are required.`,
  example: {
    value: "12/12/2024",
    params: { recognised: "12/12/2024", planYear: 2025, years: 0, minYears: 2, reportedMinYears: 1 },
  },
};
