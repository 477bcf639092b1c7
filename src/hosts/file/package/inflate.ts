/**
 * Inflating one part of a zip with a hard stop. The platform's raw-deflate decoder (Node and every
 * current browser) is fed the compressed bytes a slice at a time and read as it goes: a part that
 * inflates past its limit is abandoned after at most one slice's worth of output, so even a 1 GB
 * bomb costs a few megabytes before it is refused.
 */
import { crcUpdate } from "./crc";
import { LimitError, MAX_PART_BYTES, MAX_TOTAL_BYTES } from "./limits";
import type { ZipEntry } from "./zip";
import { compressedBytes, DamagedPackage, FLAG_ENCRYPTED, METHOD_DEFLATE, METHOD_STORE } from "./zip";

/** Deflate can expand 1032-fold: 16 KiB in gives at most ~16 MiB out before the next check. */
const SLICE = 16 * 1024;

type Decompressor = new (format: string) => TransformStream<Uint8Array, Uint8Array>;

function decompressor(): Decompressor | null {
  const DS = (globalThis as { DecompressionStream?: Decompressor }).DecompressionStream;
  if (typeof DS !== "function") return null;
  try {
    new DS("deflate-raw");
    return DS;
  } catch {
    return null;
  }
}

/**
 * Inflates raw deflate data in one call, never to more than `max` bytes: "too-long" when the data
 * would be longer, and an error when it is damaged. Node's zlib does this several times faster than a
 * stream fed in slices, and with no copy of each slice; the browser has no such call.
 */
export type WholeInflater = (data: Uint8Array, max: number) => Uint8Array | "too-long";

let wholeInflater: WholeInflater | null = null;

/** The platform's whole-part inflater (Node's file host sets zlib's); parts are then read in one call. */
export function useWholeInflater(inflater: WholeInflater | null): void {
  wholeInflater = inflater;
}

/** A part longer than this is refused: `onOver` says how (damage, or a limit). */
export interface Cap {
  readonly bytes: number;
  readonly onOver: () => Error;
}

/**
 * Inflates raw deflate data chunk by chunk, handing each chunk to `sink`; throws `cap.onOver()` as
 * soon as the output passes `cap.bytes`. Returns the inflated length and its CRC-32.
 */
export async function inflateRaw(
  compressed: Uint8Array,
  cap: Cap,
  sink: (chunk: Uint8Array) => void,
): Promise<{ length: number; crc: number }> {
  const DS = decompressor();
  if (!DS) throw new DamagedPackage("this platform cannot inflate");
  const ds = new DS("deflate-raw");
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  let stopped = false;
  // Fed while read: waiting on a write before reading would stall on the stream's backpressure.
  const feeding = (async () => {
    for (let at = 0; at < compressed.length && !stopped; at += SLICE) {
      await writer.write(compressed.subarray(at, Math.min(compressed.length, at + SLICE)));
    }
    if (!stopped) await writer.close();
  })();
  feeding.catch(() => undefined);
  let length = 0;
  let crc = -1;
  let over: Error | null = null;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > cap.bytes) {
        over = cap.onOver();
        throw over;
      }
      crc = crcUpdate(crc, value);
      sink(value);
    }
    await feeding;
  } catch {
    stopped = true;
    void reader.cancel().catch(() => undefined);
    void writer.abort().catch(() => undefined);
    if (over !== null) throw over;
    throw new DamagedPackage("the deflate data is damaged");
  }
  return { length, crc: (crc ^ -1) >>> 0 };
}

/**
 * A part's bytes, inflated and checked: never longer than it declares (nor than `limit`), its
 * CRC-32 as recorded. Anything else is damage.
 */
export async function readEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limit = MAX_PART_BYTES,
): Promise<Uint8Array> {
  if (entry.flags & FLAG_ENCRYPTED) throw new DamagedPackage(`${entry.name} is encrypted`);
  if (entry.size > limit) throw new LimitError({ kind: "part", part: entry.name, bytes: entry.size });
  const data = compressedBytes(bytes, entry);
  let out: Uint8Array;
  let crc: number;
  if (entry.method === METHOD_STORE) {
    if (data.length !== entry.size) throw new DamagedPackage(`size of ${entry.name}`);
    out = data.slice();
    crc = (crcUpdate(-1, out) ^ -1) >>> 0;
  } else if (entry.method === METHOD_DEFLATE && wholeInflater) {
    // The declared size bounds the output, as the stream's cap does: a bomb costs at most that much.
    let whole;
    try {
      whole = wholeInflater(data, entry.size);
    } catch {
      throw new DamagedPackage("the deflate data is damaged");
    }
    if (whole === "too-long") throw new DamagedPackage(`${entry.name} is longer than declared`);
    out = whole;
    if (out.length !== entry.size) {
      const how = out.length > entry.size ? "longer" : "shorter";
      throw new DamagedPackage(`${entry.name} is ${how} than declared`);
    }
    crc = (crcUpdate(-1, out) ^ -1) >>> 0;
  } else if (entry.method === METHOD_DEFLATE) {
    out = new Uint8Array(entry.size);
    let at = 0;
    const result = await inflateRaw(
      data,
      { bytes: entry.size, onOver: () => new DamagedPackage(`${entry.name} is longer than declared`) },
      (chunk) => {
        out.set(chunk, at);
        at += chunk.length;
      },
    );
    if (result.length !== entry.size) throw new DamagedPackage(`${entry.name} is shorter than declared`);
    crc = result.crc;
  } else {
    throw new DamagedPackage(`${entry.name}: compression method ${entry.method}`);
  }
  if (crc !== entry.crc32 >>> 0) throw new DamagedPackage(`CRC of ${entry.name}`);
  return out;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A part as UTF-8 text (a byte-order mark dropped). */
export async function readEntryText(bytes: Uint8Array, entry: ZipEntry, limit?: number): Promise<string> {
  const data = await readEntry(bytes, entry, limit);
  try {
    return utf8.decode(data);
  } catch {
    throw new DamagedPackage(`${entry.name} is not UTF-8`);
  }
}

/**
 * Every part inflated to nowhere, counting: what a reader that inflates the whole package (exceljs)
 * would cost. Throws LimitError as soon as one part or the total passes its limit, whatever the
 * directory declared. Memory stays at one chunk.
 */
export async function checkRealSizes(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  total = MAX_TOTAL_BYTES,
): Promise<void> {
  let left = total;
  for (const entry of entries) {
    if (entry.method !== METHOD_DEFLATE) {
      left -= entry.compressedSize;
    } else {
      const cap = Math.min(MAX_PART_BYTES, left);
      let length = 0;
      try {
        await inflateRaw(
          compressedBytes(bytes, entry),
          {
            bytes: cap,
            onOver: () =>
              new LimitError(
                cap === MAX_PART_BYTES
                  ? { kind: "part", part: entry.name, bytes: null }
                  : { kind: "total", bytes: null },
              ),
          },
          (chunk) => {
            length += chunk.length;
          },
        );
      } catch (err) {
        // A damaged part is for the reader to judge; what it inflated to so far still counts.
        if (!(err instanceof DamagedPackage)) throw err;
      }
      left -= length;
    }
    if (left < 0) throw new LimitError({ kind: "total", bytes: null });
  }
}
