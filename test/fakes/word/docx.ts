/**
 * What Word makes of an inserted .docx, as far as the fake needs it: the body's top-level content, with
 * each block-level content control (w:sdt) kept as a control (tag, title and its paragraphs) and the
 * rest as the plain content between them. Paragraph text is what Word reports: w:t as written, a
 * w:br as "\v", a w:tab as "\t". Uses no Node API (JSZip runs in the browser too).
 */
import JSZip from "jszip";

export type DocxItem =
  | { readonly kind: "content"; readonly paragraphs: readonly string[] }
  | {
      readonly kind: "control";
      readonly tag: string;
      readonly title: string;
      readonly items: readonly DocxItem[];
    };

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e.startsWith("#x")
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e] ?? ""),
  );
}

/** The element's children that are elements, as [name, whole xml] in order. */
function children(xml: string): [string, string][] {
  const out: [string, string][] = [];
  const tag = /<(\/?)([A-Za-z0-9:]+)[^>]*?(\/?)>/g;
  let depth = 0;
  let start = 0;
  let name = "";
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [whole, closing, tagName, selfClosing] = m;
    if (closing) {
      depth -= 1;
      if (depth === 0) out.push([name, xml.slice(start, m.index + whole.length)]);
    } else if (selfClosing) {
      if (depth === 0) out.push([tagName ?? "", whole]);
    } else {
      if (depth === 0) {
        start = m.index;
        name = tagName ?? "";
      }
      depth += 1;
    }
  }
  return out;
}

function inner(xml: string): string {
  const open = xml.indexOf(">");
  const close = xml.lastIndexOf("</");
  return open < 0 || close < open ? "" : xml.slice(open + 1, close);
}

function paragraphText(p: string): string {
  let text = "";
  for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\b[^>]*\/>|<w:tab\/>/g)) {
    if (m[0].startsWith("<w:br")) text += "\v";
    else if (m[0] === "<w:tab/>") text += "\t";
    else text += decode(m[1] ?? "");
  }
  return text;
}

function val(props: string, name: string): string {
  const m = new RegExp(`<${name}\\b[^>]*\\bw:val="([^"]*)"`).exec(props);
  return m ? decode(m[1] ?? "") : "";
}

/** The paragraphs of a block (a table's cells' paragraphs, row by row). */
function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) => paragraphText(m[0]));
}

function items(body: string): DocxItem[] {
  const out: DocxItem[] = [];
  let content: string[] | null = null;
  for (const [name, xml] of children(body)) {
    if (name === "w:sectPr") continue;
    if (name === "w:sdt") {
      content = null;
      const parts = children(inner(xml));
      const props = parts.find(([n]) => n === "w:sdtPr")?.[1] ?? "";
      const sdtContent = parts.find(([n]) => n === "w:sdtContent")?.[1] ?? "";
      out.push({
        kind: "control",
        tag: val(props, "w:tag"),
        title: val(props, "w:alias"),
        items: items(inner(sdtContent)),
      });
      continue;
    }
    if (!content) {
      content = [];
      out.push({ kind: "content", paragraphs: content });
    }
    for (const p of paragraphsOf(xml)) content.push(p);
  }
  return out;
}

/** The body of a .docx package as Word would insert it; throws on a package without a document. */
export async function docxItems(bytes: Uint8Array): Promise<DocxItem[]> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("word/document.xml");
  if (!file) throw new Error("no word/document.xml");
  const xml = await file.async("string");
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? "";
  return items(body);
}
