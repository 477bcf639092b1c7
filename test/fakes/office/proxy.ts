/**
 * The request/proxy machinery of the fake, with office-js semantics:
 *
 * - Getting an object (`getItem`, `getRange`…) queues an object path; property sets and method calls
 *   queue actions; `load` queues a query. Nothing reaches the workbook before `context.sync()`, which
 *   runs the queue in order (so a load queued before a write sees the old value).
 * - A property can be read only after it was loaded and synced; otherwise the read throws
 *   `PropertyNotLoaded`, as Excel's proxies do. `isNullObject` is known only after a sync.
 * - A failing action stops the batch where it is: earlier actions stay applied, as in Excel.
 * - Every sync is counted, and its request is measured as the JSON of what the batch sends (object
 *   paths, actions with their arguments, queries) plus the JSON of what it returns. Requests above the
 *   payload limit fail like Excel on the web's (5 MB); reads above the cell limit fail too.
 * - Calls need the requirement set they belong to; below it they fail at sync with `ApiNotFound`.
 */
import type { FakeWorkbook } from "./model";

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    location?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(location !== undefined ? { errorLocation: location } : {}) };
  }
}

export interface RequestRecord {
  /** UTF-8 bytes of the request JSON (paths, actions, queries). */
  readonly requestBytes: number;
  /** UTF-8 bytes of the response JSON (loaded values, method results). */
  readonly responseBytes: number;
  readonly bytes: number;
  /** Object paths, actions and queries in the batch. */
  readonly operations: number;
  /** The most cells any single range load read in this batch. */
  readonly maxCellsRead: number;
  /** Error code when the batch failed. */
  readonly failed?: string;
}

export interface FakeOfficeOptions {
  /** Highest ExcelApi requirement set the fake supports ("1.7" is the add-in's floor). */
  readonly apiVersion?: string;
  readonly platform?: "PC" | "OfficeOnline" | "Mac";
  /** Request + response size above which a sync fails (Excel on the web: 5 MB). */
  readonly maxRequestBytes?: number;
  /** Cells one range load may read (Excel: 5 million). */
  readonly maxCellsPerRead?: number;
  /** Longest address `getRanges` accepts (Excel fails around 8 192 characters). */
  readonly maxAreasAddressChars?: number;
  /**
   * Makes `getRanges` join vertically adjacent areas ("C1,C2" → "C1:C2"), to test callers that must
   * not rely on getting their areas back one by one.
   */
  readonly coalesceAreas?: boolean;
}

export interface ResolvedOptions {
  readonly apiVersion: string;
  readonly platform: "PC" | "OfficeOnline" | "Mac";
  readonly maxRequestBytes: number;
  readonly maxCellsPerRead: number;
  readonly maxAreasAddressChars: number;
  readonly coalesceAreas: boolean;
}

export function resolveOptions(o: FakeOfficeOptions): ResolvedOptions {
  return {
    apiVersion: o.apiVersion ?? "1.17",
    platform: o.platform ?? "OfficeOnline",
    maxRequestBytes: o.maxRequestBytes ?? 5 * 1024 * 1024,
    maxCellsPerRead: o.maxCellsPerRead ?? 5_000_000,
    maxAreasAddressChars: o.maxAreasAddressChars ?? 8192,
    coalesceAreas: o.coalesceAreas ?? false,
  };
}

/** "1.10" > "1.9". */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

/**
 * Faults injected into the fake, to test what an action leaves behind when Excel fails midway. Steps
 * (each action or load of a batch, in the order Excel runs them) are counted from `failAt`; the chosen
 * step fails as a real one would: the batch stops there, earlier steps of it stay applied. With
 * `andAfter`, every later step fails too, as when the connection to Excel is lost.
 */
export class FakeFaults {
  /** Steps run since the last `failAt` or `count`. */
  steps = 0;
  private at: number | null = null;
  private on: RegExp | null = null;
  private andAfter = false;
  private code = "GeneralException";

  failAt(step: number, options: { readonly andAfter?: boolean; readonly code?: string } = {}): void {
    this.steps = 0;
    this.at = step;
    this.on = null;
    this.andAfter = options.andAfter ?? false;
    this.code = options.code ?? "GeneralException";
  }
  /** Makes the first step whose name matches (`set:values`, `delete`…) fail, as `failAt` does. */
  failOn(name: RegExp, options: { readonly andAfter?: boolean; readonly code?: string } = {}): void {
    this.failAt(Number.MAX_SAFE_INTEGER, options);
    this.on = name;
  }
  /** Counts steps from now without failing any. */
  count(): void {
    this.steps = 0;
    this.at = null;
    this.on = null;
  }
  /** Called before each step runs. */
  _step(name: string): void {
    this.steps += 1;
    if (this.on?.test(name)) {
      this.at = this.steps;
      this.on = null;
    }
    if (this.at === null) return;
    if (this.steps === this.at || (this.andAfter && this.steps > this.at))
      throw new FakeOfficeError(this.code, `An injected fault at step ${this.steps} (${name}).`, name);
  }
}

