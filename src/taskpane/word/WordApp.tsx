import type { WordHost } from "../../hosts/word/host";
import { usePreferences } from "../hooks/usePreferences";
import { LanguageProvider } from "../i18n";
import { WordPlanPane } from "./WordPlanPane";

/** The task pane inside Word: one page, Chèn kế hoạch, in the language saved in the document. */
export function WordApp({ host }: { host: WordHost }) {
  const prefs = usePreferences(host.settings);
  return (
    <LanguageProvider lang={prefs.lang}>
      <div lang={prefs.lang}>
        <WordPlanPane host={host} prefs={prefs} />
      </div>
    </LanguageProvider>
  );
}
