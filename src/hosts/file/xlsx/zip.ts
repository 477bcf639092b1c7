/**
 * The zip container of an .xlsx, read from its central directory by the package reader (Node and
 * browser alike, no zip library loaded): parts are inflated with the platform's raw-deflate decoder,
 * checked against their declared size and CRC-32 and decoded as strict UTF-8, so a damaged part is
 * never read as if it were whole. Whatever this cannot read (a damaged or encrypted package, a
 * platform without the decoder) throws, and exceljs decides instead.
 */
import { readEntry, readEntryText } from "../package/inflate";
import type { ZipEntry } from "../package/zip";
import { readZipEntries } from "../package/zip";
import { unsupported } from "./xml";

export class Zip {
  private constructor(
    private readonly file: Uint8Array,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  /** Opens the container: its directory only; two parts of one name, or two names of one part, are damage. */
  static open(file: Uint8Array): Zip {
    const entries = new Map<string, ZipEntry>();
    for (const entry of readZipEntries(file)) {
      if (!entry.namesAgree) unsupported(`${entry.name} is named otherwise in its local header`);
      entries.set(entry.name, entry);
    }
    return new Zip(file, entries);
  }

  names(): IterableIterator<string> {
    return this.entries.keys();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  private entry(name: string): ZipEntry {
    return this.entries.get(name) ?? unsupported(`missing part ${name}`);
  }

  /** A part's bytes, inflated and checked against its size and CRC-32. */
  bytes(name: string): Promise<Uint8Array> {
    return readEntry(this.file, this.entry(name));
  }

  /** A part as text: strict UTF-8 (a byte-order mark is dropped, as saxes skips it). */
  text(name: string): Promise<string> {
    return readEntryText(this.file, this.entry(name));
  }
}
