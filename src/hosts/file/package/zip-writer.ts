/**
 * Node only: a zip written front to back into a sink (a temporary file). Parts of the user's
 * package are copied compressed, as they are, with their CRC-32 and sizes (never inflated); our
 * parts are deflated as they are produced, a worksheet of any length streaming through with a data
 * descriptor after it. The central directory comes last.
 */
import { once } from "node:events";
import { constants, createDeflateRaw, deflateRawSync } from "node:zlib";
import { crcUpdate } from "./crc";
import type { ZipEntry } from "./zip";
import { FLAG_DESCRIPTOR, FLAG_UTF8, METHOD_DEFLATE } from "./zip";

export interface ByteSink {
  write(chunk: Uint8Array): Promise<void>;
}

/** The output passed what a zip without its 64-bit extension can address. */
export class ZipTooLarge extends Error {
  override readonly name = "ZipTooLarge";
}

const MAX32 = 0xffffffff;
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_DESCRIPTOR = 0x08074b50;
const SIG_EOCD = 0x06054b50;
/** Version 2.0: deflate, data descriptors. */
const VERSION = 20;
/** Level 6, zlib's default: what Office and exceljs write. */
const LEVEL = constants.Z_DEFAULT_COMPRESSION;
/** Text handed to the compressor and not yet compressed, at most (bytes). */
const IN_FLIGHT = 4 * 1024 * 1024;

