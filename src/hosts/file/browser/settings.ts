/**
 * The standalone page's settings: kept with the workbook, as the Excel host keeps them, so they travel
 * with the file. In memory while the page is open; written into the downloaded .xlsx as custom
 * document properties (see properties.ts) and read back when that file is opened again.
 *
 * Values are stored as JSON, so callers never share objects with the store (Office's settings behave
 * the same way). Listeners hear every change: the page's top bar follows the pane's language.
 */
import type { WorkbookSettings } from "../../host";

const clone = (v: unknown): unknown => (v === undefined ? null : (JSON.parse(JSON.stringify(v)) as unknown));

export class BookSettings implements WorkbookSettings {
  private readonly store = new Map<string, unknown>();
  private readonly listeners = new Set<(key: string) => void>();

  constructor(initial: Readonly<Record<string, unknown>> = {}) {
    for (const [key, value] of Object.entries(initial)) {
      if (value !== null && value !== undefined) this.store.set(key, clone(value));
    }
  }

  get<T>(key: string): T | null {
    return this.store.has(key) ? (clone(this.store.get(key)) as T) : null;
  }

  /** Stores `value` as JSON; null or undefined removes the setting. */
  async set(key: string, value: unknown): Promise<void> {
    if (value === null || value === undefined) this.store.delete(key);
    else this.store.set(key, clone(value));
    for (const listener of this.listeners) listener(key);
  }

  /** Every setting, as plain JSON values, for writing into the file. */
  entries(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of this.store) out[key] = clone(value);
    return out;
  }

  /** Calls `listener` with the key of each change; returns the unsubscribe function. */
  subscribe(listener: (key: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
