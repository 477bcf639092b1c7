import JSZip from "jszip";
import type { Lang } from "../../core/text/format";

/**
 * What a copy written through exceljs (the standalone page's download) cannot carry over from the
 * user's package, in the user's words: charts on the user's sheets, pivot tables, slicers, macros,
 * pictures. Read from the zip without building a workbook. `kdcl report` copies every part as it is
 * and loses none of these.
 */
const LOST: readonly { readonly test: RegExp; readonly what: Readonly<Record<Lang, string>> }[] = [
  { test: /^xl\/pivotTables\//, what: { vi: "bảng tổng hợp động (PivotTable)", en: "pivot tables" } },
  { test: /^xl\/slicers\//, what: { vi: "bộ lọc slicer", en: "slicers" } },
  { test: /^xl\/vbaProject\.bin$/, what: { vi: "macro VBA", en: "VBA macros" } },
  { test: /^xl\/media\//, what: { vi: "hình ảnh", en: "pictures" } },
];
const CHARTS = { vi: "biểu đồ", en: "charts" } as const;

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

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}

/** Never throws: a package that cannot be read loses nothing here (the reader reports it). */
export async function partsExceljsLoses(
  bytes: Uint8Array,
  ownedSheets: readonly string[],
  lang: Lang,
): Promise<string[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return [];
  }
  const workbook = await text(zip, "xl/workbook.xml");
  // Sheet name → its part, to tell the user's charts from the one we draw on "Tổng hợp".
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1] ?? "", "Id");
    const t = attr(m[1] ?? "", "Target");
    if (id && t) target.set(id, t.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const names = Object.keys(zip.files);
  let userCharts = false;
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attr(m[1] ?? "", "name");
    const part = target.get(attr(m[1] ?? "", "r:id") ?? "");
    if (!name || !part || ownedSheets.includes(name)) continue;
    const sheetRels = await text(zip, part.replace(/([^/]+)$/, "_rels/$1.rels"));
    if (/relationships\/drawing"/.test(sheetRels) && names.some((n) => n.startsWith("xl/charts/"))) {
      userCharts = true;
    }
  }
  return [
    ...(userCharts ? [CHARTS[lang]] : []),
    ...LOST.filter((p) => names.some((n) => p.test.test(n))).map((p) => p.what[lang]),
  ];
}
