/**
 * A part read with Node's one-call inflater ends exactly as one read through the platform's stream:
 * the same bytes from a sound part, and the same refusal (DamagedPackage, with the same reason) from
 * a part longer or shorter than its directory says, from damaged data and from a wrong CRC.
 */
import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { readEntry, useWholeInflater } from "../../../../src/hosts/file/package/inflate";
import { zlibInflater } from "../../../../src/hosts/file/package/inflate-node";
import type { ZipEntry } from "../../../../src/hosts/file/package/zip";
import { readZipEntries } from "../../../../src/hosts/file/package/zip";

const SHEET = "xl/worksheets/sheet1.xml";

/** A sheet part of some size, with Vietnamese text, as a zip holds it. */
async function sheetZip(): Promise<{ bytes: Uint8Array; entry: ZipEntry; xml: string }> {
  const rows: string[] = [];
  for (let r = 1; r <= 2000; r++) {
    rows.push(`<row r="${r}"><c r="B${r}" t="inlineStr"><is><t>Trường Tiểu học Số ${r}</t></is></c></row>`);
  }
  const xml = `<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`;
  const zip = new JSZip();
  zip.file(SHEET, xml, { compression: "DEFLATE" });
  const bytes = await zip.generateAsync({ type: "uint8array" });
  const entry = readZipEntries(bytes).find((e) => e.name === SHEET) as ZipEntry;
  return { bytes, entry, xml };
}

/** How a read ends, whichever inflater: the text, or the error's class and message. */
async function ending(bytes: Uint8Array, entry: ZipEntry): Promise<string> {
  try {
    return `text ${new TextDecoder().decode(await readEntry(bytes, entry))}`;
  } catch (err) {
    return `${(err as Error).name}: ${(err as Error).message}`;
  }
}

async function bothWays(bytes: Uint8Array, entry: ZipEntry): Promise<{ stream: string; whole: string }> {
  useWholeInflater(null);
  const stream = await ending(bytes, entry);
  useWholeInflater(zlibInflater);
  try {
    return { stream, whole: await ending(bytes, entry) };
  } finally {
    useWholeInflater(null);
  }
}

test("a sound part: the same text both ways", async () => {
  const { bytes, entry, xml } = await sheetZip();
  const { stream, whole } = await bothWays(bytes, entry);
  expect(stream).toBe(`text ${xml}`);
  expect(whole).toBe(stream);
});

test.each([
  ["longer than its directory says", (e: ZipEntry) => ({ ...e, size: e.size - 1 }), /longer than declared/],
  ["shorter than its directory says", (e: ZipEntry) => ({ ...e, size: e.size + 1 }), /shorter than declared/],
  ["with a wrong CRC", (e: ZipEntry) => ({ ...e, crc32: (e.crc32 ^ 1) >>> 0 }), /CRC of/],
])("a part %s is refused the same way both ways", async (_what, lie, reason) => {
  const { bytes, entry } = await sheetZip();
  const { stream, whole } = await bothWays(bytes, lie(entry));
  expect(stream).toMatch(/^DamagedPackage: /);
  expect(stream).toMatch(reason);
  expect(whole).toBe(stream);
});

test("damaged deflate data is refused the same way both ways", async () => {
  const { bytes, entry } = await sheetZip();
  const damaged = bytes.slice();
  // A stored block whose length and its complement disagree: no inflater can read past it.
  const at = entry.dataOffset;
  damaged.set([0x00, 0x05, 0x00, 0x05, 0x00], at);
  const { stream, whole } = await bothWays(damaged, entry);
  expect(stream).toBe("DamagedPackage: the deflate data is damaged");
  expect(whole).toBe(stream);
});

test("a bomb declaring a small size is stopped at that size", () => {
  const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024));
  expect(zlibInflater(bomb, 2048)).toBe("too-long");
  expect(zlibInflater(bomb, 64 * 1024 * 1024)).toHaveLength(64 * 1024 * 1024);
});
