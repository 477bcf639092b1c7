/**
 * The zip container of an .xlsx, through JSZip (Node and browser alike). Parts are inflated with the
 * platform's native DecompressionStream("deflate-raw") when there is one (several times faster
 * than JSZip's JavaScript inflate), else with JSZip; either way the bytes are checked against the
 * zip's CRC-32 and decoded as strict UTF-8, so a damaged part is never read as if it were whole.
 */
import JSZip from "jszip";
import { crc32 } from "../package/crc";
import { inflateRaw } from "../package/inflate";
import { Unsupported, unsupported } from "./xml";

export { crc32 } from "../package/crc";

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

/** Inflates to exactly `size` bytes, returning them with their CRC-32. */
type Inflater = (compressed: Uint8Array, size: number) => Promise<{ bytes: Uint8Array; crc: number }>;

/**
 * The native raw-deflate decoder, or null where the platform has none. It stops one slice past the
 * recorded size: a part longer than its zip entry says is never inflated whole.
 */
function nativeInflater(): Inflater | null {
  const DS = (globalThis as { DecompressionStream?: new (format: string) => unknown }).DecompressionStream;
  if (typeof DS !== "function") return null;
  try {
    new DS("deflate-raw");
  } catch {
    return null; // an older engine: gzip/deflate only
  }
  return async (compressed, size) => {
    const out = new Uint8Array(size);
    let at = 0;
    let result;
    try {
      result = await inflateRaw(
        compressed,
        { bytes: size, onOver: () => new Unsupported("part longer than recorded") },
        (chunk) => {
          out.set(chunk, at);
          at += chunk.length;
        },
      );
    } catch (err) {
      if (err instanceof Unsupported) throw err;
      return unsupported("damaged deflate data");
    }
    if (result.length !== size) unsupported("part shorter than recorded");
    return { bytes: out, crc: result.crc };
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
