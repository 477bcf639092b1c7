import type { Messages } from "../rule";

export interface Params {
  readonly date: string;
}

export const messages: Messages<Params> = {
  title: { vi: "Công nhận theo quy định cũ", en: "Recognised under the former rules" },
  checks: {
    vi: "Công nhận trước 10/10/2018, theo quy định cũ: không đối chiếu cấp độ với mức độ.",
    en: "Recognised before 10/10/2018 under the former rules: levels are not cross-checked.",
  },
  vi: (p) =>
    `Công nhận ${p.date}, trước ngày 10/10/2018: KĐCLGD và CQG khi đó là hai quy trình riêng nên không đối chiếu cấp độ với mức độ.`,
  en: (p) =>
    `Recognised ${p.date}, before 10/10/2018: accreditation and national standard were separate processes then, so their levels are not cross-checked.`,
  example: { value: "20/05/2016", params: { date: "20/05/2016" } },
};
