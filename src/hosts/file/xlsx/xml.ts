/**
 * Small XML helpers for the lean .xlsx reader: entity decoding exactly as saxes (the parser exceljs
 * uses) does it, and a strict little tree parser for the small parts (workbook, rels, styles, tables
 * and the non-cell part of a worksheet). Anything outside what these handle throws `Unsupported`,
 * and the caller falls back to exceljs, so an odd file is never misread.
 */

/** The lean reader cannot vouch for this input; the exceljs path must read it. */
export class Unsupported extends Error {
  override readonly name = "Unsupported";
}

export function unsupported(why: string): never {
  throw new Unsupported(why);
}

/** Characters allowed in XML 1.0 (saxes rejects a character reference to anything else). */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Replaces the five predefined entities and character references; any other entity is an error in saxes. */
function decodeEntities(s: string): string {
  let out = "";
  let last = 0;
  let amp = s.indexOf("&");
  while (amp >= 0) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0) unsupported("unterminated entity");
    const name = s.slice(amp + 1, semi);
    let ch: string;
    switch (name) {
      case "lt":
        ch = "<";
        break;
      case "gt":
        ch = ">";
        break;
      case "amp":
        ch = "&";
        break;
      case "quot":
        ch = '"';
        break;
      case "apos":
        ch = "'";
        break;
      default: {
        const m = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(name);
        if (!m) unsupported(`entity &${name};`);
        const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
        if (!isXmlChar(cp)) unsupported("character reference to a disallowed character");
        ch = String.fromCodePoint(cp);
      }
    }
    out += s.slice(last, amp) + ch;
    last = semi + 1;
    amp = s.indexOf("&", last);
  }
  return out + s.slice(last);
}

/** Character data as saxes reports it: line ends normalised to \n, then references replaced. */
export function decodeText(raw: string): string {
  let s = raw;
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  return s.indexOf("&") >= 0 ? decodeEntities(s) : s;
}

/** An attribute value as saxes reports it: line ends and tabs become spaces, then references replaced. */
export function decodeAttr(raw: string): string {
  let s = raw;
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  if (s.indexOf("\n") >= 0 || s.indexOf("\t") >= 0) s = s.replace(/[\t\n]/g, " ");
  return s.indexOf("&") >= 0 ? decodeEntities(s) : s;
}

/** exceljs's `utils.xmlDecode`, which it applies a second time to some already-decoded strings. */
export function xmlDecode(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

/** The `_xHHHH_` escapes of shared-string text, decoded as exceljs's TextXform does (upper-case hex only). */
export function decodeEscapes(text: string): string {
  return text.indexOf("_x") >= 0
    ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Is `name` at `pos` followed by a character that ends a tag name? */
export function nameAt(xml: string, pos: number, name: string): boolean {
  if (!xml.startsWith(name, pos)) return false;
  const c = xml.charCodeAt(pos + name.length);
  return isSpace(c) || c === 62 /* > */ || c === 47; /* / */
}

/** Index just past the comment, processing instruction or CDATA section at `lt`. */
export function skipMarkup(xml: string, lt: number, limit: number): number {
  let close: string;
  if (xml.startsWith("<!--", lt)) close = "-->";
  else if (xml.startsWith("<?", lt)) close = "?>";
  else if (xml.startsWith("<![CDATA[", lt)) close = "]]>";
  else return unsupported("DOCTYPE or unknown markup");
  const end = xml.indexOf(close, lt + 2);
  if (end < 0 || end + close.length > limit) unsupported("unterminated markup");
  return end + close.length;
}

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** For the opaque element: its content, not parsed here. */
  contentStart: number;
  contentEnd: number;
}

function readName(xml: string, pos: number): number {
  let i = pos;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (Number.isNaN(c) || isSpace(c) || c === 62 || c === 47 || c === 61 || c === 60) break;
    i++;
  }
  if (i === pos) unsupported("empty name");
  return i;
}

/**
 * Parses a whole (small) XML document into elements; text is dropped, as none of the parts read
 * with it carries values in text. Elements named `opaque` keep their content unparsed (the sheet's
 * cells), located by its closing tag. Malformed XML throws Unsupported: exceljs would reject it too.
 */
