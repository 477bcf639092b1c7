import type { SchoolTypeId } from "../../schools/types";
import { typeLabel } from "../shared/wording";
import type { Messages } from "../rule";

export interface Params {
  readonly columnType: SchoolTypeId;
  readonly nameType: SchoolTypeId;
}

export const messages: Messages<Params> = {
  title: { vi: "Cấp học không khớp tên trường", en: "Level column contradicts the name" },
  checks: {
    vi: "Cột cấp học và tiền tố của tên trường chỉ hai cấp học khác nhau.",
    en: "The level column and the name's prefix name two different school levels.",
  },
  vi: (p) =>
    `Cột cấp học ghi "${typeLabel("vi", p.columnType)}" nhưng tên trường cho thấy "${typeLabel("vi", p.nameType)}".`,
  en: (p) =>
    `The level column says "${typeLabel("en", p.columnType)}" but the school name says "${typeLabel("en", p.nameType)}".`,
  example: { value: "Tiểu học", params: { columnType: "TH", nameType: "THCS" } },
};
