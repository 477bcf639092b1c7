import { COLUMN_WHAT } from "../shared/wording";
import type { Messages } from "../rule";

export interface Params {
  readonly column: "type" | "codes" | "accreditation" | "standard";
}

export const messages: Messages<Params> = {
  title: { vi: "Thiếu cột nên có", en: "Recommended column missing" },
  checks: {
    vi: "Danh sách thiếu một cột nên có: cột cấp học khi tên trường không có tiền tố, hoặc cột mức công nhận (KĐCLGD, CQG).",
    en: "The list lacks a recommended column: the school level when names carry no prefix, or the recognition levels.",
  },
  vi: (p) => `Danh sách thiếu ${COLUMN_WHAT[p.column].vi}; nên bổ sung để kiểm tra đầy đủ.`,
  en: (p) => `The list has no ${COLUMN_WHAT[p.column].en}; add it for a complete check.`,
  example: { value: null, params: { column: "codes" } },
};
