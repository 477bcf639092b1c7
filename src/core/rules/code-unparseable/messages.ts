import type { CodeColumn } from "../../schools/codes";
import { CODE_HINT } from "../shared/wording";
import type { Messages } from "../rule";

export interface Params {
  readonly text: string;
  readonly column: CodeColumn;
}

export const messages: Messages<Params> = {
  title: { vi: "Không đọc được mức công nhận", en: "Unreadable recognition code" },
  vi: (p) => `Không đọc được "${p.text}"; cần ghi ${CODE_HINT[p.column].vi}.`,
  en: (p) => `Cannot read "${p.text}"; expected ${CODE_HINT[p.column].en}.`,
  example: { value: "Đạt", params: { text: "Đạt", column: "combined" } },
};
