import type { CodeColumn } from "../../schools/codes";
import { CODE_HINT } from "../shared/wording";
import type { Messages } from "../rule";

export interface Params {
  readonly text: string;
  readonly column: CodeColumn;
}

export const messages: Messages<Params> = {
  title: { vi: "Không đọc được mức công nhận", en: "Unreadable recognition code" },
  checks: {
    vi: "Ô mức công nhận không đọc được theo cách ghi CĐ/MĐ (ví dụ CĐ2-MĐ1, Cấp độ 3, MĐ2).",
    en: "A recognition cell cannot be read as a CĐ/MĐ code (e.g. CĐ2-MĐ1, Cấp độ 3, MĐ2).",
  },
  vi: (p) => `Không đọc được "${p.text}"; cần ghi ${CODE_HINT[p.column].vi}.`,
  en: (p) => `Cannot read "${p.text}"; expected ${CODE_HINT[p.column].en}.`,
  example: { value: "Đạt", params: { text: "Đạt", column: "combined" } },
};
