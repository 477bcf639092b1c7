/**
 * For random workbooks made with exceljs (sheets with Vietnamese and quoted names, values, formulas,
 * merges, data validation, notes, pictures, print areas, workbook and sheet-scoped names), `report`
 * keeps every part that is not ours byte for byte, compressed as it was; the parts that list parts
 * only gain ours; the result opens in exceljs with our sheets holding the values of the model; and a
 * report made again from the report still keeps every part of the user's.
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { OutputSheet } from "../../../../src/core/output/model";
import { compressedBytes, readZipEntries } from "../../../../src/hosts/file/package/zip";
import { KONTUM_HEADER, KONTUM_PLAN_YEAR, kontumRows } from "../../../fixtures/kontum";
import { load, report, sheetNamed, withoutOurs } from "./helpers";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const SHEET_NAMES = [
  "Ghi chú",
  "O'Brien",
  "Tổng hợp",
  "Kết quả kiểm tra",
  "Số liệu 2024",
  "Phụ lục (2)",
  "Ẩn",
];
const TEXTS = [
  "Trường Tiểu học Số 1",
  "=SUM(A1)",
  "Hương Toàn",
  "44.497",
  "  có khoảng trắng  ",
  "Dòng 1\nDòng 2",
];

interface ExtraSheet {
  readonly name: string;
  readonly cells: readonly { row: number; col: number; value: ExcelJS.CellValue }[];
  readonly merge: boolean;
  readonly validation: boolean;
  readonly note: boolean;
  readonly picture: boolean;
  readonly printArea: boolean;
  readonly hidden: boolean;
}

const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constantFrom(...TEXTS),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc
    .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)) })
    .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))),
  fc.integer({ min: 1, max: 9 }).map((n) => ({ formula: `${n}*2`, result: n * 2 })),
);

const extraSheet = (name: string): fc.Arbitrary<ExtraSheet> =>
  fc.record({
    name: fc.constant(name),
    cells: fc.array(
      fc.record({
        row: fc.integer({ min: 3, max: 40 }),
        col: fc.integer({ min: 1, max: 8 }),
        value: cellValue,
      }),
      { maxLength: 25 },
    ),
    merge: fc.boolean(),
    validation: fc.boolean(),
    note: fc.boolean(),
    picture: fc.boolean(),
    printArea: fc.boolean(),
    hidden: fc.boolean(),
  });

const book = fc.record({
  schools: fc.integer({ min: 3, max: 57 }),
  extras: fc
    .uniqueArray(fc.constantFrom(...SHEET_NAMES), { maxLength: 3 })
    .chain((names) => fc.tuple(...names.map(extraSheet))),
  workbookName: fc.boolean(),
  scopedName: fc.boolean(),
});

type Book = typeof book extends fc.Arbitrary<infer T> ? T : never;

/** The workbook as exceljs writes it, then sheet-scoped names added as Excel writes them. */
async function build(spec: Book): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const list = wb.addWorksheet("Danh sách trường");
  list.addRow(["DANH SÁCH TRƯỜNG HỌC NĂM 2023"]);
  list.mergeCells("A1:J1");
  list.addRow(KONTUM_HEADER);
  kontumRows()
    .slice(0, spec.schools)
    .forEach((r, i) => list.addRow([`${i + 1}.`, ...r]));
  const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" });
  for (const x of spec.extras) {
    const ws = wb.addWorksheet(x.name, x.hidden ? { state: "hidden" } : {});
    ws.getCell("A1").value = `Trang ${x.name}`;
    for (const c of x.cells) ws.getCell(c.row, c.col).value = c.value;
    if (x.merge) ws.mergeCells("A1:D1");
    if (x.validation)
      ws.getCell("B2").dataValidation = { type: "list", allowBlank: true, formulae: ['"Có,Không"'] };
    if (x.note) ws.getCell("C2").note = "Ghi chú của phòng";
    if (x.picture) ws.addImage(image, "F2:G4");
    // exceljs cannot open its own print area on a sheet whose name holds a quote.
    if (x.printArea && !x.name.includes("'")) ws.pageSetup.printArea = "A1:H10";
  }
  if (spec.workbookName) wb.definedNames.add("'Danh sách trường'!$B$3:$B$20", "TenTruong");
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  if (spec.scopedName && spec.extras.length > 0) {
    const last = spec.extras.length;
    const quoted = `'${(spec.extras[last - 1] as ExtraSheet).name.replace(/'/g, "''")}'`;
    const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const name = `<definedName name="VungRieng" localSheetId="${last}">${quoted.replace(/&/g, "&amp;").replace(/'/g, "&apos;")}!$A$1:$H$10</definedName>`;
    zip.file(
      "xl/workbook.xml",
      xml.includes("<definedNames>")
        ? xml.replace("<definedNames>", `<definedNames>${name}`)
        : xml.replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`),
    );
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const EDITED = new Set([
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
]);

/** Every part of `input` not edited is in `output`, compressed exactly as it was. */
function expectKept(input: Uint8Array, output: Uint8Array): void {
  const after = new Map(readZipEntries(output).map((e) => [e.name, e]));
  for (const e of readZipEntries(input)) {
    if (EDITED.has(e.name)) continue;
    const copy = after.get(e.name);
    expect([e.name, copy?.crc32, copy?.size]).toEqual([e.name, e.crc32, e.size]);
    if (!copy) continue;
    expect([
      e.name,
      Buffer.from(compressedBytes(output, copy)).equals(Buffer.from(compressedBytes(input, e))),
    ]).toEqual([e.name, true]);
  }
}

const text = async (bytes: Uint8Array, part: string): Promise<string> =>
  (await (await JSZip.loadAsync(bytes)).file(part)?.async("string")) ?? "";

/** The sheet each scoped name belongs to, by name. */
function scopes(workbookXml: string): Record<string, string> {
  const sheets = [...workbookXml.matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map((m) => m[1]);
  const out: Record<string, string> = {};
  for (const m of workbookXml.matchAll(
    /<definedName\b[^>]*name="([^"]*)"[^>]*localSheetId="(\d+)"[^>]*>([^<]*)</g,
  ))
    out[`${m[1]}@${m[3]}`] = sheets[Number(m[2])] ?? "?";
  return out;
}

function expectOurs(wb: ExcelJS.Workbook, sheets: readonly OutputSheet[], names: readonly string[]): void {
  sheets.forEach((model, i) => {
    const ws = sheetNamed(wb, names[i] as string);
    for (const c of model.cells) {
      const got = ws.getCell(c.row, c.col).value;
      if (c.value.kind === "text") expect(got).toBe(c.value.text);
      else if (c.value.kind === "date")
        expect(got).toEqual(new Date(Date.UTC(c.value.date.y, c.value.date.m - 1, c.value.date.d)));
      else expect(got).toBe(c.value.value);
    }
  });
}

test("report keeps every part that is not ours byte for byte, for random workbooks", async () => {
  await fc.assert(
    fc.asyncProperty(book, async (spec) => {
      const input = await build(spec);
      const first = await report(input, KONTUM_PLAN_YEAR);
      expectKept(input, first.bytes);

      // The parts that list parts only gain ours.
      const wbIn = await text(input, "xl/workbook.xml");
      const wbOut = await text(first.bytes, "xl/workbook.xml");
      const ours = first.plan.write.map((w) => w.name);
      expect(withoutOurs(wbOut, ours)).toBe(wbIn);
      // Every scoped name of the user's still belongs to the same sheet.
      expect(scopes(wbOut)).toEqual(expect.objectContaining(scopes(wbIn)));
      for (const part of ["[Content_Types].xml", "xl/_rels/workbook.xml.rels"]) {
        const before = await text(input, part);
        const after = await text(first.bytes, part);
        for (const m of before.matchAll(/<(Override|Default|Relationship)\b[^>]*\/>/g))
          expect(after).toContain(m[0]);
      }

      // It opens, the user's sheets first and unchanged in order, ours with the model's values.
      const wb = await load(first.bytes);
      const user = ["Danh sách trường", ...spec.extras.map((x) => x.name)];
      expect(wb.worksheets.map((w) => w.name)).toEqual([...user, ...ours]);
      expectOurs(wb, first.sheets, ours);

      // Made again from the report: our sheets replaced, every part of the user's still as it was.
      const second = await report(first.bytes, KONTUM_PLAN_YEAR + 1);
      expect(second.plan.write.map((w) => w.name)).toEqual(ours);
      expect(second.plan.remove).toEqual(ours);
      const again = new Map(readZipEntries(second.bytes).map((e) => [e.name, e]));
      for (const e of readZipEntries(input)) {
        if (EDITED.has(e.name)) continue;
        expect([e.name, again.get(e.name)?.crc32]).toEqual([e.name, e.crc32]);
      }
      const userScopes = (xml: string): Record<string, string> =>
        Object.fromEntries(Object.entries(scopes(xml)).filter(([, sheet]) => !ours.includes(sheet)));
      expect(userScopes(await text(second.bytes, "xl/workbook.xml"))).toEqual(scopes(wbIn));
      expectOurs(await load(second.bytes), second.sheets, ours);
    }),
    { numRuns: 25, seed: 20240110 },
  );
}, 240_000);
