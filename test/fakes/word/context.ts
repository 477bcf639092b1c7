/**
 * The request context and the base of the proxies of the fake Word API, with office-js semantics (as
 * the Excel fake has them):
 *
 * - Calls queue object paths, actions and loads; nothing reaches the document before
 *   `context.sync()`, which runs the queue in order.
 * - A property can be read only after it was loaded and synced (`PropertyNotLoaded` otherwise).
 * - Every call needs the WordApi requirement set it belongs to; below it the sync fails with
 *   `ApiNotFound`. A failing action stops the batch where it is (what ran before it stays done).
 * - Every sync is counted and measured (the JSON of the request plus that of the response); a request
 *   above the payload limit fails as Word on the web's does.
 */
import { FakeOfficeError, utf8Length, versionAtLeast } from "../office/proxy";
import type { FakeWordDocument, InsertLocationName } from "./model";
import type { FakeDocumentProxy } from "./word";

export interface FakeWordOptions {
  /** Highest WordApi requirement set supported; null: none (Word 2013). Default "1.5". */
  readonly apiVersion?: string | null;
  readonly platform?: "PC" | "OfficeOnline" | "Mac";
  /** Request + response size above which a sync fails (Word on the web: 5 MB). */
  readonly maxRequestBytes?: number;
  /** Makes the next `Word.run` (`at: "run"`) or the next insertion fail with this error code. */
  readonly fail?: { readonly at: "run" | "insert"; readonly code: string; readonly message?: string };
}

export interface ResolvedWordOptions {
  readonly apiVersion: string | null;
  readonly platform: "PC" | "OfficeOnline" | "Mac";
  readonly maxRequestBytes: number;
  readonly fail: FakeWordOptions["fail"] | null;
}

export function resolveWordOptions(o: FakeWordOptions): ResolvedWordOptions {
  return {
    apiVersion: o.apiVersion === undefined ? "1.5" : o.apiVersion,
    platform: o.platform ?? "OfficeOnline",
    maxRequestBytes: o.maxRequestBytes ?? 5 * 1024 * 1024,
    fail: o.fail ?? null,
  };
}

/** One insertion Word carried out, as the fake saw it. */
export interface Insertion {
  readonly base64: string;
  readonly location: InsertLocationName;
  /** The decoded .docx. */
  readonly bytes: Uint8Array;
  /** Node index the file landed at; -1 inside a content control. */
  readonly index: number;
}

export interface WordRequestRecord {
  readonly bytes: number;
  readonly operations: number;
  readonly failed?: string;
}

export class FakeWordStats {
  runs = 0;
  syncs = 0;
  requests: WordRequestRecord[] = [];
  insertions: Insertion[] = [];

  get failures(): string[] {
    return this.requests.flatMap((r) => (r.failed === undefined ? [] : [r.failed]));
  }
  reset(): void {
    this.runs = 0;
    this.syncs = 0;
    this.requests = [];
    this.insertions = [];
  }
}

type Entry =
  | { readonly kind: "path"; readonly obj: WordObj; readonly name: string }
  | {
      readonly kind: "action";
      readonly obj: WordObj;
      readonly name: string;
      readonly args: readonly unknown[];
      readonly api: string;
      readonly run: () => void;
      /** Work Word does on receiving the request, before running it (reading an inserted file). */
      readonly prepare?: () => Promise<void>;
    }
  | { readonly kind: "load"; readonly obj: WordObj; readonly props: readonly string[] };

