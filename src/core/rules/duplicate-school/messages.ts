import type { Messages } from "../rule";

export interface Params {
  readonly name: string;
  readonly firstRow: number;
  /** In a history of recognitions: the date both rows record (dd/mm/yyyy, or the year). */
  readonly recognised?: string;
}

export const messages: Messages<Params> = {
  title: { vi: "Trường bị trùng", en: "Duplicate school" },
  checks: {
    vi: "Cùng một trường (cùng tên trong cùng địa bàn) xuất hiện hai lần với cùng hình thức và cùng năm kế hoạch.",
    en: "The same school (same name in the same place) appears twice with the same action and plan year.",
  },
  vi: (p) =>
    p.recognised === undefined
      ? `Trường "${p.name}" trùng với dòng ${p.firstRow}: cùng tên, cùng địa bàn, cùng hình thức và năm kế hoạch.`
      : `Trường "${p.name}" trùng với dòng ${p.firstRow}: cùng tên, cùng địa bàn, cùng lần công nhận (${p.recognised}).`,
  en: (p) =>
    p.recognised === undefined
      ? `"${p.name}" duplicates row ${p.firstRow}: same name, place, action and plan year.`
      : `"${p.name}" duplicates row ${p.firstRow}: same name, place and recognition (${p.recognised}).`,
  example: { value: "MN Hoa Sen", params: { name: "MN Hoa Sen", firstRow: 7 } },
};
