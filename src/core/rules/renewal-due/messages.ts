import type { Messages } from "../rule";

export interface Params {
  readonly expiry: string;
  readonly deadline: string;
  /** False when only the year (or school year) is known: `deadline` is then the earliest month. */
  readonly deadlineExact: boolean;
}

/** "năm 2027", "tháng 03/2025", "năm học 2025–2026": a coarse expiry with the word Vietnamese puts before it. */
function spanVi(expiry: string): string {
  if (/^\d{4}$/.test(expiry)) return `năm ${expiry}`;
  if (/^\d{1,2}\/\d{4}$/.test(expiry)) return `tháng ${expiry}`;
  return /^\d{4}\s*[–-]\s*\d{4}$/.test(expiry) ? `năm học ${expiry}` : expiry;
}

export const messages: Messages<Params> = {
  title: { vi: "Đến hạn công nhận lại", en: "Renewal due" },
  checks: {
    vi: "Hạn nộp hồ sơ (5 tháng trước khi hết hạn) hoặc ngày hết hạn rơi vào năm kế hoạch.",
    en: "The dossier deadline (5 months before expiry) or the expiry falls in the plan year.",
  },
  vi: (p) =>
    p.deadlineExact
      ? `Công nhận hết hạn ${p.expiry}; hạn hoàn thành tự đánh giá và đăng ký đánh giá ngoài: ${p.deadline}.`
      : `Công nhận hết hạn trong ${spanVi(p.expiry)}; hạn hoàn thành tự đánh giá và đăng ký đánh giá ngoài có thể sớm nhất từ tháng ${p.deadline} (danh sách không ghi ngày công nhận cụ thể).`,
  en: (p) =>
    p.deadlineExact
      ? `The recognition expires ${p.expiry}; self-assessment and registration for external assessment are due by ${p.deadline}.`
      : `The recognition expires during ${p.expiry}; self-assessment and registration may be due as early as ${p.deadline} (the list gives no exact recognition date).`,
  example: {
    value: "09/04/2021",
    params: { expiry: "09/04/2026", deadline: "09/11/2025", deadlineExact: true },
  },
};