export class WordContext {
  private queue: Entry[] = [];
  private nextId = 1;
  readonly document: FakeDocumentProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly doc: FakeWordDocument,
    readonly options: ResolvedWordOptions,
    readonly stats: FakeWordStats,
    private readonly takeFailure: (at: "run" | "insert") => FakeWordOptions["fail"] | null,
    document: (context: WordContext) => FakeDocumentProxy,
  ) {
    this.document = document(this);
  }

  _newId(): number {
    return this.nextId++;
  }

  _queue(entry: Entry): void {
    this.queue.push(entry);
  }

  get _pending(): number {
    return this.queue.length;
  }

  _failure(at: "run" | "insert"): FakeWordOptions["fail"] | null {
    return this.takeFailure(at);
  }

  load(obj: WordObj, props?: string | string[]): void {
    obj.load(props);
  }

  async sync(): Promise<void> {
    const entries = this.queue;
    this.queue = [];
    this.stats.syncs += 1;
    const request = entries.map((e, i) =>
      e.kind === "path"
        ? { Id: i, Path: e.obj._id, Name: e.name }
        : e.kind === "action"
          ? { Id: i, Action: e.name, ObjectPathId: e.obj._id, Args: e.args }
          : { Id: i, Query: e.obj._id, Select: e.props },
    );
    const requestBytes = utf8Length(JSON.stringify(request));
    if (requestBytes > this.options.maxRequestBytes) {
      this.stats.requests.push({
        bytes: requestBytes,
        operations: entries.length,
        failed: "RequestPayloadSizeLimitExceeded",
      });
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload (${requestBytes} bytes) exceeds the limit.`,
      );
    }
    // A real round trip lets the current macrotask finish first.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    for (const e of entries) if (e.kind === "action" && e.prepare) await e.prepare();
    const response: unknown[] = [];
    try {
      entries.forEach((e, i) => {
        if (e.kind === "path") {
          e.obj._resolve();
        } else if (e.kind === "action") {
          const version = this.options.apiVersion;
          if (version === null || !versionAtLeast(version, e.api))
            throw new FakeOfficeError("ApiNotFound", `${e.name} needs WordApi ${e.api}`, e.name);
          e.obj._resolve();
          e.run();
        } else {
          e.obj._resolve();
          response.push({ Id: i, Value: e.obj._executeLoad(e.props) });
        }
      });
    } catch (err) {
      const code = (err as { code?: string }).code ?? "GeneralException";
      this.stats.requests.push({ bytes: requestBytes, operations: entries.length, failed: code });
      throw err instanceof FakeOfficeError
        ? err
        : new FakeOfficeError("GeneralException", (err as Error).message ?? String(err));
    }
    this.stats.requests.push({
      bytes: requestBytes + utf8Length(JSON.stringify(response)),
      operations: entries.length,
    });
  }
}

/** Base of the proxies: an id, loaded values, and a target bound when its path runs. */
export abstract class WordObj {
  readonly _id: number;
  readonly _loaded = new Map<string, unknown>();

  constructor(readonly context: WordContext) {
    this._id = context._newId();
  }

  /** Binds the proxy to its target; called as its path, action or query runs. */
  abstract _resolve(): void;

  load(props?: string | string[] | { select?: string }): this {
    const list = (
      Array.isArray(props) ? props : typeof props === "object" ? [props.select ?? ""] : [props ?? ""]
    )
      .flatMap((p) => p.split(","))
      .map((p) => p.trim())
      .filter((p) => p !== "");
    this.context._queue({ kind: "load", obj: this, props: list });
    return this;
  }

  _executeLoad(props: readonly string[]): unknown {
    const out: Record<string, unknown> = {};
    for (const p of props) {
      const v = this._read(p);
      this._loaded.set(p, v);
      out[p] = v;
    }
    return out;
  }

  protected _read(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `The fake does not know ${this.constructor.name}.${name}`);
  }

  protected _get<T>(name: string): T {
    if (!this._loaded.has(name))
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this._loaded.get(name) as T;
  }

  protected _action(
    name: string,
    args: readonly unknown[],
    api: string,
    run: () => void,
    prepare?: () => Promise<void>,
  ): void {
    this.context._queue({ kind: "action", obj: this, name, args, api, run, ...(prepare ? { prepare } : {}) });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}