/** Counters shared by every context of one installed fake. */
export class FakeStats {
  syncs = 0;
  runs = 0;
  requests: RequestRecord[] = [];
  readonly faults = new FakeFaults();

  /** The largest request Excel accepted (refused ones are in `failures`). */
  get maxRequestBytes(): number {
    return this.requests.reduce((m, r) => (r.failed === undefined ? Math.max(m, r.bytes) : m), 0);
  }
  /** Requests that failed, by error code. */
  get failures(): string[] {
    return this.requests.flatMap((r) => (r.failed === undefined ? [] : [r.failed]));
  }
  get totalBytes(): number {
    return this.requests.reduce((s, r) => s + r.bytes, 0);
  }
  get maxCellsRead(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.maxCellsRead), 0);
  }
  get operations(): number {
    return this.requests.reduce((s, r) => s + r.operations, 0);
  }
  reset(): void {
    this.syncs = 0;
    this.runs = 0;
    this.requests = [];
  }
  /** Syncs, bytes and the largest request since `reset`, for benches and messages. */
  summary(): {
    syncs: number;
    runs: number;
    totalBytes: number;
    maxRequestBytes: number;
    operations: number;
  } {
    return {
      syncs: this.syncs,
      runs: this.runs,
      totalBytes: this.totalBytes,
      maxRequestBytes: this.maxRequestBytes,
      operations: this.operations,
    };
  }
}

/**
 * Resolves once the current macrotask is over. In Node that is `setImmediate`: `setTimeout(0)` waits
 * at least a millisecond, which a suite making thousands of round trips spends doing nothing. The DOM
 * environment has no `setImmediate` and keeps `setTimeout`.
 */
