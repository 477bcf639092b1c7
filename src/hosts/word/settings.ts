/// <reference types="office-js" />
/**
 * The pane's choices (plan header, sections, plan year, language…) kept in the Word document itself,
 * through `Office.context.document.settings`:
 *
 * - they travel with the .docx (stored in the document's web-extension part), private to this
 *   add-in, invisible in File › Properties and out of the way of other add-ins, unlike Word custom
 *   properties (WordApi 1.3, shown to the user, shared with every add-in and macro, 255 characters
 *   per text value);
 * - Office loads them with the document, so `get` is synchronous, as the pane's hooks read settings
 *   while rendering; this works in every Word that runs the add-in (no WordApi requirement);
 * - the same store backs Excel's `workbook.settings`: values are kept as the same JSON text.
 *
 * `set` writes the in-memory copy, then `saveAsync` stores it in the document (saves run one after
 * the other). Like any edit, the document must then be saved for the settings to last.
 */
import type { WorkbookSettings } from "../host";
import { WordHostError } from "./errors";

function parse(raw: unknown): unknown {
  if (typeof raw !== "string") return raw ?? null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/** The part of `Office.Settings` used here. */
export type SettingsStore = Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync">;

function save(store: SettingsStore): Promise<void> {
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new WordHostError("settings", result.error?.message ?? null));
    });
  });
}

export class WordSettings implements WorkbookSettings {
  private saving: Promise<void> = Promise.resolve();

  /** `store` null: the document offers no settings; values then last for the session only. */
  constructor(private readonly store: SettingsStore | null) {}

  get<T>(key: string): T | null {
    if (!this.store) return null;
    const raw: unknown = this.store.get(key);
    return raw === null || raw === undefined ? null : (parse(raw) as T);
  }

  /** Stores `value` as JSON text; null or undefined removes the setting. */
  async set(key: string, value: unknown): Promise<void> {
    const store = this.store;
    if (!store) throw new WordHostError("settings");
    if (value === null || value === undefined) store.remove(key);
    else store.set(key, JSON.stringify(value));
    const run = this.saving.then(() => save(store));
    this.saving = run.catch(() => undefined);
    await run;
  }
}
