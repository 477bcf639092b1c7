/**
 * Output of any length, written as it is made: a national list has hundreds of thousands of findings,
 * and its report held whole as one string (twice, while it was joined) cost hundreds of megabytes.
 */

/**
 * Pieces are gathered to about this many characters before each write. Well under 64K: a string of
 * Vietnamese text takes two bytes a character, and one of 128 KB or more is made in V8's large-object
 * space, where joining it took eight times as long.
 */
const CHUNK = 16 * 1024;

/** Gathers pieces of text and hands them on in chunks; `end` hands on the rest. */
export class ChunkedWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly write: (text: string) => void) {}

  put(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK) this.flush();
  }

  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.size === 0) return;
    this.write(this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
}

/** Lines joined by line breaks, each made fit for the terminal by `line`, written in chunks. */
export function writeLines(
  lines: Iterable<string>,
  line: (text: string) => string,
  out: ChunkedWriter,
): void {
  let first = true;
  for (const text of lines) {
    // The line break is put on its own, not joined to a copy of each line.
    if (!first) out.put("\n");
    out.put(line(text));
    first = false;
  }
}

/**
 * An array of a JSON document whose items are made one at a time, as it is written: each of
 * `items`, turned by `each` into the value JSON shows.
 */
export class JsonItems<T = unknown> {
  constructor(
    readonly items: Iterable<T>,
    readonly each: (item: T) => unknown = (item) => item,
  ) {}
}

const INDENT = "  ";

/** `JSON.stringify(value, null, 2)` of a value written at `depth`: its inner lines indented to it. */
function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replace(/\n/g, `\n${INDENT.repeat(depth)}`);
}

function holdsItems(value: unknown): boolean {
  if (value instanceof JsonItems) return true;
  if (Array.isArray(value)) return value.some(holdsItems);
  if (value !== null && typeof value === "object") return Object.values(value).some(holdsItems);
  return false;
}

/**
 * The pieces of `JSON.stringify(value, null, 2)`, byte for byte, where each `JsonItems` is an array
 * whose items are stringified one by one. Plain objects and arrays only (no toJSON, no replacer).
 */
export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  if (!holdsItems(value)) {
    yield nested(value, depth);
    return;
  }
  const pad = INDENT.repeat(depth + 1);
  if (value instanceof JsonItems || Array.isArray(value)) {
    const items: Iterable<unknown> = value instanceof JsonItems ? value.items : value;
    const each = value instanceof JsonItems ? value.each : (item: unknown) => item;
    let count = 0;
    for (const raw of items) {
      yield `${count === 0 ? "[" : ","}\n${pad}`;
      const item = each(raw);
      // As JSON.stringify writes them: undefined, a function or a symbol in an array is null.
      const shown =
        item === undefined || typeof item === "function" || typeof item === "symbol" ? null : item;
      yield* jsonPieces(shown, depth + 1);
      count += 1;
    }
    yield count === 0 ? "[]" : `\n${INDENT.repeat(depth)}]`;
    return;
  }
  let count = 0;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    // As JSON.stringify leaves them out of an object.
    if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
    yield `${count === 0 ? "{" : ","}\n${pad}${JSON.stringify(key)}: `;
    yield* jsonPieces(item, depth + 1);
    count += 1;
  }
  yield count === 0 ? "{}" : `\n${INDENT.repeat(depth)}}`;
}