function nextTask(): Promise<void> {
  // Looked up, not named: the fake is also compiled for the browser benchmark, without Node's types.
  const immediate = (globalThis as { setImmediate?: (run: () => void) => unknown }).setImmediate;
  return new Promise<void>((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}

type Entry =
  | {
      readonly kind: "path";
      readonly obj: ClientObj;
      readonly name: string;
      readonly args: readonly unknown[];
    }
  | {
      readonly kind: "action";
      readonly obj: ClientObj;
      readonly name: string;
      readonly args: readonly unknown[];
      readonly minApi: string | undefined;
      readonly run: () => unknown;
      readonly result: ClientResult<unknown> | null;
    }
  | { readonly kind: "load"; readonly obj: ClientObj; readonly props: readonly string[] };

/** Serialises arguments for the request size: proxies travel as their path id, values as JSON. */
function wire(value: unknown): unknown {
  if (value instanceof ClientObj) return { ObjectPathId: value._id };
  if (Array.isArray(value)) return value.map(wire);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = wire(v);
    return out;
  }
  return value === undefined ? null : value;
}

export class ClientResult<T> {
  _value: T | undefined;
  _ready = false;

  get value(): T {
    if (!this._ready) throw new FakeOfficeError("PropertyNotLoaded", "ClientResult.value read before sync");
    return this._value as T;
  }
}

export class FakeContext {
  private queue: Entry[] = [];
  private nextId = 1;
  /** Objects whose `isNullObject` becomes known at the next sync. */
  private pendingKnown: ClientObj[] = [];
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly wb: FakeWorkbook,
    readonly options: ResolvedOptions,
    readonly stats: FakeStats,
  ) {}

  _newId(): number {
    const id = this.nextId;
    this.nextId += 1;
    return id;
  }

  _queue(entry: Entry): void {
    this.queue.push(entry);
    if (entry.kind === "path") this.pendingKnown.push(entry.obj);
  }

  get _pending(): number {
    return this.queue.length;
  }

  load(obj: ClientObj, props?: string | string[] | { select?: string }): void {
    obj.load(props);
  }

  _supports(version: string): boolean {
    return versionAtLeast(this.options.apiVersion, version);
  }

  async sync(): Promise<void> {
    const entries = this.queue;
    const known = this.pendingKnown;
    this.queue = [];
    this.pendingKnown = [];
    this.stats.syncs += 1;

    const request = entries.map((e, i): unknown => {
      switch (e.kind) {
        case "path":
          return {
            Id: i,
            Path: e.obj._id,
            Parent: e.obj._parent?._id ?? null,
            Name: e.name,
            Args: wire(e.args),
          };
        case "action":
          return { Id: i, Action: e.name, ObjectPathId: e.obj._id, Args: wire(e.args) };
        case "load":
          return { Id: i, Query: e.obj._id, Select: e.props };
      }
    });
    const requestBytes = utf8Length(JSON.stringify(request));
    const record = (responseBytes: number, maxCellsRead: number, failed?: string): void => {
      this.stats.requests.push({
        requestBytes,
        responseBytes,
        bytes: requestBytes + responseBytes,
        operations: entries.length,
        maxCellsRead,
        ...(failed !== undefined ? { failed } : {}),
      });
    };
    if (requestBytes > this.options.maxRequestBytes) {
      record(0, 0, "RequestPayloadSizeLimitExceeded");
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload (${requestBytes} bytes) exceeds the limit.`,
      );
    }

    // Let the current macrotask finish, as a real round trip would.
    await nextTask();

    const response: unknown[] = [];
    this._cellsRead = 0;
    try {
      entries.forEach((e, i) => {
        switch (e.kind) {
          case "path":
            e.obj._resolveNow();
            break;
          case "action": {
            this.stats.faults._step(e.name);
            if (e.minApi !== undefined && !this._supports(e.minApi))
              throw new FakeOfficeError("ApiNotFound", `${e.name} needs ExcelApi ${e.minApi}`, e.name);
            e.obj._check();
            const out = e.run();
            if (e.result) {
              e.result._value = out;
              response.push({ Id: i, Value: out });
            }
            break;
          }
          case "load":
            this.stats.faults._step(`load ${e.props.join(",")}`);
            response.push({ Id: i, Value: e.obj._executeLoad(e.props) });
            break;
        }
      });
    } catch (err) {
      record(
        utf8Length(JSON.stringify(response)),
        this._cellsRead,
        (err as { code?: string }).code ?? "Error",
      );
      for (const o of known) o._known = o._resolved;
      throw err instanceof FakeOfficeError
        ? err
        : new FakeOfficeError("InvalidArgument", (err as Error).message ?? String(err));
    }
    for (const e of entries) if (e.kind === "action" && e.result) e.result._ready = true;
    for (const o of known) o._known = true;
    const responseBytes = utf8Length(JSON.stringify(response));
    const tooBig = requestBytes + responseBytes > this.options.maxRequestBytes;
    record(responseBytes, this._cellsRead, tooBig ? "ResponsePayloadSizeLimitExceeded" : undefined);
    if (tooBig) {
      // Excel ran the batch but cannot return its answer: what it wrote stays written.
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The request and its response (${requestBytes + responseBytes} bytes) exceed the limit.`,
      );
    }
  }

  /** Cells read by the range load being executed (the largest one counts). */
  _cellsRead = 0;
  _noteRead(cells: number): void {
    if (cells > this.options.maxCellsPerRead)
      throw new FakeOfficeError("RangeExceedsLimit", `A read of ${cells} cells exceeds the limit.`);
    this._cellsRead = Math.max(this._cellsRead, cells);
  }
}

export type LoadArg = string | string[] | { select?: string; expand?: string } | undefined;

