/**
 * Running work in a bounded number of syncs.
 *
 * The rule is one sync per batch of work, never one per item: callers pack items into batches that
 * each fit the request budget (`packBySize`), then `inSequence` runs the batches one after another,
 * each queueing its whole batch and syncing once. The number of syncs is the number of batches, which
 * depends on bytes, not on rows. Between batches control returns to the event loop (`yieldToHost`)
 * so Office never sees the add-in hang.
 */

/**
 * Resolves after the current macrotask: lets Office and the task pane breathe between blocks. Where
 * the platform has `setImmediate` (Node, for the command line's and the tests' fake Office) it is
 * used: `setTimeout(0)` there waits a whole millisecond each time, for nothing.
 */
export function yieldToHost(): Promise<void> {
  // Looked up, not named: the pane is compiled for the browser, without Node's types.
  const immediate = (globalThis as { setImmediate?: (run: () => void) => unknown }).setImmediate;
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}

/** The error a cancelled operation rejects with: `name === "AbortError"`, as fetch's. */
function abortError(signal?: AbortSignal): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  if (typeof DOMException === "function") return new DOMException("The operation was aborted.", "AbortError");
  const e = new Error("The operation was aborted.");
  e.name = "AbortError";
  return e;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/** Excel on the web's answer to a request or response above its payload limit. */
export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && /PayloadSizeLimitExceeded/i.test(code);
}

/**
 * Runs `step` for each batch in order, waiting for each before the next. Written as a fold, not a
 * loop with a sync in its body: the bound is the number of batches the caller planned.
 */
export async function inSequence<T>(
  batches: readonly T[],
  step: (batch: T, index: number) => Promise<void>,
): Promise<void> {
  await batches.reduce<Promise<void>>((prev, batch, i) => prev.then(() => step(batch, i)), Promise.resolve());
}

/** Greedy packing of items into batches whose estimated bytes stay within `budget` (an item never splits). */
export function packBySize<T>(items: readonly T[], size: (item: T) => number, budget: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let used = 0;
  for (const item of items) {
    const n = size(item);
    if (cur.length > 0 && used + n > budget) {
      out.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(item);
    used += n;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** UTF-8 size of a value as JSON, without building the JSON (strings are measured exactly). */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "string") {
    let n = 2;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c < 0x80) n += c === 0x22 || c === 0x5c || c < 0x20 ? 2 : 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        n += 4;
        i += 1;
      } else n += 3;
    }
    return n;
  }
  if (typeof value === "number") return String(value).length;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (Array.isArray(value)) return value.reduce<number>((s, v) => s + jsonBytes(v) + 1, 1);
  if (typeof value === "object")
    return Object.entries(value).reduce<number>((s, [k, v]) => s + k.length + 4 + jsonBytes(v), 1);
  return 8;
}
