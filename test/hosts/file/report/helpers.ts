/** Running the report writer in memory, and looking into packages the way Excel would. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../../../src/core/output/host";
import type { OutputSheet } from "../../../../src/core/output/model";
import { buildOutputSheets } from "../../../../src/core/output/build";
import { summarize } from "../../../../src/core/summary/summary";
import type { Lang } from "../../../../src/core/text/format";
import { validate } from "../../../../src/core/validate";
import { loadSheetsFromBuffer } from "../../../../src/hosts/file/buffer";
import type { ByteSink } from "../../../../src/hosts/file/package/zip-writer";
import { ZipWriter } from "../../../../src/hosts/file/package/zip-writer";
import type { PackageSource } from "../../../../src/hosts/file/report/source";
import { ZipSource } from "../../../../src/hosts/file/report/source";
import { writeReport } from "../../../../src/hosts/file/report/write";

class MemorySink implements ByteSink {
  private readonly chunks: Uint8Array[] = [];

  async write(chunk: Uint8Array): Promise<void> {
    this.chunks.push(chunk.slice());
  }

  bytes(): Uint8Array {
    return new Uint8Array(Buffer.concat(this.chunks));
  }
}

/** The report package of `source` with `sheets` added, in memory. */
export async function reportOf(
  source: PackageSource,
  sheets: readonly OutputSheet[],
): Promise<{ bytes: Uint8Array; plan: SheetPlan }> {
  const sink = new MemorySink();
  const zip = new ZipWriter(sink);
  const plan = await writeReport(source, sheets, zip);
  await zip.finish();
  return { bytes: sink.bytes(), plan };
}

/** Checks a workbook's bytes as `kdcl report` does, and builds our sheets from the result. */
export async function outputOf(
  bytes: Uint8Array,
  planYear: number,
  lang: Lang = "vi",
): Promise<OutputSheet[]> {
  const { grids } = await loadSheetsFromBuffer(bytes, "danh-sach.xlsx");
  const result = validate(grids, { planYear });
  return buildOutputSheets({
    summary: summarize(result.tables, { planYear }),
    findings: result.findings,
    lang,
    sourceFile: "danh-sach.xlsx",
  });
}

/** `kdcl report` on a workbook's bytes, in memory. */
export async function report(
  bytes: Uint8Array,
  planYear: number,
  lang: Lang = "vi",
): Promise<{ bytes: Uint8Array; sheets: OutputSheet[]; plan: SheetPlan }> {
  const sheets = await outputOf(bytes, planYear, lang);
  return { ...(await reportOf(new ZipSource(bytes), sheets)), sheets };
}

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

export function sheetNamed(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}: ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

export async function partText(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`no part ${path}: ${Object.keys(zip.files).join(", ")}`);
  return f.async("string");
}

/** Every part of a package as its inflated bytes. */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) out.set(name, await file.async("uint8array"));
  return out;
}

/** The worksheet part of each sheet name, from workbook.xml and its relationships. */
export async function sheetPartsOf(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await partText(zip, "xl/workbook.xml");
  const rels = await partText(zip, "xl/_rels/workbook.xml.rels");
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\sId="([^"]*)"/.exec(m[0])?.[1];
    const t = /\sTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && t) target.set(id, t.startsWith("/") ? t.slice(1) : `xl/${t}`);
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/
      .exec(m[0])?.[1]
      ?.replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
    const id = /\s[\w]+:id="([^"]*)"/.exec(m[0])?.[1];
    const part = target.get(id ?? "");
    if (name !== undefined && part) out.set(name, part);
  }
  return out;
}

export async function sheetXml(zip: JSZip, name: string): Promise<string> {
  const part = (await sheetPartsOf(zip)).get(name);
  if (!part) throw new Error(`no part for ${name}`);
  return partText(zip, part);
}

/** The same package with one part's text changed, as another program saving it would leave it. */
export async function withPart(
  bytes: Uint8Array,
  part: string,
  edit: (xml: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await partText(zip, part)));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** kdcl's mark as written in a package: the parsed `KDCL.output` property, or null. */
export async function markOf(bytes: Uint8Array): Promise<unknown> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("docProps/custom.xml")?.async("string")) ?? "";
  const m = /name="KDCL\.output"><vt:lpwstr>([^<]*)</.exec(xml);
  return m?.[1] ? JSON.parse(m[1].replace(/&quot;/g, '"')) : null;
}

/**
 * workbook.xml without what a report adds for our sheets: their `<sheet>` elements and their print
 * names (and the `<definedNames>` element when it held nothing else).
 */
export function withoutOurs(workbookXml: string, ours: readonly string[]): string {
  const escaped = (name: string): string =>
    name
      .replace(/&/g, "&amp;")
      .replace(/'/g, "&apos;")
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let xml = workbookXml;
  for (const name of ours) {
    xml = xml.replace(new RegExp(`<sheet name="${escaped(name)}"[^>]*/>`), "");
    xml = xml.replace(
      new RegExp(
        `<definedName name="_xlnm\\.Print_(Area|Titles)" localSheetId="\\d+">&apos;${escaped(name)}&apos;![^<]*</definedName>`,
        "g",
      ),
      "",
    );
  }
  return xml.replace("<definedNames></definedNames>", "");
}