export function parseLoad(props: LoadArg): string[] {
  if (props === undefined) return [];
  if (Array.isArray(props)) return props.flatMap((p) => parseLoad(p));
  if (typeof props === "object") return parseLoad(props.select ?? "");
  return props
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/**
 * Base of every proxy. `resolver` finds the object's target in the workbook when its path runs (or,
 * for navigation properties such as `format`, when first needed); null means "no such object".
 */
export abstract class ClientObj {
  readonly _id: number;
  _resolved = false;
  _target: unknown = undefined;
  _isNull = false;
  _known = false;
  _hasPath: boolean;
  readonly _loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeContext,
    readonly _parent: ClientObj | null,
    private readonly resolver: () => unknown,
    private readonly nullable: boolean,
    path?: { name: string; args: readonly unknown[] },
  ) {
    this._id = context._newId();
    this._hasPath = path !== undefined;
    if (path) context._queue({ kind: "path", obj: this, name: path.name, args: path.args });
  }

  /** Runs this object's path: binds it to its target (or marks it null). */
  _resolveNow(): void {
    if (this._resolved) return;
    if (this._parent && !this._parent._resolved) this._parent._resolveNow();
    const t = this._parent?._isNull ? null : this.resolver();
    this._resolved = true;
    if (t === null || t === undefined) {
      if (!this.nullable && !this._parent?._isNull)
        throw new FakeOfficeError("ItemNotFound", `${this.constructor.name} not found`);
      this._isNull = true;
      return;
    }
    this._target = t;
  }

  /** The target for an action or a load; null objects and deleted sheets refuse. */
  _check(): void {
    this._resolveNow();
    if (this._isNull)
      throw new FakeOfficeError("InvalidObjectPath", `${this.constructor.name} is a null object`);
  }

  _t<T>(): T {
    this._check();
    return this._target as T;
  }

  get isNullObject(): boolean {
    if (!this._isKnown())
      throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is known only after context.sync()");
    try {
      this._resolveNow();
    } catch {
      this._isNull = true;
    }
    return this._isNull;
  }

  /** Objects with a path of their own learn their nullness at the sync that runs it; others from their parent. */
  _isKnown(): boolean {
    if (this._hasPath) return this._known;
    return this._parent ? this._parent._isKnown() : true;
  }

  /** Reads a loaded property, or throws like office-js. */
  protected _get<T>(name: string): T {
    if (!this._loaded.has(name))
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this._loaded.get(name) as T;
  }

  protected _set(name: string, value: unknown, apply: () => void, minApi?: string): void {
    this.context._queue({
      kind: "action",
      obj: this,
      name: `set:${name}`,
      args: [value],
      minApi,
      run: apply,
      result: null,
    });
  }

  protected _call(name: string, args: readonly unknown[], run: () => unknown, minApi?: string): void {
    this.context._queue({ kind: "action", obj: this, name, args, minApi, run, result: null });
  }

  protected _callResult<T>(
    name: string,
    args: readonly unknown[],
    run: () => T,
    minApi?: string,
  ): ClientResult<T> {
    const result = new ClientResult<T>();
    this.context._queue({
      kind: "action",
      obj: this,
      name,
      args,
      minApi,
      run,
      result: result as ClientResult<unknown>,
    });
    return result;
  }

  /** Queues an action whose result is a new object (worksheets.add, tables.add…), bound when it runs. */
  protected _callCreate<O extends ClientObj>(
    name: string,
    args: readonly unknown[],
    make: (resolver: () => unknown) => O,
    run: () => unknown,
    minApi?: string,
  ): O {
    let created: unknown = null;
    const obj = make(() => created);
    obj._hasPath = true;
    this.context._queue({
      kind: "action",
      obj: this,
      name,
      args,
      minApi,
      run: () => {
        created = run();
        obj._resolveNow();
        obj._known = true;
        return null;
      },
      result: null,
    });
    return obj;
  }

  load(props?: LoadArg): this {
    const list = parseLoad(props);
    this.context._queue({ kind: "load", obj: this, props: list.length > 0 ? list : this._defaultLoad() });
    return this;
  }

  /** Properties `load()` without arguments returns. */
  protected _defaultLoad(): string[] {
    return [];
  }

  /** Runs a query at sync: stores the values on the proxies and returns them for the response. */
  _executeLoad(props: readonly string[]): unknown {
    // Loading a null object is allowed (the usual `getItemOrNullObject(…).load(…)`); it returns nothing.
    this._resolveNow();
    if (this._isNull) return null;
    this._check();
    const out: Record<string, unknown> = {};
    const nested = new Map<string, string[]>();
    for (const p of props) {
      const [head, ...rest] = p.split("/");
      if (!head) continue;
      if (rest.length === 0) {
        const v = this._read(head);
        this._loaded.set(head, v);
        out[head] = v;
      } else {
        nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
      }
    }
    for (const [head, rest] of nested) {
      const child = this._nav(head);
      if (!child) throw new FakeOfficeError("InvalidArgument", `Unknown navigation property ${head}`);
      out[head] = child._executeLoad(rest);
    }
    return out;
  }

  /** The value of a scalar property for the bound target (at sync). */
  protected _read(name: string): unknown {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The fake does not know the property ${this.constructor.name}.${name}`,
    );
  }

  /** A navigation property's proxy, for load paths such as "format/fill/color". */
  protected _nav(_name: string): ClientObj | undefined {
    return undefined;
  }

  protected _needApi(version: string, what: string): void {
    if (!this.context._supports(version))
      throw new FakeOfficeError("ApiNotFound", `${what} needs ExcelApi ${version}`, what);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** Collections: `items` after loading, each item loaded with the requested properties. */
export abstract class ClientCollection<I extends ClientObj> extends ClientObj {
  protected abstract _targets(): unknown[];
  protected abstract _item(target: unknown): I;

  get items(): I[] {
    return this._get<I[]>("items");
  }

  override _executeLoad(props: readonly string[]): unknown {
    this._resolveNow();
    if (this._isNull) return null;
    this._check();
    const itemProps = props.map((p) => p.replace(/^items\//, "")).filter((p) => p !== "items");
    const items = this._targets().map((t) => {
      const item = this._item(t);
      item._resolveNow();
      item._known = true;
      return item;
    });
    const values = items.map((item) => item._executeLoad(itemProps));
    this._loaded.set("items", items);
    return { items: values };
  }
}
