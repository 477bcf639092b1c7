/**
 * The fake Word as a browser script, to serve in place of office.js when the task pane is tested in
 * Chromium inside "Word" (bundle it as a plain script, as webpack.e2e.config.js does for the Excel
 * fake). The page chooses the document: a test puts a `DocumentSpec` on `window.__kdclFakeWordDocument`
 * and the saved settings on `window.__kdclFakeWordSettings` (plain JSON) with `page.addInitScript`
 * before the pane loads. It then defines `Office` (host Word) and `Word`, and exposes
 * `window.__kdclFakeWord`, an inspector whose answers are JSON copies.
 */
import type { InstallWordOptions } from "./install";
import { installFakeWord } from "./install";
import type { DocumentSpec, InsertLocationName } from "./model";
import { controlsOf, outline, wordDocument } from "./model";

export interface FakeWordInspector {
  /** The document, a line per paragraph, "[file]" for inserted content, "[title]" for a content control. */
  outline(): string[];
  /** The content controls: Word's id, tag, title and text. */
  controls(): { id: number; tag: string; title: string; text: string }[];
  /** What was inserted, in order. */
  insertions(): { base64: string; location: InsertLocationName }[];
  stats(): { runs: number; syncs: number; failures: string[] };
  /** Settings as saved in the document (their JSON text). */
  savedSettings(): Record<string, unknown>;
  setProtected(on: boolean): void;
}

interface FakeWordWindow {
  __kdclFakeWordDocument?: DocumentSpec;
  __kdclFakeWordSettings?: Record<string, unknown>;
  __kdclFakeWordOptions?: Omit<InstallWordOptions, "settings">;
  __kdclFakeWord?: FakeWordInspector;
}

const w = globalThis as unknown as FakeWordWindow;
const installed = installFakeWord(wordDocument(w.__kdclFakeWordDocument ?? {}), {
  ...w.__kdclFakeWordOptions,
  settings: Object.entries(w.__kdclFakeWordSettings ?? {}),
});

w.__kdclFakeWord = {
  outline: () => outline(installed.document),
  controls: () => controlsOf(installed.document),
  insertions: () => installed.stats.insertions.map((i) => ({ base64: i.base64, location: i.location })),
  stats: () => ({
    runs: installed.stats.runs,
    syncs: installed.stats.syncs,
    failures: installed.stats.failures,
  }),
  savedSettings: () => Object.fromEntries(installed.settings.saved),
  setProtected: (on) => {
    installed.document.protected = on;
  },
};
