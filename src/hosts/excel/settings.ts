/// <reference types="office-js" />
/**
 * The add-in's settings, kept in the workbook (`context.workbook.settings`, ExcelApi 1.4) so they
 * travel with the file. Each value is stored as its JSON text, which keeps it exactly as given (no
 * Date conversion by Office) and readable by any version of the add-in.
 *
 * `get` is synchronous (the pane reads settings while rendering): every setting is loaded once, when
 * the host is created, and kept in memory; `set` writes through in its own `Excel.run`.
 */
import type { WorkbookSettings } from "../host";

function parse(raw: unknown): unknown {
  if (typeof raw !== "string") return raw ?? null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/** A copy through JSON, so callers never share objects with the cache. */
const clone = (v: unknown): unknown => (v === undefined ? null : (JSON.parse(JSON.stringify(v)) as unknown));

export class ExcelSettings implements WorkbookSettings {
  private constructor(private readonly cache: Map<string, unknown>) {}

  /** Loads every setting of the workbook; call inside the host's start-up `Excel.run`. */
  static async loadIn(context: Excel.RequestContext): Promise<ExcelSettings> {
    const settings = context.workbook.settings;
    settings.load("items/key, items/value");
    await context.sync();
    return new ExcelSettings(new Map(settings.items.map((s) => [s.key, parse(s.value)])));
  }

  get<T>(key: string): T | null {
    return this.cache.has(key) ? (clone(this.cache.get(key)) as T) : null;
  }

  /** Stores `value` as JSON; null or undefined removes the setting. */
  async set(key: string, value: unknown): Promise<void> {
    const remove = value === null || value === undefined;
    const json = remove ? null : JSON.stringify(value);
    await Excel.run(async (context) => {
      if (json === null) {
        const existing = context.workbook.settings.getItemOrNullObject(key);
        await context.sync();
        if (!existing.isNullObject) existing.delete();
      } else {
        context.workbook.settings.add(key, json);
      }
      await context.sync();
    });
    if (json === null) this.cache.delete(key);
    else this.cache.set(key, JSON.parse(json) as unknown);
  }
}
