/**
 * The BUILT `kdcl` on hostile packages: limits are checked in the central directory before anything
 * is inflated, inflating stops at the limit, parts no list needs are never inflated (a report copies
 * them compressed, as they are), and each refusal names its reason on one line. A 1 GB zip bomb
 * costs little memory: the resident size of the whole process is measured.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDeflateRaw } from "node:zlib";
import ExcelJS from "exceljs";
import { KONTUM_PLAN_YEAR, kontumWorkbook } from "../fixtures/kontum";
import type { ZipEntry } from "../../src/hosts/file/package/zip";
import { compressedBytes, readZipEntries } from "../../src/hosts/file/package/zip";
import type { ByteSink } from "../../src/hosts/file/package/zip-writer";
import { ZipWriter } from "../../src/hosts/file/package/zip-writer";
import type { Run } from "./kdcl";
import { expectBuilt, expectRefusal, ROOT } from "./kdcl";

const ENTRY = join(ROOT, "dist", "node", "cli", "main.js");
const GIB = 1024 ** 3;
let dir: string;
let listBytes: Uint8Array;
/** 1 GiB of zeros, deflated: about a megabyte. */
let bomb: Uint8Array;

/**
 * Runs the built command in a fresh node, and reports its peak resident memory with its result:
 * what the user's machine pays for the file.
 */
function measured(...args: string[]): Run & { readonly peakMB: number } {
  const script = `
    const { main } = require(${JSON.stringify(ENTRY)});
    let out = "", err = "";
    main(${JSON.stringify(args)}, { stdout: (t) => (out += t), stderr: (t) => (err += t), today: new Date() })
      .then((code) => process.stdout.write(JSON.stringify({ code, out, err, rss: process.resourceUsage().maxRSS })));`;
  const r = spawnSync(process.execPath, ["-e", script], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const doc = JSON.parse(r.stdout) as { code: number; out: string; err: string; rss: number };
  return { status: doc.code, stdout: doc.out, stderr: doc.err, peakMB: doc.rss / 1024 };
}

class Memory implements ByteSink {
  readonly chunks: Uint8Array[] = [];
  async write(chunk: Uint8Array): Promise<void> {
    this.chunks.push(chunk.slice());
  }
}

/** The package `bytes` with an extra part, or one part replaced, its directory declaring `size`. */
async function withPart(
  bytes: Uint8Array,
  name: string,
  compressed: Uint8Array,
  size: number,
): Promise<Uint8Array> {
  const sink = new Memory();
  const zip = new ZipWriter(sink);
  const entries = readZipEntries(bytes);
  for (const e of entries) if (e.name !== name) await zip.copy(e, compressedBytes(bytes, e));
  const forged: ZipEntry = {
    ...(entries[0] as ZipEntry),
    name,
    rawName: new TextEncoder().encode(name),
    method: 8,
    flags: 0,
    crc32: 0,
    compressedSize: compressed.length,
    size,
  };
  await zip.copy(forged, compressed);
  await zip.finish();
  return new Uint8Array(Buffer.concat(sink.chunks));
}

async function deflatedZeros(bytes: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const ended = new Promise((resolve) => deflate.on("end", resolve));
  const block = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < bytes / block.length; i++) {
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await ended;
  return new Uint8Array(Buffer.concat(out));
}

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

beforeAll(async () => {
  expectBuilt();
  dir = mkdtempSync(join(tmpdir(), "kdcl-bomb-"));
  listBytes = new Uint8Array((await kontumWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
  bomb = await deflatedZeros(GIB);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const YEAR = String(KONTUM_PLAN_YEAR);
/** A node process with kdcl loaded and a small list read stays well under this. */
const LITTLE_MB = 300;

describe("a part declaring 1 GB", () => {
  test("is refused before anything is inflated, by validate and by report, naming the part and the limit", async () => {
    const path = file("bom-khai.xlsx", await withPart(listBytes, "xl/media/image9.bin", bomb, GIB));
    for (const args of [
      ["validate", path],
      ["report", path, "--out", join(dir, "bc.xlsx")],
    ]) {
      const run = measured(...args);
      expect(expectRefusal(run)).toBe(
        `kdcl: Tệp ${path} quá lớn hoặc bất thường nên không được đọc: phần "xl/media/image9.bin" giải nén ra 1 GB, quá giới hạn 512 MB cho một phần.`,
      );
      expect(run.peakMB).toBeLessThan(LITTLE_MB);
    }
  }, 120_000);
});

describe("a part that lies about its size", () => {
  test("in a part no list needs: never inflated; the list is checked and the report copies the part as it is", async () => {
    const bytes = await withPart(listBytes, "xl/media/image9.bin", bomb, 1024);
    const path = file("bom-giau.xlsx", bytes);
    const check = measured("validate", path, "--year", YEAR);
    expect([check.status, check.stderr]).toEqual([0, ""]);
    expect(check.peakMB).toBeLessThan(LITTLE_MB);
    const out = join(dir, "bom-giau-bc.xlsx");
    const report = measured("report", path, "--out", out, "--year", YEAR);
    expect([report.status, report.stderr]).toEqual([0, ""]);
    expect(report.peakMB).toBeLessThan(LITTLE_MB);
    const written = new Uint8Array(readFileSync(out));
    const part = readZipEntries(written).find((e) => e.name === "xl/media/image9.bin") as ZipEntry;
    expect(Buffer.from(compressedBytes(written, part)).equals(Buffer.from(bomb))).toBe(true);
    expect(part.size).toBe(1024);
  }, 120_000);

  test("in the sheet itself: inflating stops at the limit and the file is refused for it", async () => {
    const path = file("bom-trang.xlsx", await withPart(listBytes, "xl/worksheets/sheet1.xml", bomb, 2048));
    const run = measured("validate", path);
    expect(expectRefusal(run)).toBe(
      `kdcl: Tệp ${path} quá lớn hoặc bất thường nên không được đọc: phần "xl/worksheets/sheet1.xml" giải nén ra hơn 512 MB, quá giới hạn 512 MB cho một phần.`,
    );
    expect(run.peakMB).toBeLessThan(LITTLE_MB);
  }, 120_000);
});

describe("other limits", () => {
  test("a directory listing more parts than any workbook has is refused unread", () => {
    const bytes = Buffer.from(listBytes);
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt16LE(60_000, end + 8);
    bytes.writeUInt16LE(60_000, end + 10);
    const path = file("nhieu-phan.xlsx", bytes);
    expect(expectRefusal(measured("validate", path))).toMatch(
      /gồm 60\.000 phần, quá giới hạn 50\.000 phần\.$/,
    );
  });

  test("a cell longer than Excel allows is refused, naming the cell", async () => {
    const wb = kontumWorkbook();
    (wb.getWorksheet("Danh sách trường") as ExcelJS.Worksheet).getCell("B7").value = "Trường ".repeat(6000);
    const path = file("o-dai.xlsx", new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(expectRefusal(measured("validate", path, "--lang", "en"))).toBe(
      `kdcl: ${path} is too large or unusual to read: cell Danh sách trường!B7 holds 42,000 characters, over Excel's limit of 32,767.`,
    );
  });
});
