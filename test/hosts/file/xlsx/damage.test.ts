/**
 * Damaged, truncated and foreign files: loadGridsFromBuffer, lean reader first, must end exactly as
 * the exceljs-only loader did (the same Grids, or the same InputError kind) wherever the damage is
 * in the zip's structure or in a part that carries values. Damage confined to a part the lists do
 * not need (a picture, a theme, printer settings) is never inflated, so it no longer stops the list
 * from being read: the Grids are those of the undamaged file. A directory entry damaged into
 * declaring an oversized part is refused for that size.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadGridsFromBuffer } from "../../../../src/hosts/file/buffer";
import { LimitError } from "../../../../src/hosts/file/package/limits";
import { checkDeclaredLimits } from "../../../../src/hosts/file/package/zip";
import { tryReadXlsx } from "../../../../src/hosts/file/xlsx/read";
import type { Outcome } from "./helpers";
import { bytesOf, oldLoader, outcome, oneSheet, sheetData } from "./helpers";

let good: Uint8Array;
let goodOutcome: Outcome;

/** The parts the lean reader inflates: the workbook, its relationships, values, styles, tables. */
const VALUE_PART =
  /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|tables\/table\d+\.xml)$/;

/**
 * The part a byte of the zip belongs to: its local header, its data or its central-directory
 * record; null for the directory's end record.
 */
function partAt(bytes: Uint8Array, at: number): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (p: number): number => view.getUint16(p, true);
  const end = bytes.length - 22;
  if (at >= end) return null;
  const locals: { name: string; from: number }[] = [];
  let p = view.getUint32(end + 16, true);
  for (let k = 0; k < u16(end + 10); k++) {
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + u16(p + 28)));
    const next = p + 46 + u16(p + 28) + u16(p + 30) + u16(p + 32);
    if (at >= p && at < next) return name;
    locals.push({ name, from: view.getUint32(p + 42, true) });
    p = next;
  }
  // A local header and its data run up to the next part's local header.
  let owner: { name: string; from: number } | null = null;
  for (const l of locals) if (l.from <= at && (owner === null || l.from > owner.from)) owner = l;
  return owner?.name ?? null;
}

function declaresTooMuch(bytes: Uint8Array): boolean {
  try {
    checkDeclaredLimits(bytes);
    return false;
  } catch (e) {
    return e instanceof LimitError;
  }
}

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.getCell("A1").value = "DANH SÁCH TRƯỜNG";
  ws.mergeCells("A1:D1");
  ws.addRow(["STT", "Tên trường", "Ngày", "Website"]);
  for (let i = 1; i <= 40; i++) {
    ws.addRow([
      `${i}.`,
      `Trường ${i}`,
      new Date(Date.UTC(2024, 0, i)),
      { text: "web", hyperlink: `https://t${i}.vn` },
    ]);
  }
  ws.addTable({ name: "Bang", ref: "G1", columns: [{ name: "A" }], rows: [[1]] });
  wb.addWorksheet("Ẩn", { state: "hidden" }).getCell("B2").value = { formula: "1+1", result: 2 };
  good = await bytesOf(wb);
  expect(await tryReadXlsx(good)).not.toBeNull();
  goodOutcome = await outcome(() => loadGridsFromBuffer(good, "ds.xlsx"));
});

/** Read as the undamaged file: the damage lies where no value is read. */
async function expectAsGood(bytes: Uint8Array): Promise<void> {
  expect(await outcome(() => loadGridsFromBuffer(bytes, "ds.xlsx"))).toStrictEqual(goodOutcome);
}

async function expectAsBefore(bytes: Uint8Array): Promise<void> {
  expect(await outcome(() => loadGridsFromBuffer(bytes, "ds.xlsx"))).toStrictEqual(
    await outcome(() => oldLoader(bytes)),
  );
}

