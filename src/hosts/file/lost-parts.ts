import JSZip from "jszip";
import { OWNER_NAMES, sheetOfReference } from "../../core/output/host";
import type { Lang } from "../../core/text/format";

/**
 * What the package says about our own sheets and about parts a copy would lose, read from the zip
 * without building a workbook: the ownership names in workbook.xml, and each sheet's drawings.
 */
export interface PackageFacts {
  /** Sheets the add-in wrote ("Tổng hợp", "Kết quả kiểm tra"): results, never lists to check. */
  readonly ownedSheets: readonly string[];
  /** Parts of the user's that exceljs cannot carry into a copy, in the user's words. */
  readonly notCopied: readonly string[];
}

const decode = (s: string): string =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m?.[1] !== undefined ? decode(m[1]) : null;
};

const LOST: readonly { readonly test: RegExp; readonly what: Readonly<Record<Lang, string>> }[] = [
  { test: /^xl\/pivotTables\//, what: { vi: "bảng tổng hợp động (PivotTable)", en: "pivot tables" } },
  { test: /^xl\/slicers\//, what: { vi: "bộ lọc slicer", en: "slicers" } },
  { test: /^xl\/vbaProject\.bin$/, what: { vi: "macro VBA", en: "VBA macros" } },
  { test: /^xl\/media\//, what: { vi: "hình ảnh", en: "pictures" } },
];
const CHARTS = { vi: "biểu đồ", en: "charts" } as const;

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}

/** Never throws: a package we cannot read has no facts, and the reader reports it elsewhere. */
export async function packageFacts(bytes: Uint8Array, lang: Lang): Promise<PackageFacts> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ownedSheets: [], notCopied: [] };
  }
  const workbook = await text(zip, "xl/workbook.xml");
  const owned = new Set<string>();
  const ownerNames = new Set(Object.values(OWNER_NAMES));
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = attr(m[1] ?? "", "name");
    const sheet = name && ownerNames.has(name) ? sheetOfReference(decode(m[2] ?? "")) : null;
    if (sheet) owned.add(sheet);
  }
  // Sheet name → its part, to tell the user's charts from the one we draw on "Tổng hợp".
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1] ?? "", "Id");
    const t = attr(m[1] ?? "", "Target");
    if (id && t) target.set(id, t.replace(/^\/?(xl\/)?/, "xl/"));
  }
  let userCharts = false;
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attr(m[1] ?? "", "name");
    const part = target.get(attr(m[1] ?? "", "r:id") ?? "");
    if (!name || !part || owned.has(name)) continue;
    const sheetRels = await text(zip, part.replace(/([^/]+)$/, "_rels/$1.rels"));
    if (
      /relationships\/drawing"/.test(sheetRels) &&
      Object.keys(zip.files).some((n) => n.startsWith("xl/charts/"))
    ) {
      userCharts = true;
    }
  }
  const names = Object.keys(zip.files);
  const notCopied = [
    ...(userCharts ? [CHARTS[lang]] : []),
    ...LOST.filter((p) => names.some((n) => p.test.test(n))).map((p) => p.what[lang]),
  ];
  return { ownedSheets: [...owned], notCopied };
}
