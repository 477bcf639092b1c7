/**
 * The add-in's settings as custom document properties (`docProps/custom.xml`, the ones Excel shows
 * under File › Info › Properties › Advanced › Custom). They survive Excel opening and saving the file,
 * touch no sheet (the checker and the CLI never see them), and Excel's own API can read them
 * (`workbook.properties.custom`, ExcelApi 1.7).
 *
 * All settings go as one JSON text, cut into properties of at most 255 characters — Office keeps a
 * text property to that length — named `KDCL.settings`, `KDCL.settings.2`, `KDCL.settings.3`…
 *
 * exceljs drops `docProps/custom.xml` when it writes a workbook, so the page keeps the part it read
 * and writes it back into the downloaded package: the user's own custom properties are kept as they
 * were, and only ours are replaced.
 */
import JSZip from "jszip";

export const SETTINGS_PROPERTY = "KDCL.settings";
const PART = "docProps/custom.xml";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
/** The format id every user-defined property carries. */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const CHUNK = 255;

const decode = (s: string): string =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  const v = m?.[1] ?? m?.[2];
  return v === undefined ? null : decode(v);
}

interface Property {
  readonly name: string;
  readonly pid: number;
  /** The text of a string-typed property, else null. */
  readonly text: string | null;
  /** The element as written, to keep the user's properties exactly. */
  readonly xml: string;
}

const PROPERTY = /<((?:[\w.-]+:)?property)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1\s*>)/g;

function propertiesOf(xml: string): Property[] {
  const out: Property[] = [];
  for (const m of xml.matchAll(PROPERTY)) {
    const name = attribute(m[2] ?? "", "name");
    if (name === null) continue;
    const text = /<(?:[\w.-]+:)?(?:lpwstr|lpstr|bstr)\b[^>]*>([\s\S]*?)<\//.exec(m[3] ?? "")?.[1];
    out.push({
      name,
      pid: Number(attribute(m[2] ?? "", "pid")) || 0,
      text: text === undefined ? null : decode(text),
      xml: m[0],
    });
  }
  return out;
}

const isOurs = (name: string): boolean => name === SETTINGS_PROPERTY || /^KDCL\.settings\.\d+$/.test(name);

/** The settings kept in a custom-properties part; {} when there are none or they are unreadable. */
export function settingsFromCustomXml(xml: string | null): Record<string, unknown> {
  if (xml === null) return {};
  const chunks = new Map<number, string>();
  for (const p of propertiesOf(xml)) {
    if (p.text === null || !isOurs(p.name)) continue;
    chunks.set(p.name === SETTINGS_PROPERTY ? 1 : Number(p.name.slice(SETTINGS_PROPERTY.length + 1)), p.text);
  }
  let json = "";
  for (let i = 1; chunks.has(i); i++) json += chunks.get(i);
  if (json === "") return {};
  try {
    const value = JSON.parse(json) as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** JSON cut into pieces of at most `size` UTF-16 units, never inside a surrogate pair. */
export function chunksOf(text: string, size = CHUNK): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    if (end < text.length && /[\ud800-\udbff]/.test(text.charAt(end - 1))) end -= 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/** The namespace declarations of the original root, so kept properties keep their prefixes. */
function rootDeclarations(xml: string | null): string {
  const root = xml === null ? null : /<(?:[\w.-]+:)?Properties\b([^>]*)>/.exec(xml)?.[1];
  const decls = new Map<string, string>([
    ["xmlns", NS],
    ["xmlns:vt", VT],
  ]);
  if (root) {
    for (const m of root.matchAll(/\s(xmlns(?::[\w.-]+)?)\s*=\s*"([^"]*)"/g)) {
      if (m[1] && m[2] !== undefined && !decls.has(m[1])) decls.set(m[1], m[2]);
    }
  }
  return [...decls].map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
}

/**
 * The custom-properties part with the user's properties of `original` kept and ours set to
 * `settings`; null when there is nothing to write.
 */
export function customXmlWith(
  original: string | null,
  settings: Readonly<Record<string, unknown>>,
): string | null {
  const kept = original === null ? [] : propertiesOf(original).filter((p) => !isOurs(p.name));
  // JSON.stringify escapes control characters and lone surrogates; U+FFFE/U+FFFF are not XML either.
  const json =
    Object.keys(settings).length === 0
      ? ""
      : JSON.stringify(settings).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  if (kept.length === 0 && json === "") return null;
  let pid = Math.max(1, ...kept.map((p) => p.pid));
  const ours = chunksOf(json).map((text, i) => {
    pid += 1;
    const name = i === 0 ? SETTINGS_PROPERTY : `${SETTINGS_PROPERTY}.${i + 1}`;
    return `<property fmtid="${FMTID}" pid="${pid}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(text)}</vt:lpwstr></property>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Properties${rootDeclarations(original)}>${kept.map((p) => p.xml).join("")}${ours.join("")}</Properties>`
  );
}

/** The custom-properties part of a package, or null (no part, or not a zip). */
export async function readCustomXml(bytes: Uint8Array): Promise<string | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    return (await zip.file(PART)?.async("string")) ?? null;
  } catch {
    return null;
  }
}

/** The package with `docProps/custom.xml` set to `xml` (and its relationship and content type). */
export async function withCustomXml(bytes: Uint8Array, xml: string | null): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  if (xml === null && !zip.file(PART)) return bytes;
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  let rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  if (xml === null) {
    zip.remove(PART);
    types = types.replace(/<Override\b[^>]*PartName="\/docProps\/custom\.xml"[^>]*\/>/g, "");
    rels = rels.replace(/<Relationship\b[^>]*Target="\/?docProps\/custom\.xml"[^>]*\/>/g, "");
  } else {
    zip.file(PART, xml);
    if (!types.includes(`PartName="/${PART}"`)) {
      types = types.replace(
        "</Types>",
        `<Override PartName="/${PART}" ContentType="${CONTENT_TYPE}"/></Types>`,
      );
    }
    if (!rels.includes(REL_TYPE)) {
      const ids = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
      let n = 1;
      while (ids.has(`rId${n}`)) n++;
      rels = rels.replace(
        "</Relationships>",
        `<Relationship Id="rId${n}" Type="${REL_TYPE}" Target="${PART}"/></Relationships>`,
      );
    }
  }
  zip.file("[Content_Types].xml", types);
  zip.file("_rels/.rels", rels);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
