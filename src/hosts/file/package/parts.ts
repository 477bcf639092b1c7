/**
 * Reading and editing the few XML parts that tie a package together, as text: relationships,
 * content types, the workbook's sheet list. Edits are minimal (an element removed, an element
 * added), so everything else in these parts stays exactly as the user's file had it.
 */
import { decodeXml } from "./custom-properties";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const REL = {
  officeDocument: `${REL_NS}/officeDocument`,
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  table: `${REL_NS}/table`,
  drawing: `${REL_NS}/drawing`,
  chart: `${REL_NS}/chart`,
  calcChain: `${REL_NS}/calcChain`,
} as const;

export const CONTENT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  macroWorkbook: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
} as const;

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Attributes of one start tag, values decoded; names keep their prefixes ("r:id"). */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out.set(m[1] as string, decodeXml(m[3] ?? m[4] ?? ""));
  }
  return out;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that holds it. */
export function resolveTarget(fromPart: string, target: string): string {
  const clean = target.split("#")[0] ?? "";
  if (clean.startsWith("/")) return clean.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of clean.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** The target a part at `fromPart` writes to reach `toPart` ("../tables/table3.xml"). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** The element exactly as written, to remove it without touching the rest. */
  readonly xml: string;
}

export function parseRels(xml: string | null): Rel[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return {
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target: a.get("Target") ?? "",
      external: a.get("TargetMode") === "External",
      xml: m[0],
    };
  });
}

export function relXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
}

export function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return `${XML_HEAD}<Relationships xmlns="${PKG_RELS_NS}">${rels
    .map((r) => relXml(r.id, r.type, r.target))
    .join("")}</Relationships>`;
}

/** The first "rIdN" not in use. */
export function freeRelId(used: ReadonlySet<string>): string {
  for (let i = 1; ; i++) if (!used.has(`rId${i}`)) return `rId${i}`;
}

/** Inserts `xml` just before the closing tag of the root element `local` (any prefix). */
export function insertBeforeClose(doc: string, local: string, xml: string): string {
  const m = new RegExp(`</(?:[\\w.-]+:)?${local}\\s*>(?![\\s\\S]*</(?:[\\w.-]+:)?${local}\\s*>)`).exec(doc);
  if (!m) {
    // A root written empty, "<Relationships …/>", is opened to take children.
    const empty = new RegExp(`<((?:[\\w.-]+:)?${local})\\b([^>]*?)\\s*/>`).exec(doc);
    if (!empty) throw new Error(`no <${local}> element`);
    return `${doc.slice(0, empty.index)}<${empty[1]}${empty[2]}>${xml}</${empty[1]}>${doc.slice(empty.index + empty[0].length)}`;
  }
  return doc.slice(0, m.index) + xml + doc.slice(m.index);
}

/** Removes each of these exact element texts once. */
export function removeElements(doc: string, elements: readonly string[]): string {
  let out = doc;
  for (const el of elements) {
    const at = out.indexOf(el);
    if (at >= 0) out = out.slice(0, at) + out.slice(at + el.length);
  }
  return out;
}

export interface ContentTypes {
  readonly defaults: ReadonlyMap<string, string>;
  /** Part name (without the leading "/", as zip entries are named) → content type. */
  readonly overrides: ReadonlyMap<string, string>;
  readonly overrideXml: ReadonlyMap<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  const overrideXml = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?(Default|Override)\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const type = a.get("ContentType") ?? "";
    if (m[1] === "Default") defaults.set((a.get("Extension") ?? "").toLowerCase(), type);
    else {
      const part = (a.get("PartName") ?? "").replace(/^\//, "");
      // Part names compare case-insensitively in a package.
      overrides.set(part.toLowerCase(), type);
      overrideXml.set(part.toLowerCase(), m[0]);
    }
  }
  return { defaults, overrides, overrideXml };
}

/** The content type of a part: its override, else the default of its extension. */
export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  return (
    types.overrides.get(part.toLowerCase()) ?? types.defaults.get((part.split(".").pop() ?? "").toLowerCase())
  );
}

export function overrideXml(part: string, type: string): string {
  return `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`;
}

export interface SheetElement {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The element exactly as written in workbook.xml. */
  readonly xml: string;
}

/** The `<sheet>` elements of workbook.xml, in tab order. */
export function sheetsOf(workbookXml: string): SheetElement[] {
  const list =
    /<(?:[\w.-]+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?sheets\s*>/.exec(workbookXml)?.[1] ?? "";
  return [...list.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    let relId = "";
    for (const [k, v] of a) if (/^[\w.-]+:id$/.test(k)) relId = v;
    return { name: a.get("name") ?? "", sheetId: Number(a.get("sheetId")), relId, xml: m[0] };
  });
}

/** The namespace prefix ("x:" or "") the root element of a part uses. */
export function rootPrefix(xml: string): string {
  const m = /<([\w.-]+:)?[\w.-]+[\s>/]/.exec(
    xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, ""),
  );
  return m?.[1] ?? "";
}

/** The prefix bound to the relationships namespace on the root element, if any ("r"). */
export function relationshipsPrefix(xml: string): string | null {
  for (const m of xml.matchAll(/\sxmlns:([\w.-]+)\s*=\s*"([^"]*)"/g))
    if (m[2] === REL_NS) return m[1] ?? null;
  return null;
}
