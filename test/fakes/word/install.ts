/**
 * Installs the fake as the `Office` and `Word` globals that office.js defines inside Word, over an
 * in-memory document, with the document's add-in settings (`Office.context.document.settings`). It
 * uses no Node API, so the same fake can serve browser tests of the Word pane.
 *
 *   const word = installFakeWord(wordDocument({ before: ["Kính gửi…"] }), { apiVersion: "1.1" });
 *   await host.insertPlanAtCursor(base64);
 *   expect(word.stats.syncs).toBe(1);
 *   word.uninstall();
 */
import type { FakeWordDocument } from "./model";
import type { FakeWordOptions, ResolvedWordOptions } from "./word";
import { FakeWordStats, newWordContext, resolveWordOptions } from "./word";
import type { WordContext } from "./word";
import { FakeOfficeError, versionAtLeast } from "../office/proxy";

interface AsyncResult {
  readonly status: "succeeded" | "failed";
  readonly value: undefined;
  readonly error?: { readonly name: string; readonly message: string; readonly code: number };
}

/**
 * `Office.context.document.settings`: a working copy the add-in reads and writes synchronously, and
 * what `saveAsync` last stored in the document (what the next session starts from).
 */
export class FakeDocumentSettings {
  private readonly working: Map<string, unknown>;
  readonly saved: Map<string, unknown>;
  saves = 0;
  /** Makes every `saveAsync` fail (a read-only document, a conflicting save). */
  failSaves = false;

  constructor(saved: Iterable<[string, unknown]> = []) {
    this.saved = new Map(saved);
    this.working = new Map(this.saved);
  }

  get(name: string): unknown {
    return this.working.has(name) ? this.working.get(name) : null;
  }
  set(name: string, value: unknown): void {
    // Office keeps settings as JSON: functions and undefined do not survive, Dates become strings.
    this.working.set(name, JSON.parse(JSON.stringify(value)) as unknown);
  }
  remove(name: string): void {
    this.working.delete(name);
  }
  saveAsync(optionsOrCallback?: unknown, maybeCallback?: (result: AsyncResult) => void): void {
    const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback;
    setTimeout(() => {
      if (this.failSaves) {
        (callback as ((r: AsyncResult) => void) | undefined)?.({
          status: "failed",
          value: undefined,
          error: { name: "Settings save failed", message: "The settings could not be saved.", code: 5001 },
        });
        return;
      }
      this.saves += 1;
      this.saved.clear();
      for (const [k, v] of this.working) this.saved.set(k, v);
      (callback as ((r: AsyncResult) => void) | undefined)?.({ status: "succeeded", value: undefined });
    }, 0);
  }
}

export interface InstalledFakeWord {
  readonly document: FakeWordDocument;
  readonly stats: FakeWordStats;
  readonly settings: FakeDocumentSettings;
  readonly options: ResolvedWordOptions;
  /** Changes the supported WordApi version from now on (null: none). */
  setApiVersion(version: string | null): void;
  /** Makes the next run or insertion fail with `code`. */
  failNext(at: "run" | "insert", code: string, message?: string): void;
  uninstall(): void;
}

interface Globals {
  Office?: unknown;
  Word?: unknown;
}

export interface InstallWordOptions extends FakeWordOptions {
  /** Settings the document was saved with. */
  readonly settings?: Iterable<[string, unknown]>;
  /** Office's display language. */
  readonly displayLanguage?: string;
  /** No document at all (`Office.context.document` is null). */
  readonly noDocument?: boolean;
}

export function installFakeWord(
  document: FakeWordDocument,
  options: InstallWordOptions = {},
): InstalledFakeWord {
  let opts = resolveWordOptions(options);
  let fail = opts.fail;
  const stats = new FakeWordStats();
  const settings = new FakeDocumentSettings(options.settings);
  const g = globalThis as unknown as Globals;
  const before = { Office: g.Office, Word: g.Word };
  const takeFailure = (at: "run" | "insert") => {
    if (fail?.at !== at) return null;
    const f = fail;
    fail = null;
    return f;
  };

  const HostType = { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" };
  const office = {
    HostType,
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      host: HostType.Word,
      get platform(): string {
        return opts.platform;
      },
      displayLanguage: options.displayLanguage ?? "vi-VN",
      diagnostics: { host: "Word", platform: opts.platform, version: "16.0.fake" },
      document: options.noDocument ? null : { url: "https://example.invalid/ke-hoach.docx", settings },
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          if (name !== "WordApi" || opts.apiVersion === null) return false;
          return versionAtLeast(opts.apiVersion, version ?? "1.1");
        },
      },
    },
    onReady(
      callback?: (info: { host: string; platform: string }) => void,
    ): Promise<{ host: string; platform: string }> {
      const info = { host: HostType.Word, platform: opts.platform };
      return new Promise((resolve) => {
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0);
      });
    },
  };

  const word = {
    async run<T>(batch: (context: WordContext) => Promise<T>): Promise<T> {
      stats.runs += 1;
      const failure = takeFailure("run");
      if (failure) throw new FakeOfficeError(failure.code, failure.message ?? failure.code);
      const context = newWordContext(document, opts, stats, takeFailure);
      const result = await batch(context);
      // Word.run sends what the batch left queued.
      if (context._pending > 0) await context.sync();
      return result;
    },
    InsertLocation: { before: "Before", after: "After", start: "Start", end: "End", replace: "Replace" },
    ErrorCodes: {
      accessDenied: "AccessDenied",
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      itemNotFound: "ItemNotFound",
      notAllowed: "NotAllowed",
      notImplemented: "NotImplemented",
    },
  };

  g.Office = office;
  g.Word = word;
  return {
    document,
    stats,
    settings,
    get options() {
      return opts;
    },
    setApiVersion(version: string | null) {
      opts = { ...opts, apiVersion: version };
    },
    failNext(at: "run" | "insert", code: string, message?: string) {
      fail = { at, code, ...(message !== undefined ? { message } : {}) };
    },
    uninstall() {
      g.Office = before.Office;
      g.Word = before.Word;
    },
  };
}
