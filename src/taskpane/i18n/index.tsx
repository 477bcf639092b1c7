import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Localized } from "../../core/text/localized";
import type { Lang } from "../../core/text/format";
import { en } from "./en";
import { vi, type Catalogue } from "./vi";

export type { Catalogue } from "./vi";

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { vi, en };

export const LANGS: readonly Lang[] = ["vi", "en"];

export function isLang(value: unknown): value is Lang {
  return value === "vi" || value === "en";
}

export interface Text {
  readonly lang: Lang;
  readonly t: Catalogue;
  /** Picks the user's language from a core value that carries both. */
  readonly pick: (text: Localized) => string;
}

const TextContext = createContext<Text | null>(null);

export function LanguageProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<Text>(() => ({ lang, t: CATALOGUES[lang], pick: (text) => text[lang] }), [lang]);
  return <TextContext.Provider value={value}>{children}</TextContext.Provider>;
}

/** The catalogue of the user's language; Vietnamese outside a provider. */
export function useText(): Text {
  return useContext(TextContext) ?? { lang: "vi", t: vi, pick: (text) => text.vi };
}
