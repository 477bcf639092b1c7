import type { Messages } from "../rule";

export interface Params {
  readonly current: string;
  readonly target: string;
}

export const messages: Messages<Params> = {
  title: { vi: "Nâng mức không cao hơn mức hiện có", en: "Upgrade not to a higher level" },
  checks: {
    vi: "Nâng mức nhưng mức đề nghị không cao hơn mức hiện có.",
    en: "An upgrade whose target is not higher than the current level.",
  },
  vi: (p) => `Nâng mức nhưng mức đề nghị (${p.target}) không cao hơn mức hiện có (${p.current}).`,
  en: (p) => `Upgrade to ${p.target}, which is not higher than the current ${p.current}.`,
  example: { value: "MĐ1", params: { current: "CĐ2-MĐ1", target: "MĐ1" } },
};
