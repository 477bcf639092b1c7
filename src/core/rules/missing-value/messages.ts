import type { Messages } from "../rule";

export type Params = Record<string, never>;

export const messages: Messages<Params> = {
  title: { vi: "Thiếu tên trường", en: "Missing school name" },
  checks: {
    vi: "Dòng có số liệu nhưng không có tên trường. Ô mức công nhận để trống nghĩa là trường chưa được công nhận, không phải một lỗi.",
    en: "A row holds data but no school name. An empty recognition cell means the school is not recognised, which is not an error.",
  },
  vi: () => "Dòng có số liệu nhưng không có tên trường.",
  en: () => "The row has data but no school name.",
  example: { value: null, params: {} },
};
