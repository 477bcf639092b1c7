import type { Messages } from "../rule";

export interface Params {
  readonly founded: number;
  readonly year: number;
  readonly years: number;
  readonly minYears: number;
  readonly kindergarten: boolean;
}

export const messages: Messages<Params> = {
  title: { vi: "Trường chưa đủ thời gian hoạt động", en: "School too young" },
  checks: {
    vi: "Trường chưa đủ thời gian hoạt động khi công nhận: mầm non cần 5 năm, trường khác cần một khóa học sinh hoàn thành chương trình.",
    en: "The school had not operated long enough: 5 years for a kindergarten, one completed cohort for others.",
  },
  vi: (p) =>
    p.kindergarten
      ? `Trường mầm non thành lập năm ${p.founded}, đến năm ${p.year} mới hoạt động ${p.years} năm; cần ít nhất ${p.minYears} năm.`
      : `Trường thành lập năm ${p.founded}, đến năm ${p.year} có thể chưa có khóa học sinh hoàn thành chương trình (${p.minYears} năm).`,
  en: (p) =>
    p.kindergarten
      ? `Kindergarten founded in ${p.founded} has operated only ${p.years} years by ${p.year}; at least ${p.minYears} are required.`
      : `School founded in ${p.founded} may have no cohort completing the ${p.minYears}-year programme by ${p.year}.`,
  example: {
    value: "2022",
    params: { founded: 2022, year: 2025, years: 3, minYears: 5, kindergarten: true },
  },
};
