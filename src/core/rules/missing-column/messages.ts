import { COLUMN_WHAT } from "../shared/wording";
import type { Messages } from "../rule";

export interface Params {
  readonly column: "type" | "codes" | "accreditation" | "standard";
}

export const messages: Messages<Params> = {
  title: { vi: "Thiếu cột nên có", en: "Recommended column missing" },
  vi: (p) => `Danh sách thiếu ${COLUMN_WHAT[p.column].vi}; nên bổ sung để kiểm tra đầy đủ.`,
  en: (p) => `The list has no ${COLUMN_WHAT[p.column].en}; add it for a complete check.`,
  example: { value: null, params: { column: "codes" } },
};