/** Deterministic pseudo-random numbers. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("damaged input ends as it did before the lean reader", () => {
  it("truncated anywhere", async () => {
    const cuts = [
      1,
      3,
      4,
      30,
      100,
      good.length - 1,
      good.length - 10,
      good.length - 22,
      good.length - 23,
      good.length - 100,
    ];
    for (let k = 1; k < 24; k++) cuts.push(Math.floor((good.length * k) / 24));
    for (const cut of cuts) await expectAsBefore(good.subarray(0, cut));
  });

  it("with bytes flipped anywhere: in entry data, headers, the central directory", async () => {
    const rnd = random(7);
    const positions = Array.from({ length: 120 }, () => Math.floor(rnd() * good.length));
    // The end of the zip holds the central directory: flip more there.
    for (let k = 0; k < 40; k++) positions.push(good.length - 1 - Math.floor(rnd() * 1500));
    let unread = 0;
    for (const at of positions) {
      const bad = good.slice();
      bad[at] = (bad[at] as number) ^ (1 + Math.floor(rnd() * 255));
      const part = partAt(good, at);
      if (declaresTooMuch(bad)) {
        expect(await outcome(() => loadGridsFromBuffer(bad, "ds.xlsx"))).toStrictEqual({ kind: "too-large" });
      } else if (part !== null && !VALUE_PART.test(part)) {
        // Damage to a part no value is read from: read as the undamaged file, unless the zip
        // itself no longer holds together (then as before).
        unread += 1;
        const got = await outcome(() => loadGridsFromBuffer(bad, "ds.xlsx"));
        if ("grids" in got) expect(got).toStrictEqual(goodOutcome);
        else expect(got).toStrictEqual(await outcome(() => oldLoader(bad)));
      } else {
        await expectAsBefore(bad);
      }
    }
    // The positions reach parts of both kinds.
    expect(unread).toBeGreaterThan(0);
    expect(unread).toBeLessThan(positions.length);
  });

  it("with a part named otherwise in the directory than in its local header", async () => {
    // Zip readers differ on which name they trust: the lean reader leaves such a file to exceljs.
    const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
    const bad = good.slice();
    const directory = Buffer.from(bad).lastIndexOf(Buffer.from(name));
    expect(partAt(good, directory)).toBe("xl/worksheets/sheet1.xml");
    bad[directory + 5] = "B".charCodeAt(0); // "xl/woBksheets/…"
    expect(await tryReadXlsx(bad)).toBeNull();
    await expectAsBefore(bad);
  });

  it("with one part's bytes changed in place, the zip intact but its CRC no longer matching", async () => {
    const zip = await JSZip.loadAsync(good);
    const stored = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    await expectAsBefore(stored);
    expect(await tryReadXlsx(stored)).not.toBeNull();
    for (const name of Object.keys(zip.files)) {
      if (zip.files[name]!.dir) continue;
      const content = await zip.file(name)!.async("uint8array");
      const at = Buffer.from(stored).indexOf(Buffer.from(content));
      expect(at).toBeGreaterThan(0);
      for (const [offset, by] of [
        [Math.floor(content.length / 2), 0x20],
        [content.length - 3, 0x01],
        [10, 0x08],
      ] as const) {
        const bad = stored.slice();
        bad[at + offset] = (bad[at + offset] as number) ^ by;
        if (VALUE_PART.test(name)) {
          expect(await tryReadXlsx(bad)).toBeNull();
          await expectAsBefore(bad);
        } else {
          expect(await tryReadXlsx(bad)).not.toBeNull();
          await expectAsGood(bad);
        }
      }
    }
  });

  it("not a workbook: text, a zip without a workbook, a workbook without sheets, garbage after PK", async () => {
    await expectAsBefore(new TextEncoder().encode("STT,Tên trường\n1,TH A\n"));
    const docx = new JSZip();
    docx.file("word/document.xml", "<w:document/>");
    await expectAsBefore(await docx.generateAsync({ type: "uint8array" }));
    await expectAsBefore(await bytesOf(new ExcelJS.Workbook()));
    await expectAsBefore(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
    await expectAsBefore(new Uint8Array([0x50, 0x4b]));
  });

  it("well-formed zips holding broken XML", async () => {
    const oneSheetSync = await oneSheet(sheetData([1, '<c r="A1"><v>1</v></c>']));
    await expectAsBefore(await oneSheet('<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>'));
    await expectAsBefore(await oneSheet(`${sheetData([1, '<c r="A1"><v>1</v></c>'])}<unclosed>`));
    await expectAsBefore(await oneSheet(sheetData([1, '<c r="A1" t="str"><v>a &bogus; b</v></c>'])));
    await expectAsBefore(
      await oneSheet(`${sheetData([1, '<c r="A1"><v>1</v></c>'])}</worksheet><worksheet>`),
    );
    await expectAsBefore(await oneSheet("<sheetData>", {}));
    // Parts the Grids do not need are never read, broken or not: the list is read all the same.
    const ok = sheetData([1, '<c r="A1"><v>1</v></c>']);
    const whole = await outcome(() => loadGridsFromBuffer(oneSheetSync, "ds.xlsx"));
    expect(whole).toStrictEqual({
      grids: [{ sheet: "DS", top: 1, left: 1, cells: [[1]], merges: [], tables: [] }],
    });
    for (const [name, xml] of [
      ["docProps/core.xml", "<cp:coreProperties><dc:title>a</cp:coreProperties>"],
      ["docProps/app.xml", "<Properties>&nbsp;</Properties>"],
      ["xl/comments1.xml", "<comments><commentList><comment ref='A1'></commentList></comments>"],
      ["xl/drawings/drawing1.xml", "<xdr:wsDr"],
      ["xl/drawings/vmlDrawing1.vml", "<xml><v:shape></xml>"],
      ["docProps/core.xml", '<?xml version="1.0"?><cp:coreProperties xmlns:cp="urn:cp"/>'],
      ["docProps/core.xml", '<?xml version="1.0"?><cp:coreProperties xmlns:cp="urn:cp"/>'],
      ["xl/theme/theme1.xml", "<a:theme>not even XML"],
      ["xl/calcChain.xml", "<calcChain"],
      ["customXml/item1.xml", "<<<"],
    ]) {
      const bytes = await oneSheet(ok, { parts: { [name as string]: xml as string } });
      expect(await tryReadXlsx(bytes)).not.toBeNull();
      expect(await outcome(() => loadGridsFromBuffer(bytes, "ds.xlsx"))).toStrictEqual(whole);
    }
  });
});
