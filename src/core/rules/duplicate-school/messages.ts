import type { Messages } from "../rule";

export interface Params {
  readonly name: string;
  readonly firstRow: number;
}

export const messages: Messages<Params> = {
  title: { vi: "Trường bị trùng", en: "Duplicate school" },
  vi: (p) => `Trường "${p.name}" trùng với dòng ${p.firstRow} (cùng tên, cùng xã/phường).`,
  en: (p) => `"${p.name}" duplicates row ${p.firstRow} (same name and commune).`,
  example: { value: "MN Hoa Sen", params: { name: "MN Hoa Sen", firstRow: 7 } },
};
