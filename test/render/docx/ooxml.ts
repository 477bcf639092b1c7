/**
 * Just enough WordprocessingML reading for tests: the parts of a .docx, its paragraphs with their
 * style and text, its tables as rows of cell texts, and a well-formedness check.
 */
import JSZip from "jszip";

export interface DocxParts {
  readonly document: string;
  readonly styles: string;
  readonly headers: readonly string[];
  readonly core: string;
}

export async function docxParts(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the package`);
    return file.async("string");
  };
  const headerNames = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
  return {
    document: await read("word/document.xml"),
    styles: await read("word/styles.xml"),
    headers: await Promise.all(headerNames.map(read)),
    core: await read("docProps/core.xml"),
  };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e.startsWith("#x")
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e] ?? ""),
  );
}

/** The text of the w:t elements of a piece of XML, decoded. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? "")).join("");
}

export interface Para {
  readonly style: string | null;
  readonly text: string;
  readonly xml: string;
}

export function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(m[0])?.[1] ?? null,
    text: textOf(m[0]),
    xml: m[0],
  }));
}

/** The body without its tables (tables do not nest in our documents). */
export function withoutTables(xml: string): string {
  return xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
}

export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

/** A table's rows as cell texts. */
export function rows(table: string): string[][] {
  return [...table.matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => textOf(tc[0])),
  );
}

/** The value of `attr` on the first `tag` element, e.g. attribute(xml, "w:pgSz", "w:w"). */
export function attribute(xml: string, tag: string, attr: string): string | null {
  const element = new RegExp(`<${tag}(\\s[^>]*)?/?>`).exec(xml);
  if (!element) return null;
  return new RegExp(`\\s${attr}="([^"]*)"`).exec(element[1] ?? "")?.[1] ?? null;
}

/**
 * Whether the XML is well formed as far as text escaping can break it: tags nest and close in order,
 * no text or attribute holds a bare "<" or an "&" that starts no entity.
 */
export function wellFormedProblem(xml: string): string | null {
  const badAmp = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml);
  if (badAmp) return `bare & at ${badAmp.index}: ${xml.slice(badAmp.index, badAmp.index + 30)}`;
  const stack: string[] = [];
  const tag = /<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+="[^"<]*")*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->/g;
  let last = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (xml.slice(last, m.index).includes("<")) return `stray < before ${m.index}`;
    last = m.index + m[0].length;
    const [, closing, name, , selfClosing] = m;
    if (!name) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open ?? "nothing"}>`;
    } else if (!selfClosing) {
      stack.push(name);
    }
  }
  if (xml.slice(last).includes("<")) return "stray < at the end";
  return stack.length === 0 ? null : `unclosed <${stack.join("><")}>`;
}
