/**
 * The zip container of an .xlsx, through JSZip (Node and browser alike). Parts are inflated with the
 * platform's native DecompressionStream("deflate-raw") when there is one (several times faster
 * than JSZip's JavaScript inflate), else with JSZip; either way the bytes are checked against the
 * zip's CRC-32 and decoded as strict UTF-8, so a damaged part is never read as if it were whole.
 */
import JSZip from "jszip";
import { unsupported } from "./xml";

/** JSZip 3 keeps a loaded entry's raw data here (CompressedObject); used only when it looks as expected. */
interface CompressedData {
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly crc32: number;
  readonly compression: { readonly magic: string };
  readonly compressedContent: Uint8Array;
}

function compressedOf(file: JSZip.JSZipObject): CompressedData | null {
  const data = (file as unknown as { _data?: unknown })._data;
  if (typeof data !== "object" || data === null) return null;
  const d = data as Partial<Record<keyof CompressedData, unknown>>;
  const compression = d.compression as { magic?: unknown } | null | undefined;
  if (
    typeof d.uncompressedSize !== "number" ||
    typeof d.crc32 !== "number" ||
    !(d.compressedContent instanceof Uint8Array) ||
    typeof compression !== "object" ||
    compression === null ||
    typeof compression.magic !== "string"
  ) {
    return null;
  }
  return data as CompressedData;
}

const STORE = "\x00\x00";
const DEFLATE = "\x08\x00";

// CRC-32 (zip's polynomial), slicing by 8.
const CRC_TABLE = ((): Int32Array => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n] as number;
    for (let k = 1; k < 8; k++) {
      c = (t[c & 0xff] as number) ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
})();

function crcChunk(crc: number, b: Uint8Array, from: number, to: number): number {
  const t = CRC_TABLE;
  let c = crc;
  let i = from;
  const end8 = from + ((to - from) & ~7);
  for (; i < end8; i += 8) {
    const a =
      ((b[i] as number) |
        ((b[i + 1] as number) << 8) |
        ((b[i + 2] as number) << 16) |
        ((b[i + 3] as number) << 24)) ^
      c;
    c =
      (t[1792 + (a & 0xff)] as number) ^
      (t[1536 + ((a >>> 8) & 0xff)] as number) ^
      (t[1280 + ((a >>> 16) & 0xff)] as number) ^
      (t[1024 + (a >>> 24)] as number) ^
      (t[768 + (b[i + 4] as number)] as number) ^
      (t[512 + (b[i + 5] as number)] as number) ^
      (t[256 + (b[i + 6] as number)] as number) ^
      (t[b[i + 7] as number] as number);
  }
  for (; i < to; i++) c = (t[(c ^ (b[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return c;
}

/** Running CRC-32 state: start with -1, finish with `(c ^ -1) >>> 0`. */
function crcUpdate(crc: number, bytes: Uint8Array): number {
  let c = crc;
  // In chunks, so the loop is optimised early even for one big part.
  for (let i = 0; i < bytes.length; i += 65_536)
    c = crcChunk(c, bytes, i, Math.min(bytes.length, i + 65_536));
  return c;
}

export function crc32(bytes: Uint8Array): number {
  return (crcUpdate(-1, bytes) ^ -1) >>> 0;
}

/** Inflates to exactly `size` bytes, returning them with their CRC-32. */
type Inflater = (compressed: Uint8Array, size: number) => Promise<{ bytes: Uint8Array; crc: number }>;

/** The native raw-deflate decoder, or null where the platform has none. */
function nativeInflater(): Inflater | null {
  const DS = (
    globalThis as { DecompressionStream?: new (format: string) => TransformStream<Uint8Array, Uint8Array> }
  ).DecompressionStream;
  if (typeof DS !== "function") return null;
  try {
    new DS("deflate-raw");
  } catch {
    return null; // an older engine: gzip/deflate only
  }
  return async (compressed, size) => {
    const ds = new DS("deflate-raw");
    const writer = ds.writable.getWriter();
    // Errors surface on the reading side; these promises must not go unhandled.
    writer
      .write(compressed)
      .then(() => writer.close())
      .catch(() => undefined);
    const reader = ds.readable.getReader();
    const out = new Uint8Array(size);
    let at = 0;
    let crc = -1;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (at + value.length > size) {
        void reader.cancel().catch(() => undefined);
        unsupported("part longer than recorded");
      }
      out.set(value, at);
      at += value.length;
      // Checksummed while the next chunk inflates off the main thread.
      crc = crcUpdate(crc, value);
    }
    if (at !== size) unsupported("part shorter than recorded");
    return { bytes: out, crc: (crc ^ -1) >>> 0 };
  };
}

let inflater: Inflater | null | undefined;

const utf8 = new TextDecoder("utf-8", { fatal: true });

export class Zip {
  private constructor(private readonly files: ReadonlyMap<string, JSZip.JSZipObject>) {}

  /** Opens the container; JSZip's errors propagate (the caller falls back, and exceljs reports them). */
  static async open(bytes: Uint8Array): Promise<Zip> {
    const zip = await JSZip.loadAsync(bytes);
    const files = new Map<string, JSZip.JSZipObject>();
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      // exceljs reads "/xl/…" as "xl/…"; two entries landing on one name would be read twice there.
      const name = entry.name.startsWith("/") ? entry.name.slice(1) : entry.name;
      if (files.has(name)) unsupported(`duplicate entry ${name}`);
      files.set(name, entry);
    }
    return new Zip(files);
  }

  names(): IterableIterator<string> {
    return this.files.keys();
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  /** A part's bytes, inflated and checked against its CRC-32. */
  async bytes(name: string): Promise<Uint8Array> {
    const file = this.files.get(name);
    if (!file) return unsupported(`missing part ${name}`);
    const data = compressedOf(file);
    let bytes: Uint8Array;
    let crc: number | undefined;
    if (data && data.compression.magic === STORE) {
      bytes = data.compressedContent;
    } else if (data && data.compression.magic === DEFLATE) {
      if (inflater === undefined) inflater = nativeInflater();
      if (inflater) ({ bytes, crc } = await inflater(data.compressedContent, data.uncompressedSize));
      else bytes = await file.async("uint8array");
    } else {
      bytes = await file.async("uint8array");
    }
    if (data) {
      if (bytes.length !== data.uncompressedSize) unsupported(`size of ${name}`);
      // JSZip keeps the CRC as a signed 32-bit number.
      if ((crc ?? crc32(bytes)) !== data.crc32 >>> 0) unsupported(`CRC of ${name}`);
    }
    return bytes;
  }

  /** A part as text: strict UTF-8 (a byte-order mark is dropped, as saxes skips it). */
  async text(name: string): Promise<string> {
    const bytes = await this.bytes(name);
    try {
      return utf8.decode(bytes);
    } catch {
      return unsupported(`${name} is not UTF-8`);
    }
  }
}