export function parseXml(xml: string, opaque?: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf("<", pos);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > pos) {
      const text = xml.slice(pos, textEnd);
      if (stack.length === 0) {
        if (/\S/.test(text)) unsupported("text outside the root element");
      } else if (text.indexOf("&") >= 0) {
        decodeText(text); // saxes rejects an unknown entity anywhere
      }
    }
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      if (c === 33 && xml.startsWith("<![CDATA[", lt) && stack.length === 0)
        unsupported("CDATA outside root");
      pos = skipMarkup(xml, lt, xml.length);
      continue;
    }
    if (c === 47 /* / */) {
      const ne = readName(xml, lt + 2);
      const name = xml.slice(lt + 2, ne);
      let i = ne;
      while (isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== 62) unsupported("bad close tag");
      const top = stack.pop();
      if (!top || top.name !== name) unsupported("mismatched close tag");
      pos = i + 1;
      continue;
    }
    const ne = readName(xml, lt + 1);
    const name = xml.slice(lt + 1, ne);
    const attrs = Object.create(null) as Record<string, string>;
    let i = ne;
    let selfClosing = false;
    for (;;) {
      const sp = i;
      while (isSpace(xml.charCodeAt(i))) i++;
      const a = xml.charCodeAt(i);
      if (a === 62) {
        i++;
        break;
      }
      if (a === 47) {
        if (xml.charCodeAt(i + 1) !== 62) unsupported("bad empty tag");
        selfClosing = true;
        i += 2;
        break;
      }
      if (i === sp) unsupported("attributes not separated");
      const an = readName(xml, i);
      const attrName = xml.slice(i, an);
      i = an;
      while (isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== 61) unsupported("attribute without value");
      i++;
      while (isSpace(xml.charCodeAt(i))) i++;
      const q = xml.charCodeAt(i);
      if (q !== 34 && q !== 39) unsupported("unquoted attribute");
      const ve = xml.indexOf(q === 34 ? '"' : "'", i + 1);
      if (ve < 0) unsupported("unterminated attribute");
      const raw = xml.slice(i + 1, ve);
      if (raw.indexOf("<") >= 0) unsupported("< in attribute");
      if (attrName in attrs) unsupported("duplicate attribute");
      attrs[attrName] = decodeAttr(raw);
      i = ve + 1;
    }
    const el: XmlElement = { name, attrs, children: [], contentStart: i, contentEnd: i };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else if (root) unsupported("more than one root element");
    else root = el;
    if (selfClosing) {
      pos = i;
      continue;
    }
    if (name === opaque) {
      // From the end: the sheet's cells are most of the part, and their end is near its end. Should
      // the text in between not be the element's content after all, its own scanner refuses it.
      const close = xml.lastIndexOf(`</${name}`);
      if (close < i) unsupported("unclosed element");
      let j = close + 2 + name.length;
      while (isSpace(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== 62) unsupported("bad close tag");
      el.contentEnd = close;
      pos = j + 1;
      continue;
    }
    stack.push(el);
    pos = i;
  }
  if (!root || stack.length > 0) unsupported("unclosed element");
  return root;
}

/**
 * exceljs's xforms look an element up in their map only while no child parser is active: an element
 * whose name is not in the map is ignored but its children are looked up again, at any depth. This
 * visits the elements such a parser claims, in document order.
 */
export function claimed(el: XmlElement, keys: ReadonlySet<string>, visit: (el: XmlElement) => void): void {
  for (const child of el.children) {
    if (keys.has(child.name)) visit(child);
    else claimed(child, keys, visit);
  }
}

/** Children of an exceljs ListXform: anything but childless `name` elements would end its list early. */
export function listItems(el: XmlElement, name: string): XmlElement[] {
  for (const child of el.children) {
    if (child.name !== name || child.children.length > 0)
      unsupported(`unexpected <${child.name}> in <${el.name}>`);
  }
  return el.children;
}

/** A lookup in an object literal, as exceljs does it: inherited keys (`constructor`…) would misbehave. */
export function own<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  if (Object.prototype.hasOwnProperty.call(map, key)) return map[key];
  if (key in Object.prototype) unsupported(`key ${key}`);
  return undefined;
}
