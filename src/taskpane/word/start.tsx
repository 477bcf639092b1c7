import type { ReactNode } from "react";
import type { Lang } from "../../core/text/format";
import { createWordHost } from "../../hosts/word/host";
import { WordStartFailure } from "./StartFailure";
import { WordApp } from "./WordApp";

/**
 * What the pane shows in Word, once Office is ready: the Word pane over the open document, or why it
 * cannot start. Never throws.
 */
export async function startWord(lang: Lang): Promise<ReactNode> {
  try {
    return <WordApp host={await createWordHost()} />;
  } catch (e) {
    return <WordStartFailure lang={lang} error={e} />;
  }
}
