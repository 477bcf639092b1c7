import type { Messages } from "../rule";

export interface Params {
  readonly name: string;
}

export const messages: Messages<Params> = {
  title: { vi: "Không xác định được cấp học", en: "Unknown school level" },
  checks: {
    vi: "Không xác định được cấp học: tên không có tiền tố MN, TH, THCS, THPT… và không có cột cấp học hợp lệ.",
    en: "The school level cannot be told: no MN, TH, THCS, THPT… prefix in the name and no valid level column.",
  },
  vi: (p) =>
    `Không xác định được cấp học của "${p.name}": tên không có tiền tố (MN, TH, THCS, THPT, TH&THCS…) và không có cột Cấp học hợp lệ.`,
  en: (p) =>
    `Cannot tell the school level of "${p.name}": the name has no prefix (MN, TH, THCS, THPT, TH&THCS…) and there is no valid level column.`,
  example: { value: "Trường Hướng Dương", params: { name: "Trường Hướng Dương" } },
};
