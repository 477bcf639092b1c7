/**
 * Custom document properties (`docProps/custom.xml`, the ones Excel and Word show under File › Info ›
 * Properties › Advanced › Custom). The add-in keeps its settings there, and kdcl marks its outputs
 * there. They survive Office opening and saving the file and touch no sheet. Editing keeps every
 * other property exactly as written and replaces only the named ones.
 */
import { maxOf } from "../../../core/arrays";
export const CUSTOM_PART = "docProps/custom.xml";
export const CUSTOM_REL_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
export const CUSTOM_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
/** The format id every user-defined property carries. */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

export const decodeXml = (s: string): string =>
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
  return v === undefined ? null : decodeXml(v);
}

export interface CustomProperty {
  readonly name: string;
  readonly pid: number;
  /** The text of a string-typed property, else null. */
  readonly text: string | null;
  /** The element as written, to keep the user's properties exactly. */
  readonly xml: string;
}

const PROPERTY = /<((?:[\w.-]+:)?property)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1\s*>)/g;

export function propertiesOf(xml: string): CustomProperty[] {
  const out: CustomProperty[] = [];
  for (const m of xml.matchAll(PROPERTY)) {
    const name = attribute(m[2] ?? "", "name");
    if (name === null) continue;
    const text = /<(?:[\w.-]+:)?(?:lpwstr|lpstr|bstr)\b[^>]*>([\s\S]*?)<\//.exec(m[3] ?? "")?.[1];
    out.push({
      name,
      pid: Number(attribute(m[2] ?? "", "pid")) || 0,
      text: text === undefined ? null : decodeXml(text),
      xml: m[0],
    });
  }
  return out;
}

/** The text of one property, or null. */
export function propertyText(xml: string | null, name: string): string | null {
  if (xml === null) return null;
  return propertiesOf(xml).find((p) => p.name === name)?.text ?? null;
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

/** Text an XML 1.0 document can hold: U+FFFE and U+FFFF written as JSON-style escapes. */
const xmlSafe = (text: string): string =>
  text.replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

/**
 * The custom-properties part with every property of `original` kept except those `replaces`
 * names, and `ours` (name → text) added after them; null when nothing is left to write.
 */
export function customPropertiesXml(
  original: string | null,
  replaces: (name: string) => boolean,
  ours: readonly { readonly name: string; readonly text: string }[],
): string | null {
  const kept = original === null ? [] : propertiesOf(original).filter((p) => !replaces(p.name));
  if (kept.length === 0 && ours.length === 0) return null;
  let pid = maxOf(
    kept.map((p) => p.pid),
    1,
  );
  const added = ours.map(({ name, text }) => {
    pid += 1;
    return `<property fmtid="${FMTID}" pid="${pid}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(xmlSafe(text))}</vt:lpwstr></property>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Properties${rootDeclarations(original)}>${kept.map((p) => p.xml).join("")}${added.join("")}</Properties>`
  );
}
