/** Wording several rules share: what a date field is called, what a missing column is, how codes are written. */
import type { DateField } from "../../records/record";
import type { SchoolTypeId } from "../../schools/types";
import { schoolTypeInfo } from "../../schools/types";
import type { Lang } from "../../text/format";
import { formatNumber } from "../../text/format";
import type { Localized } from "../../text/localized";

export const DATE_WHAT: Readonly<Record<DateField | "planYear", Localized>> = {
  decisionDate: { vi: "Ngày/năm công nhận", en: "Recognition date" },
  previousDate: { vi: "Ngày/năm công nhận lần trước", en: "Previous recognition date" },
  expiry: { vi: "Ngày hết hạn", en: "Expiry date" },
  founded: { vi: "Năm thành lập", en: "Founding year" },
  planYear: { vi: "Năm kế hoạch", en: "Plan year" },
};

export const COLUMN_WHAT: Readonly<Record<"type" | "codes" | "accreditation" | "standard", Localized>> = {
  type: {
    vi: "cột Cấp học (nhiều tên trường không có tiền tố MN, TH, THCS…)",
    en: "a school level column (many names have no MN, TH, THCS… prefix)",
  },
  codes: {
    vi: "cột mức công nhận (KĐCLGD, CQG hoặc mã tích hợp như CĐ2-MĐ1)",
    en: "a recognition column (accreditation, national standard, or a combined code such as CĐ2-MĐ1)",
  },
  accreditation: {
    vi: "cột cấp độ KĐCLGD (chỉ có cột mức độ CQG)",
    en: "an accreditation level column (only the national-standard column is present)",
  },
  standard: {
    vi: "cột mức độ CQG (chỉ có cột cấp độ KĐCLGD)",
    en: "a national-standard level column (only the accreditation column is present)",
  },
};

export const CODE_HINT: Readonly<Record<"combined" | "accreditation" | "standard", Localized>> = {
  combined: {
    vi: "mã tích hợp dạng CĐ2-MĐ1, CĐ3 hoặc MĐ1",
    en: "a combined code such as CĐ2-MĐ1, CĐ3 or MĐ1",
  },
  accreditation: {
    vi: "cấp độ KĐCLGD dạng CĐ1…CĐ4 hoặc số 1…4",
    en: "an accreditation level CĐ1…CĐ4 or a number 1…4",
  },
  standard: {
    vi: "mức độ CQG dạng MĐ1, MĐ2 hoặc số 1, 2",
    en: "a national-standard level MĐ1, MĐ2 or a number 1, 2",
  },
};

export function typeLabel(lang: Lang, id: SchoolTypeId): string {
  return schoolTypeInfo(id).label[lang];
}

/** "44.497 triệu đồng". */
export function millions(amount: number): string {
  return `${formatNumber(amount, "vi")} triệu đồng`;
}
