/**
 * xl/sharedStrings.xml → one string per <si>, as exceljs 4.4's SharedStringsXform builds it and as
 * the Grid sees it: plain text, or the runs of rich text joined (phonetic runs left out), with the
 * `_xHHHH_` escapes decoded. An <si> with neither reads as exceljs's `{}`, which the Grid sees as "".
 */
import { decodeEscapes, decodeText, isSpace, nameAt, skipMarkup, unsupported } from "./xml";

/** Scans one part; every position it reads stays below `end`. */
class Scanner {
  pos = 0;
  constructor(
    readonly xml: string,
    readonly end: number,
  ) {}

  /** Index of the next "<" (a tag), or throws when the part ends first. */
  next(): number {
    const lt = this.xml.indexOf("<", this.pos);
    if (lt < 0 || lt >= this.end) unsupported("unexpected end of part");
    return lt;
  }

  /** Past the attributes of the tag whose name ends at `i`; returns whether it was `<…/>`. */
  endOfTag(i: number): boolean {
    const xml = this.xml;
    for (;;) {
      while (isSpace(xml.charCodeAt(i))) i++;
      const c = xml.charCodeAt(i);
      if (c === 62) {
        this.pos = i + 1;
        return false;
      }
      if (c === 47) {
        if (xml.charCodeAt(i + 1) !== 62) unsupported("bad empty tag");
        this.pos = i + 2;
        return true;
      }
      let j = i;
      for (;;) {
        const d = xml.charCodeAt(j);
        if (d === 61 || isSpace(d)) break;
        if (d === 62 || d === 47 || d === 60 || Number.isNaN(d)) unsupported("bad attribute");
        j++;
      }
      while (isSpace(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== 61) unsupported("attribute without value");
      j++;
      while (isSpace(xml.charCodeAt(j))) j++;
      const q = xml.charCodeAt(j);
      if (q !== 34 && q !== 39) unsupported("unquoted attribute");
      const ve = xml.indexOf(q === 34 ? '"' : "'", j + 1);
      if (ve < 0 || ve >= this.end) unsupported("unterminated attribute");
      const lt = xml.indexOf("<", j);
      if (lt >= 0 && lt < ve) unsupported("< in attribute");
      i = ve + 1;
      const after = xml.charCodeAt(i);
      if (!isSpace(after) && after !== 62 && after !== 47) unsupported("attributes not separated");
    }
  }

  /** Expects `</name>` at `lt`. */
  close(lt: number, name: string): void {
    const xml = this.xml;
    if (xml.charCodeAt(lt + 1) !== 47 || !xml.startsWith(name, lt + 2)) unsupported(`expected </${name}>`);
    let i = lt + 2 + name.length;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 62) unsupported(`expected </${name}>`);
    this.pos = i + 1;
  }

  /** Text of a `<t>` element whose open tag has been read (not self-closing): up to its `</t>`. */
  text(): string {
    const lt = this.next();
    const raw = this.xml.slice(this.pos, lt);
    this.close(lt, "t");
    return decodeText(raw);
  }

  /** Skips the element whose open tag (named `name`) has just been read, with all it holds. */
  skipElement(name: string): void {
    const stack = [name];
    const xml = this.xml;
    while (stack.length > 0) {
      const lt = this.next();
      const c = xml.charCodeAt(lt + 1);
      if (c === 33 || c === 63) {
        this.pos = skipMarkup(xml, lt, this.end);
        continue;
      }
      if (c === 47) {
        const top = stack.pop() as string;
        this.close(lt, top);
        continue;
      }
      let i = lt + 1;
      while (i < this.end) {
        const d = xml.charCodeAt(i);
        if (isSpace(d) || d === 62 || d === 47) break;
        i++;
      }
      const child = xml.slice(lt + 1, i);
      if (!this.endOfTag(i)) stack.push(child);
    }
  }
}

/** Joined text of one rich-text run `<r>` (its `<rPr>` formatting skipped); the open tag is read. */
function run(s: Scanner): string {
  let text = "";
  for (;;) {
    const lt = s.next();
    const xml = s.xml;
    if (xml.charCodeAt(lt + 1) === 47) {
      s.close(lt, "r");
      return text;
    }
    if (nameAt(xml, lt + 1, "t")) {
      text = s.endOfTag(lt + 2) ? "" : decodeEscapes(s.text());
    } else if (nameAt(xml, lt + 1, "rPr")) {
      if (!s.endOfTag(lt + 4)) s.skipElement("rPr");
    } else {
      unsupported("unexpected element in a run");
    }
  }
}

/** One <si> whose open tag has been read (not self-closing). */
function item(s: Scanner): string {
  const xml = s.xml;
  let plain: string | undefined;
  let rich: string | undefined;
  for (;;) {
    const lt = s.next();
    const c = xml.charCodeAt(lt + 1);
    if (c === 47) {
      s.close(lt, "si");
      break;
    }
    if (c === 33 || c === 63) {
      if (xml.startsWith("<![CDATA[", lt)) unsupported("CDATA in a shared string");
      s.pos = skipMarkup(xml, lt, s.end);
      continue;
    }
    if (nameAt(xml, lt + 1, "t")) {
      plain = s.endOfTag(lt + 2) ? "" : decodeEscapes(s.text());
    } else if (nameAt(xml, lt + 1, "r")) {
      rich = (rich ?? "") + (s.endOfTag(lt + 2) ? "" : run(s));
    } else if (nameAt(xml, lt + 1, "rPh")) {
      if (!s.endOfTag(lt + 4)) s.skipElement("rPh");
    } else if (nameAt(xml, lt + 1, "phoneticPr")) {
      if (!s.endOfTag(lt + 11)) s.skipElement("phoneticPr");
    } else {
      unsupported("unexpected element in a shared string");
    }
  }
  // exceljs: a <t> replaces the item, a run adds to `richText`; mixing them is undefined behaviour.
  if (plain !== undefined && rich !== undefined) unsupported("text and runs in one shared string");
  return plain ?? rich ?? "";
}

export function readSharedStrings(xml: string): string[] {
  const s = new Scanner(xml, xml.length);
  const out: string[] = [];
  // Prolog: declaration, comments, then <sst>.
  for (;;) {
    const lt = s.next();
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 || c === 63) {
      if (!xml.startsWith("<!--", lt) && !xml.startsWith("<?", lt)) unsupported("markup before root");
      s.pos = skipMarkup(xml, lt, s.end);
      continue;
    }
    if (!nameAt(xml, lt + 1, "sst")) unsupported("shared strings root");
    if (s.endOfTag(lt + 4)) return out;
    break;
  }
  for (;;) {
    const lt = s.next();
    const c = xml.charCodeAt(lt + 1);
    if (c === 47) {
      s.close(lt, "sst");
      break;
    }
    if (c === 33 || c === 63) {
      s.pos = skipMarkup(xml, lt, s.end);
      continue;
    }
    // exceljs throws on anything but <si> in <sst>.
    if (!nameAt(xml, lt + 1, "si")) unsupported("unexpected element in sst");
    out.push(s.endOfTag(lt + 3) ? "" : item(s));
  }
  if (/\S/.test(xml.slice(s.pos))) {
    const rest = xml.slice(s.pos).replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, "");
    if (/\S/.test(rest)) unsupported("content after root");
  }
  return out;
}