/** After the current turn of the event loop, so that zlib's finished work is taken up. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Central {
  readonly rawName: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

function dosDateTime(d: Date): { dosTime: number; dosDate: number } {
  return {
    dosTime: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    dosDate: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const encoder = new TextEncoder();

export class ZipWriter {
  private offset = 0;
  private readonly central: Central[] = [];
  private readonly stamp = dosDateTime(new Date());

  constructor(private readonly sink: ByteSink) {}

  private async emit(chunk: Uint8Array): Promise<void> {
    if (chunk.length === 0) return;
    this.offset += chunk.length;
    if (this.offset > MAX32) throw new ZipTooLarge("output over 4 GiB");
    await this.sink.write(chunk);
  }

  private localHeader(c: Omit<Central, "offset">): Uint8Array {
    const h = new Uint8Array(30 + c.rawName.length);
    const v = new DataView(h.buffer);
    v.setUint32(0, SIG_LOCAL, true);
    v.setUint16(4, VERSION, true);
    v.setUint16(6, c.flags, true);
    v.setUint16(8, c.method, true);
    v.setUint16(10, c.dosTime, true);
    v.setUint16(12, c.dosDate, true);
    // With a data descriptor the header's CRC and sizes are zero; they follow the data.
    const described = (c.flags & FLAG_DESCRIPTOR) !== 0;
    v.setUint32(14, described ? 0 : c.crc32, true);
    v.setUint32(18, described ? 0 : c.compressedSize, true);
    v.setUint32(22, described ? 0 : c.size, true);
    v.setUint16(26, c.rawName.length, true);
    v.setUint16(28, 0, true);
    h.set(c.rawName, 30);
    return h;
  }

  /** A part of the user's package, its compressed bytes copied as they are. */
  async copy(entry: ZipEntry, compressed: Uint8Array): Promise<void> {
    if (entry.size > MAX32 || entry.compressedSize > MAX32) throw new ZipTooLarge(entry.name);
    const c = {
      rawName: entry.rawName,
      // The data descriptor is dropped: CRC and sizes go in the header, known from the directory.
      flags: entry.flags & ~FLAG_DESCRIPTOR,
      method: entry.method,
      dosTime: entry.dosTime,
      dosDate: entry.dosDate,
      crc32: entry.crc32 >>> 0,
      compressedSize: entry.compressedSize,
      size: entry.size,
    };
    const offset = this.offset;
    await this.emit(this.localHeader(c));
    await this.emit(compressed);
    this.central.push({ ...c, offset });
  }

  private nameOf(name: string): { rawName: Uint8Array; flags: number } {
    const rawName = encoder.encode(name);
    // Bit 11 says the name is UTF-8; an ASCII name needs no flag.
    return { rawName, flags: rawName.length !== name.length ? FLAG_UTF8 : 0 };
  }

  /** A small part of ours, deflated at once. */
  async add(name: string, content: string | Uint8Array): Promise<void> {
    const data = typeof content === "string" ? encoder.encode(content) : content;
    const compressed = deflateRawSync(data, { level: LEVEL });
    const c = {
      ...this.nameOf(name),
      method: METHOD_DEFLATE,
      ...this.stamp,
      crc32: (crcUpdate(-1, data) ^ -1) >>> 0,
      compressedSize: compressed.length,
      size: data.length,
    };
    const offset = this.offset;
    await this.emit(this.localHeader(c));
    await this.emit(compressed);
    this.central.push({ ...c, offset });
  }

  /** A part of ours produced as text chunks, deflated and written as it comes. */
  async addStream(name: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
    const named = this.nameOf(name);
    const head = { ...named, flags: named.flags | FLAG_DESCRIPTOR, method: METHOD_DEFLATE, ...this.stamp };
    const offset = this.offset;
    await this.emit(this.localHeader({ ...head, crc32: 0, compressedSize: 0, size: 0 }));
    const deflate = createDeflateRaw({ level: LEVEL });
    const pending: Buffer[] = [];
    deflate.on("data", (b: Buffer) => pending.push(b));
    let failed: unknown = null;
    deflate.on("error", (err) => {
      failed = err;
    });
    let crc = -1;
    let size = 0;
    let compressedSize = 0;
    const drain = async (): Promise<void> => {
      while (pending.length > 0) {
        const b = pending.shift() as Buffer;
        compressedSize += b.length;
        await this.emit(b);
      }
    };
    for await (const text of chunks) {
      const data = encoder.encode(text);
      crc = crcUpdate(crc, data);
      size += data.length;
      if (size > MAX32) throw new ZipTooLarge(name);
      deflate.write(data);
      // Up to IN_FLIGHT bytes wait to be compressed while the next chunk is made; above that, this
      // waits until the compressor has taken them all. The turn of the event loop in between hands
      // zlib its next chunk: without it the compressor (in another thread) sat idle while each
      // chunk was made.
      if (deflate.writableLength > IN_FLIGHT) await once(deflate, "drain");
      else await nextTurn();
      await drain();
      if (failed) throw failed;
    }
    const ended = once(deflate, "end");
    deflate.end();
    await ended;
    await drain();
    if (failed) throw failed;
    const crc32 = (crc ^ -1) >>> 0;
    const d = new Uint8Array(16);
    const v = new DataView(d.buffer);
    v.setUint32(0, SIG_DESCRIPTOR, true);
    v.setUint32(4, crc32, true);
    v.setUint32(8, compressedSize, true);
    v.setUint32(12, size, true);
    await this.emit(d);
    this.central.push({ ...head, crc32, compressedSize, size, offset });
  }

  /** The central directory and its end record; the zip is whole after this. */
  async finish(): Promise<void> {
    if (this.central.length > 0xffff) throw new ZipTooLarge("too many parts");
    const start = this.offset;
    for (const c of this.central) {
      const h = new Uint8Array(46 + c.rawName.length);
      const v = new DataView(h.buffer);
      v.setUint32(0, SIG_CENTRAL, true);
      v.setUint16(4, VERSION, true);
      v.setUint16(6, VERSION, true);
      v.setUint16(8, c.flags, true);
      v.setUint16(10, c.method, true);
      v.setUint16(12, c.dosTime, true);
      v.setUint16(14, c.dosDate, true);
      v.setUint32(16, c.crc32, true);
      v.setUint32(20, c.compressedSize, true);
      v.setUint32(24, c.size, true);
      v.setUint16(28, c.rawName.length, true);
      v.setUint32(42, c.offset, true);
      h.set(c.rawName, 46);
      await this.emit(h);
    }
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, SIG_EOCD, true);
    v.setUint16(8, this.central.length, true);
    v.setUint16(10, this.central.length, true);
    v.setUint32(12, this.offset - start, true);
    v.setUint32(16, start, true);
    await this.emit(end);
  }
}
