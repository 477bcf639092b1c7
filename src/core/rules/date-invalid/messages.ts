import type { DateField } from "../../records/record";
import { DATE_WHAT } from "../shared/wording";
import type { Messages } from "../rule";

export interface Params {
  readonly text: string;
  readonly what: DateField | "planYear";
  readonly reason: "unreadable" | "too-early" | "future";
  readonly limit: number;
}

export const messages: Messages<Params> = {
  title: { vi: "Ngày tháng không hợp lệ", en: "Invalid date" },
  checks: {
    vi: "Ngày, năm công nhận, năm thành lập hoặc năm kế hoạch không đọc được hoặc không hợp lý (quá sớm, hay công nhận ở tương lai).",
    en: "A recognition date, founding year or plan year that cannot be read or is implausible (too early, or a recognition in the future).",
  },
  vi: (p) =>
    p.reason === "unreadable"
      ? `${DATE_WHAT[p.what].vi} "${p.text}" không đọc được; ghi dạng dd/mm/yyyy hoặc năm (yyyy).`
      : p.reason === "too-early"
        ? `${DATE_WHAT[p.what].vi} "${p.text}" trước năm ${p.limit}, không hợp lý.`
        : p.what === "decisionDate" || p.what === "previousDate"
          ? `${DATE_WHAT[p.what].vi} "${p.text}" sau năm ${p.limit}: việc công nhận không thể diễn ra trong tương lai.`
          : `${DATE_WHAT[p.what].vi} "${p.text}" sau năm ${p.limit}, không hợp lý.`,
  en: (p) =>
    p.reason === "unreadable"
      ? `${DATE_WHAT[p.what].en} "${p.text}" cannot be read; write dd/mm/yyyy or a year (yyyy).`
      : p.reason === "too-early"
        ? `${DATE_WHAT[p.what].en} "${p.text}" is before ${p.limit}, which is not plausible.`
        : p.what === "decisionDate" || p.what === "previousDate"
          ? `${DATE_WHAT[p.what].en} "${p.text}" is after ${p.limit}; a recognition cannot lie in the future.`
          : `${DATE_WHAT[p.what].en} "${p.text}" is after ${p.limit}, which is not plausible.`,
  example: {
    value: "31/02/2020",
    params: { text: "31/02/2020", what: "decisionDate", reason: "unreadable", limit: 0 },
  },
};
