/**
 * The zip container read from its central directory, without inflating anything: each part's name,
 * method, CRC-32, sizes and where its compressed bytes lie. Used to check a package's limits before
 * any part is inflated, to inflate only the parts a reader needs, and to copy the others as they
 * are. Runs in Node and in the browser.
 */
import { LimitError, MAX_PART_BYTES, MAX_PARTS, MAX_TOTAL_BYTES } from "./limits";

/** The package is not a readable zip; the message is for logs, the user sees "damaged". */
export class DamagedPackage extends Error {
  override readonly name = "DamagedPackage";
}

const damaged = (why: string): never => {
  throw new DamagedPackage(why);
};

export interface ZipEntry {
  /** The part name, without a leading "/". */
  readonly name: string;
  /** The name's bytes as stored, copied unchanged into a copy of the package. */
  readonly rawName: Uint8Array;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  /** The inflated size the directory declares (a hostile file may lie; inflating checks it). */
  readonly size: number;
  readonly dosTime: number;
  readonly dosDate: number;
  /** Where the compressed bytes start. */
  readonly dataOffset: number;
  /**
   * Whether the part's local header gives it the same name as the directory. Zip readers differ on
   * which of the two they trust, so a reader of values leaves a package where they differ to exceljs.
   */
  readonly namesAgree: boolean;
}

export const METHOD_STORE = 0;
export const METHOD_DEFLATE = 8;
/** General-purpose flag bits. */
export const FLAG_ENCRYPTED = 0x1;
export const FLAG_DESCRIPTOR = 0x8;
export const FLAG_UTF8 = 0x800;

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

class Reader {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  has(at: number, length: number): boolean {
    return at >= 0 && length >= 0 && at + length <= this.bytes.length;
  }

  u16(at: number): number {
    if (!this.has(at, 2)) damaged("truncated");
    return this.view.getUint16(at, true);
  }

  u32(at: number): number {
    if (!this.has(at, 4)) damaged("truncated");
    return this.view.getUint32(at, true);
  }

  u64(at: number): number {
    const low = this.u32(at);
    const high = this.u32(at + 4);
    // Beyond 2^53 no real package goes; such a value is damage.
    if (high >= 0x200000) damaged("64-bit value out of range");
    return high * 0x100000000 + low;
  }
}

const cp437 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8");

/** The end-of-central-directory record, searched backwards as every zip reader does. */
function findEnd(r: Reader): number {
  const stop = Math.max(0, r.bytes.length - 22 - 0xffff);
  for (let i = r.bytes.length - 22; i >= stop; i--) {
    if (r.bytes[i] === 0x50 && r.bytes[i + 1] === 0x4b && r.u32(i) === SIG_EOCD) return i;
  }
  return damaged("no end of central directory");
}

interface Directory {
  readonly count: number;
  readonly offset: number;
  readonly size: number;
}

function directoryOf(r: Reader, end: number): Directory {
  let count = r.u16(end + 10);
  let size = r.u32(end + 12);
  let offset = r.u32(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (r.has(locator, 20) && r.u32(locator) === SIG_ZIP64_LOCATOR) {
      const at = r.u64(locator + 8);
      if (r.u32(at) !== SIG_ZIP64_EOCD) damaged("zip64 end record");
      count = r.u64(at + 32);
      size = r.u64(at + 40);
      offset = r.u64(at + 48);
    }
  }
  return { count, offset, size };
}

interface Central extends Omit<ZipEntry, "dataOffset" | "namesAgree"> {
  readonly localOffset: number;
}

/** The central directory's records, with the declared limits checked as they are read. */
function centralRecords(r: Reader): Central[] {
  const dir = directoryOf(r, findEnd(r));
  // Checked before one entry is read: a directory claiming millions of parts costs nothing.
  if (dir.count > MAX_PARTS) throw new LimitError({ kind: "parts", count: dir.count });
  if (!r.has(dir.offset, dir.size)) damaged("central directory outside the file");
  const out: Central[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = dir.offset;
  for (let k = 0; k < dir.count; k++) {
    if (r.u32(at) !== SIG_CENTRAL) damaged("central directory entry");
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    const dosTime = r.u16(at + 12);
    const dosDate = r.u16(at + 14);
    const crc32 = r.u32(at + 16);
    let compressedSize = r.u32(at + 20);
    let size = r.u32(at + 24);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    let localOffset = r.u32(at + 42);
    if (!r.has(at + 46, nameLength + extraLength + commentLength)) damaged("central directory entry");
    const rawName = r.bytes.slice(at + 46, at + 46 + nameLength);
    // Zip64: the sizes and offset that do not fit in 32 bits follow in extra field 0x0001, in order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = r.u16(extra);
      const length = r.u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (size === 0xffffffff) {
          size = r.u64(field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = r.u64(field);
          field += 8;
        }
        if (localOffset === 0xffffffff) localOffset = r.u64(field);
      }
      extra += 4 + length;
    }
    at = extraEnd + commentLength;

    const decoded = (flags & FLAG_UTF8 ? utf8 : cp437).decode(rawName);
    if (decoded.endsWith("/")) continue; // a folder entry holds nothing
    const name = decoded.startsWith("/") ? decoded.slice(1) : decoded;
    if (names.has(name)) damaged(`two parts named ${name}`);
    names.add(name);
    if (size > MAX_PART_BYTES) throw new LimitError({ kind: "part", part: name, bytes: size });
    total += size;
    if (total > MAX_TOTAL_BYTES) throw new LimitError({ kind: "total", bytes: total });
    out.push({ name, rawName, method, flags, crc32, compressedSize, size, dosTime, dosDate, localOffset });
  }
  return out;
}

/**
 * Every part of the package, in the order of its central directory. Throws LimitError when the
 * package declares more parts or more inflated bytes than allowed, DamagedPackage when it is not a
 * readable zip. Nothing is inflated.
 */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const r = new Reader(bytes);
  return centralRecords(r).map(({ localOffset, ...central }) => {
    if (r.u32(localOffset) !== SIG_LOCAL) damaged(`local header of ${central.name}`);
    const nameLength = r.u16(localOffset + 26);
    const dataOffset = localOffset + 30 + nameLength + r.u16(localOffset + 28);
    if (!r.has(dataOffset, central.compressedSize)) damaged(`data of ${central.name} outside the file`);
    const namesAgree =
      nameLength === central.rawName.length && sameBytes(bytes, localOffset + 30, central.rawName);
    return { ...central, dataOffset, namesAgree };
  });
}

function sameBytes(bytes: Uint8Array, at: number, expected: Uint8Array): boolean {
  if (at + expected.length > bytes.length) return false;
  for (let i = 0; i < expected.length; i++) if (bytes[at + i] !== expected[i]) return false;
  return true;
}

/** The compressed bytes of an entry, as stored (a view, not a copy). */
export function compressedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

/**
 * The declared-size limits alone, for readers that parse the zip their own way: a package that
 * passes a limit is refused; one this reader cannot parse is left to them to judge.
 */
export function checkDeclaredLimits(bytes: Uint8Array): void {
  try {
    centralRecords(new Reader(bytes));
  } catch (err) {
    if (err instanceof LimitError) throw err;
  }
}
