/**
 * The proxies of the fake Word API, with office-js semantics (as the Excel fake has them):
 *
 * - `context.document.getSelection()` queues an object path; `insertFileFromBase64` queues an action
 *   and returns a proxy for the inserted range, bound when the action runs; `load` queues a query.
 *   Nothing reaches the document before `context.sync()`, which runs the queue in order.
 * - A property can be read only after it was loaded and synced (`PropertyNotLoaded` otherwise).
 * - Every call needs the WordApi requirement set it belongs to; below it the sync fails with
 *   `ApiNotFound`. A failing action stops the batch where it is.
 * - Every sync is counted and measured (the JSON of the request plus that of the response); a request
 *   above the payload limit fails as Word on the web's does.
 * - `insertFileFromBase64` accepts only base64 of a .docx package (a zip holding word/document.xml);
 *   anything else is `InvalidArgument`, as Word answers. Uses no Node API (atob is the platform's).
 */
import { FakeOfficeError, utf8Length, versionAtLeast } from "../office/proxy";
import type { FakeWordDocument, InsertLocationName } from "./model";
import { insertionIndex } from "./model";

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
  /** Node index the file landed at. */
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

const LOCATIONS: readonly InsertLocationName[] = ["Replace", "Start", "End", "Before", "After"];

/** Bytes of base64 text, or null when it is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

function contains(bytes: Uint8Array, needle: string): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/** A .docx is a zip ("PK\x03\x04") whose entries include word/document.xml. */
function isDocx(bytes: Uint8Array): boolean {
  return (
    bytes.length > 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04 &&
    contains(bytes, "word/document.xml")
  );
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
  ) {
    this.document = new FakeDocumentProxy(this);
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

  protected _action(name: string, args: readonly unknown[], api: string, run: () => void): void {
    this.context._queue({ kind: "action", obj: this, name, args, api, run });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

export class FakeDocumentProxy extends WordObj {
  _resolve(): void {}

  /** The user's selection (a bare cursor is an empty range). WordApi 1.1. */
  getSelection(): FakeRange {
    const range = new FakeRange(this.context, () => ({ ...this.context.doc.selection }));
    this.context._queue({ kind: "path", obj: range, name: "getSelection" });
    return range;
  }
}

export class FakeRange extends WordObj {
  private bounds: { start: number; end: number } | null = null;

  constructor(
    context: WordContext,
    private readonly locate: () => { start: number; end: number },
  ) {
    super(context);
  }

  _resolve(): void {
    if (!this.bounds) this.bounds = this.locate();
  }

  private get span(): { start: number; end: number } {
    this._resolve();
    return this.bounds as { start: number; end: number };
  }

  get text(): string {
    return this._get<string>("text");
  }

  get isEmpty(): boolean {
    return this._get<boolean>("isEmpty");
  }

  protected override _read(name: string): unknown {
    const { start, end } = this.span;
    const nodes = this.context.doc.nodes.slice(start, end);
    switch (name) {
      case "text":
        return nodes.map((n) => (n.kind === "text" ? n.text : "")).join("\r");
      case "isEmpty":
        if (!this.context.options.apiVersion || !versionAtLeast(this.context.options.apiVersion, "1.3"))
          throw new FakeOfficeError("ApiNotFound", "Range.isEmpty needs WordApi 1.3");
        return start === end;
      default:
        return super._read(name);
    }
  }

  /**
   * Inserts a .docx given as base64 relative to this range and returns the range it fills.
   * WordApi 1.1; the document must be editable.
   */
  insertFileFromBase64(base64File: string, insertLocation: string): FakeRange {
    let inserted: { start: number; end: number } | null = null;
    const result = new FakeRange(this.context, () => {
      if (!inserted) throw new FakeOfficeError("InvalidObjectPath", "the insertion did not run");
      return inserted;
    });
    this._action("insertFileFromBase64", [base64File, insertLocation], "1.1", () => {
      const location = LOCATIONS.find((l) => l.toLowerCase() === String(insertLocation).toLowerCase());
      if (!location)
        throw new FakeOfficeError("InvalidArgument", `Bad insert location ${insertLocation}`, "Range");
      const failure = this.context._failure("insert");
      if (failure) throw new FakeOfficeError(failure.code, failure.message ?? failure.code, "Range");
      const doc = this.context.doc;
      if (doc.protected)
        throw new FakeOfficeError("AccessDenied", "The document is protected.", "Range.insertFileFromBase64");
      const bytes = decodeBase64(base64File);
      if (!bytes || !isDocx(bytes))
        throw new FakeOfficeError("InvalidArgument", "InvalidArgument", "Range.insertFileFromBase64");
      const span = this.span;
      const index = insertionIndex(span, location);
      const removed = location === "Replace" ? span.end - span.start : 0;
      doc.nodes.splice(index, removed, { kind: "file", base64: base64File, location });
      // The selection keeps covering the nodes it covered; Replace leaves a cursor after the new content.
      const sel = doc.selection;
      const shift = (pos: number): number =>
        pos > index || (pos === index && (location === "Start" || location === "Before")) ? pos + 1 : pos;
      doc.selection =
        location === "Replace" && sel.start === span.start && sel.end === span.end
          ? { start: index + 1, end: index + 1 }
          : { start: shift(sel.start), end: shift(sel.end) };
      inserted = { start: index, end: index + 1 };
      this.context.stats.insertions.push({ base64: base64File, location, bytes, index });
      result._resolve();
    });
    return result;
  }
}
