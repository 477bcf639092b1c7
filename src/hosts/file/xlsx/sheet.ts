/**
 * One worksheet part → the Grid that `gridFromWorksheet` (../workbook.ts) builds from exceljs 4.4,
 * without exceljs's object model. The cell scanner below mirrors exceljs's CellXform/RowXform and
 * the worksheet's reconcile step (shared strings, date styles, shared formulas, hyperlinks), then
 * what exceljs's Worksheet/Row/Cell do with the result (merges, which rows `eachRow` visits) and
 * what `toCellValue` makes of each value. Whatever it does not mirror exactly throws Unsupported.
 */
import type { CellError, CellRange, CellValue, Grid } from "../../../core/grid";
import type { Styles } from "./styles";
import type { Relationship } from "./workbook";
import {
  claimed,
  decodeAttr,
  decodeEscapes,
  decodeText,
  isSpace,
  listItems,
  own,
  parseXml,
  skipMarkup,
  unsupported,
  xmlDecode,
  type XmlElement,
} from "./xml";

export interface SheetInput {
  readonly name: string;
  readonly xml: string;
  /** The sheet's relationships by Id (empty when it has no rels part). */
  readonly rels: Readonly<Record<string, Relationship>>;
  readonly sharedStrings: readonly string[] | null;
  readonly styles: Styles | null;
  readonly date1904: boolean;
}

export interface SheetResult {
  readonly grid: Omit<Grid, "tables">;
  /** Relationship targets of the sheet's table parts, in order. */
  readonly tableTargets: readonly string[];
}

/** Elements WorksheetXform claims wherever no child parser is active. */
const WORKSHEET_KEYS = new Set([
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "autoFilter",
  "mergeCells",
  "rowBreaks",
  "hyperlinks",
  "pageMargins",
  "dataValidations",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "sheetProtection",
  "tableParts",
  "conditionalFormatting",
  "extLst",
  // Not a key, but exceljs would start the sheet over on meeting it.
  "worksheet",
]);

// The cell types exceljs's CellXform distinguishes (`t` attribute).
const T_NUMBER = 0; // absent or anything else: parseFloat
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;

const MAX_COL = 16_384;
const MAX_ROW = 1_048_576;

/** exceljs's `utils.excelToDate`, with its operand coerced as `v - 25569` would coerce it. */
function excelToDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

type Raw = string | number | boolean | Date | CellError;

/** `toCellValue` of ../workbook.ts for the plain values a cell model can hold. */
function toCell(v: Raw): CellValue {
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  return { error: v.error };
}

/** A hyperlink cell: `toCellValue` of `{ text, hyperlink }`, i.e. `textOf(text)` or null. */
function linkText(v: Raw | undefined): CellValue {
  let t = "";
  if (typeof v === "string") t = v;
  else if (typeof v === "number" || typeof v === "boolean") t = String(v);
  return t === "" ? null : t;
}

function parseRef(ref: string): CellRange {
  const m = /^([A-Z]{1,3})([0-9]+)(?::([A-Z]{1,3})([0-9]+))?$/.exec(ref);
  if (!m || !m[1] || !m[2]) return unsupported(`merge ${ref}`);
  const col = (letters: string): number => {
    let n = 0;
    for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
    return n;
  };
  const r1 = Number(m[2]);
  const c1 = col(m[1]);
  const r2 = m[4] !== undefined ? Number(m[4]) : r1;
  const c2 = m[3] !== undefined ? col(m[3]) : c1;
  if (r1 < 1 || r2 < 1 || c1 > MAX_COL || c2 > MAX_COL || r1 > MAX_ROW || r2 > MAX_ROW)
    unsupported(`merge ${ref}`);
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** The rows and cells of <sheetData>, scanned by hand: the hot path of the whole reader. */
class SheetDataScanner {
  pos: number;
  // The attribute just read by nextAttr(): name and value spans.
  private ns = 0;
  private ne = 0;
  private vs = 0;
  private ve = 0;
  /** Did the tag just finished end with "/>"? */
  private selfClosing = false;

  readonly cells: CellValue[][] = [];
  private prevRow = 0;
  private readonly formulae = Object.create(null) as Record<string, string>;

  // The cell just read: its column, and whether exceljs gives it a non-Null type (a visited row).
  private col = 0;
  private counts = false;

  constructor(
    private readonly xml: string,
    start: number,
    private readonly end: number,
    private readonly sst: readonly string[] | null,
    private readonly styles: Styles | null,
    private readonly date1904: boolean,
    private readonly links: Readonly<Record<string, string | undefined>> | null,
  ) {
    this.pos = start;
  }

  /** Next "<" at or after `from`; the part's bound counts as its end. */
  private lt(from: number): number {
    const lt = this.xml.indexOf("<", from);
    if (lt < 0 || lt > this.end) unsupported("unexpected end of sheetData");
    return lt;
  }

  /** Does a tag name end at `i`? */
  private nameEnds(i: number): boolean {
    const c = this.xml.charCodeAt(i);
    return c === 32 || c === 62 || c === 47 || c === 10 || c === 9 || c === 13;
  }

  /** Reads the next attribute at `pos`; false (with `pos` past the tag) at the end of the tag. */
  private nextAttr(): boolean {
    const xml = this.xml;
    let i = this.pos;
    const sp = i;
    let c = xml.charCodeAt(i);
    while (c === 32 || c === 10 || c === 9 || c === 13) c = xml.charCodeAt(++i);
    if (c === 62) {
      this.pos = i + 1;
      this.selfClosing = false;
      return false;
    }
    if (c === 47) {
      if (xml.charCodeAt(i + 1) !== 62) unsupported("bad empty tag");
      this.pos = i + 2;
      this.selfClosing = true;
      return false;
    }
    if (i === sp) unsupported("attributes not separated");
    this.ns = i;
    while (c !== 61 && !(c === 32 || c === 10 || c === 9 || c === 13)) {
      if (c === 62 || c === 47 || c === 60 || Number.isNaN(c)) unsupported("bad attribute");
      c = xml.charCodeAt(++i);
    }
    this.ne = i;
    while (c === 32 || c === 10 || c === 9 || c === 13) c = xml.charCodeAt(++i);
    if (c !== 61) unsupported("attribute without value");
    c = xml.charCodeAt(++i);
    while (c === 32 || c === 10 || c === 9 || c === 13) c = xml.charCodeAt(++i);
    if (c !== 34 && c !== 39) unsupported("unquoted attribute");
    const ve = xml.indexOf(c === 34 ? '"' : "'", i + 1);
    if (ve < 0 || ve > this.end) unsupported("unterminated attribute");
    this.vs = i + 1;
    this.ve = ve;
    this.pos = ve + 1;
    return true;
  }

  /** Skips the remaining attributes of a tag; true when it ended with "/>". */
  private skipAttrs(): boolean {
    while (this.nextAttr()) {
      // ignored
    }
    return this.selfClosing;
  }

  /** The current attribute's decoded value. */
  private attrValue(): string {
    return decodeAttr(this.xml.slice(this.vs, this.ve));
  }

  /** Is the current attribute's name the one character `code`? */
  private attrIs1(code: number): boolean {
    return this.ne - this.ns === 1 && this.xml.charCodeAt(this.ns) === code;
  }

  /** Raw text up to the next "<", which must start `</name>`; `pos` moves past it. */
  private textUntilClose(name: string): string {
    const xml = this.xml;
    const lt = this.lt(this.pos);
    const raw = xml.slice(this.pos, lt);
    if (xml.charCodeAt(lt + 1) !== 47 || !xml.startsWith(name, lt + 2)) unsupported(`expected </${name}>`);
    let i = lt + 2 + name.length;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 62) unsupported(`expected </${name}>`);
    this.pos = i + 1;
    // A "<" inside an attribute value of the open tag would have been caught as a bad tag there.
    return raw.indexOf("&") >= 0 || raw.indexOf("\r") >= 0 ? decodeText(raw) : raw;
  }

  /** Expects `</name>` at `lt`. */
  private closeAt(lt: number, name: string): void {
    const xml = this.xml;
    if (xml.charCodeAt(lt + 1) !== 47 || !xml.startsWith(name, lt + 2)) unsupported(`expected </${name}>`);
    let i = lt + 2 + name.length;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 62) unsupported(`expected </${name}>`);
    this.pos = i + 1;
  }

  /** Skips the element whose open tag `name` has just been read (not self-closing). */
  private skipElement(name: string): void {
    const xml = this.xml;
    const stack = [name];
    while (stack.length > 0) {
      const lt = this.lt(this.pos);
      const c = xml.charCodeAt(lt + 1);
      if (c === 33 || c === 63) {
        this.pos = skipMarkup(xml, lt, this.end);
        continue;
      }
      if (c === 47) {
        this.closeAt(lt, stack.pop() as string);
        continue;
      }
      let i = lt + 1;
      while (!this.nameEnds(i) && i < this.end) i++;
      const child = xml.slice(lt + 1, i);
      this.pos = i;
      if (!this.skipAttrs()) stack.push(child);
    }
  }

  /** Unsigned decimal digits of the current attribute value, or -1. */
  private digits(): number {
    const xml = this.xml;
    if (this.ve === this.vs || this.ve - this.vs > 9) return -1;
    let n = 0;
    for (let i = this.vs; i < this.ve; i++) {
      const d = xml.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  }

  /** exceljs's styleId of a `s` attribute: `parseInt` when the attribute is non-empty. */
  private styleId(): number | undefined {
    if (this.ve === this.vs) return undefined;
    const n = this.digits();
    return n >= 0 ? n : parseInt(this.attrValue(), 10);
  }

  run(): CellValue[][] {
    const xml = this.xml;
    for (;;) {
      const lt = this.lt(this.pos);
      if (lt === this.end) break;
      const c = xml.charCodeAt(lt + 1);
      if (
        c === 114 &&
        xml.charCodeAt(lt + 2) === 111 &&
        xml.charCodeAt(lt + 3) === 119 &&
        this.nameEnds(lt + 4)
      ) {
        this.pos = lt + 4;
        this.row();
      } else if (c === 33 || c === 63) {
        this.pos = skipMarkup(xml, lt, this.end);
      } else {
        // exceljs ends <sheetData> early at an unknown element's close tag.
        unsupported("unexpected element in sheetData");
      }
    }
    return this.cells;
  }

  private row(): void {
    const xml = this.xml;
    let r = -1;
    let styled = false;
    let seenS = false;
    while (this.nextAttr()) {
      if (this.attrIs1(114 /* r */)) {
        if (r !== -1) unsupported("duplicate attribute");
        r = this.digits();
        if (r < 0) {
          const v = this.attrValue();
          r = /^[0-9]{1,7}$/.test(v) ? Number(v) : -2;
        }
        if (r < 1 || r > MAX_ROW) unsupported("row without a usable number");
      } else if (this.attrIs1(115 /* s */)) {
        if (seenS) unsupported("duplicate attribute");
        seenS = true;
        styled = !!this.styleId();
      }
    }
    if (r === -1) unsupported("row without r");
    // exceljs places rows by number: a repeated or out-of-order row replaces or reorders.
    if (r <= this.prevRow) unsupported("rows out of order");
    this.prevRow = r;
    // exceljs looks a row's style up in cellXfs and fails when there is none.
    if (styled && !this.styles?.hasXfs) unsupported("row style without cellXfs");
    if (this.selfClosing) return;
    const values: CellValue[] = [];
    let visited = false;
    let prevCol = 0;
    for (;;) {
      const lt = this.lt(this.pos);
      const c = xml.charCodeAt(lt + 1);
      if (c === 99 /* c */ && this.nameEnds(lt + 2)) {
        this.pos = lt + 2;
        const v = this.cell();
        if (this.col <= prevCol) unsupported("cells out of order");
        prevCol = this.col;
        if (this.counts) visited = true;
        if (v !== null) {
          while (values.length < this.col - 1) values.push(null);
          values.push(v);
        }
      } else if (c === 47) {
        this.closeAt(lt, "row");
        break;
      } else if (c === 33 || c === 63) {
        this.pos = skipMarkup(xml, lt, this.end);
      } else {
        unsupported("unexpected element in a row");
      }
    }
    if (!visited) return;
    const cells = this.cells;
    while (cells.length < r - 1) cells.push([]);
    cells.push(values);
  }

  /** One <c> whose name has been read: its value as the Grid sees it; sets `col` and `counts`. */
  private cell(): CellValue {
    const xml = this.xml;
    let rS = -1;
    let rE = -1;
    let col = 0;
    let sId: number | undefined;
    let seenS = false;
    let t = T_NUMBER;
    let seenT = false;
    // Fast path for the usual first attribute, ` r="B12"`; anything unusual goes the general way.
    const p = this.pos;
    if (
      xml.charCodeAt(p) === 32 &&
      xml.charCodeAt(p + 1) === 114 &&
      xml.charCodeAt(p + 2) === 61 &&
      xml.charCodeAt(p + 3) === 34
    ) {
      let i = p + 4;
      let c = 0;
      let d = xml.charCodeAt(i);
      while (d >= 65 && d <= 90) {
        c = c * 26 + d - 64;
        d = xml.charCodeAt(++i);
      }
      const letters = i - p - 4;
      const digitsFrom = i;
      while (d >= 48 && d <= 57) d = xml.charCodeAt(++i);
      if (d === 34 && letters >= 1 && letters <= 3 && i > digitsFrom && c <= MAX_COL) {
        rS = p + 4;
        rE = i;
        col = c;
        this.pos = i + 1;
      }
    }
    while (this.nextAttr()) {
      if (this.ne - this.ns !== 1) continue;
      const a = xml.charCodeAt(this.ns);
      if (a === 114 /* r */) {
        if (rS !== -1) unsupported("duplicate attribute");
        rS = this.vs;
        rE = this.ve;
        let i = rS;
        for (; i < rE; i++) {
          const d = xml.charCodeAt(i);
          if (d < 65 || d > 90) break;
          col = col * 26 + d - 64;
        }
        const letters = i - rS;
        if (letters < 1 || letters > 3 || i === rE) unsupported("cell reference");
        for (; i < rE; i++) {
          const d = xml.charCodeAt(i);
          if (d < 48 || d > 57) unsupported("cell reference");
        }
        if (col > MAX_COL) unsupported("cell reference");
      } else if (a === 115 /* s */) {
        if (seenS) unsupported("duplicate attribute");
        seenS = true;
        sId = this.styleId();
      } else if (a === 116 /* t */) {
        if (seenT) unsupported("duplicate attribute");
        seenT = true;
        t = this.typeCode();
      }
    }
    if (rS === -1) unsupported("cell without r");
    this.col = col;

    // The value's text; while `vNum` >= 0 it is that run of digits (vS..vE), not yet sliced out.
    let vText: string | undefined;
    let vNum = -1;
    let vS = 0;
    let vE = 0;
    let rich: string | undefined;
    let fSeen = false;
    let fText: string | undefined;
    let fType: string | undefined;
    let fSi: string | undefined;
    let fRef: string | undefined;
    if (!this.selfClosing) {
      for (;;) {
        const lt = this.lt(this.pos);
        const c = xml.charCodeAt(lt + 1);
        if (c === 118 /* v */ && this.nameEnds(lt + 2)) {
          this.pos = lt + 2;
          if (!this.skipAttrs()) {
            const start = this.pos;
            const end = this.lt(start);
            let n = -1;
            if (vText === undefined && vNum < 0 && end > start && end - start <= 15) {
              n = 0;
              for (let i = start; i < end; i++) {
                const d = xml.charCodeAt(i) - 48;
                if (d < 0 || d > 9) {
                  n = -1;
                  break;
                }
                n = n * 10 + d;
              }
            }
            if (n >= 0) {
              vNum = n;
              vS = start;
              vE = end;
              this.closeAt(end, "v");
            } else {
              if (vNum >= 0) {
                vText = xml.slice(vS, vE);
                vNum = -1;
              }
              const text = this.textUntilClose("v");
              if (text !== "") vText = vText === undefined ? text : vText + text;
            }
          }
        } else if (c === 47) {
          this.closeAt(lt, "c");
          break;
        } else if (c === 102 /* f */ && this.nameEnds(lt + 2)) {
          if (fSeen) unsupported("two formulas in a cell");
          fSeen = true;
          this.pos = lt + 2;
          while (this.nextAttr()) {
            const n = this.ne - this.ns;
            if (n === 1 && xml.charCodeAt(this.ns) === 116) fType = this.attrValue();
            else if (n === 2 && xml.startsWith("si", this.ns)) fSi = this.attrValue();
            else if (n === 3 && xml.startsWith("ref", this.ns)) fRef = this.attrValue();
          }
          if (!this.selfClosing) {
            const text = this.textUntilClose("f");
            if (text !== "") fText = text;
          }
        } else if (c === 105 /* i */ && xml.charCodeAt(lt + 2) === 115 && this.nameEnds(lt + 3)) {
          this.pos = lt + 3;
          if (!this.skipAttrs()) {
            const inline = this.inline();
            if (vNum >= 0 && inline.plain !== undefined) {
              vText = xml.slice(vS, vE);
              vNum = -1;
            }
            if (inline.plain !== undefined) vText = vText === undefined ? inline.plain : vText + inline.plain;
            if (inline.rich !== undefined) rich = (rich ?? "") + inline.rich;
          }
        } else {
          unsupported("unexpected content in a cell");
        }
      }
    }

    // Digits are read as numbers directly (exactly what parseInt/parseFloat give for ≤ 15 digits);
    // other cell types need the text.
    if (vNum >= 0 && t !== T_SHARED && t !== T_NUMBER) {
      vText = xml.slice(vS, vE);
      vNum = -1;
    }
    const hasV = vText !== undefined || vNum >= 0;
    const styled = !!sId;
    let isDate = false;
    if (styled && this.styles) {
      if (!this.styles.hasXfs) unsupported("cell style without cellXfs");
      isDate = this.styles.isDate[sId as number] === true;
    }
    const links = this.links;
    const link = links !== null && !!links[xml.slice(rS, rE)];

    if (fText !== undefined || (fType !== undefined && fType !== "")) {
      // A formula: its cached result, converted by `t`, then by a date style.
      if (rich !== undefined) unsupported("rich text in a formula cell");
      let result: Raw | undefined;
      if (vNum >= 0) {
        result = vNum; // t is "s" or a number type: parseFloat
      } else if (vText !== undefined) {
        if (t === T_STR) result = xmlDecode(vText);
        else if (t === T_BOOL) result = parseInt(vText, 10) !== 0;
        else if (t === T_ERROR) result = { error: vText };
        else result = parseFloat(vText);
      }
      if (result !== undefined && isDate) {
        const n = typeof result === "object" ? NaN : Number(result);
        result = excelToDate(n, this.date1904);
      }
      let shared: string | undefined;
      if (fType === "shared") {
        if (fRef) this.formulae[String(fSi)] = xml.slice(rS, rE);
        else shared = own(this.formulae, String(fSi));
      }
      this.counts = true;
      if (link) return linkText(result);
      // exceljs's formula value keeps only truthy parts: a result of 0 or false is dropped.
      if (!(fText !== undefined || shared) || !result) return null;
      return toCell(result);
    }

    if (hasV || rich !== undefined) {
      let v: Raw;
      if (rich !== undefined && (t !== T_INLINE || hasV)) unsupported("rich text mixed with text");
      if (t === T_SHARED) {
        const sst = this.sst;
        if (sst === null) unsupported("shared string without sharedStrings.xml");
        const s = sst[vNum >= 0 ? vNum : parseInt(vText as string, 10)];
        if (s === undefined) unsupported("shared string index out of range");
        v = s;
      } else if (t === T_STR) {
        v = xmlDecode(vText as string);
      } else if (t === T_INLINE) {
        v = rich ?? (vText as string);
      } else if (t === T_BOOL) {
        v = parseInt(vText as string, 10) !== 0;
      } else if (t === T_ERROR) {
        v = { error: vText as string };
      } else {
        const n = vNum >= 0 ? vNum : parseFloat(vText as string);
        v = isDate ? excelToDate(n, this.date1904) : n;
      }
      this.counts = true;
      return link ? linkText(v) : toCell(v);
    }

    // No value: a styled cell is Null (ignored); an unstyled one is dropped. A hyperlink makes either a
    // Hyperlink cell with no text, which still makes `eachRow` visit the row.
    this.counts = link;
    return null;
  }

  private typeCode(): number {
    const xml = this.xml;
    const n = this.ve - this.vs;
    const a = xml.charCodeAt(this.vs);
    if (n === 1) {
      if (a === 115) return T_SHARED;
      if (a === 98) return T_BOOL;
      if (a === 101) return T_ERROR;
      return T_NUMBER;
    }
    if (n === 3 && xml.startsWith("str", this.vs)) return T_STR;
    if (n === 9 && xml.startsWith("inlineStr", this.vs)) return T_INLINE;
    return this.typeCodeOf(this.attrValue());
  }

  private typeCodeOf(v: string): number {
    switch (v) {
      case "s":
        return T_SHARED;
      case "str":
        return T_STR;
      case "inlineStr":
        return T_INLINE;
      case "b":
        return T_BOOL;
      case "e":
        return T_ERROR;
      default:
        return T_NUMBER;
    }
  }

  /** An <is> whose open tag has been read: text of its <t> (appended) or of its runs (joined). */
  private inline(): { plain: string | undefined; rich: string | undefined } {
    const xml = this.xml;
    let plain: string | undefined;
    let rich: string | undefined;
    for (;;) {
      const lt = this.lt(this.pos);
      const c = xml.charCodeAt(lt + 1);
      if (c === 47) {
        this.closeAt(lt, "is");
        break;
      }
      if (c === 116 /* t */ && this.nameEnds(lt + 2)) {
        this.pos = lt + 2;
        if (!this.skipAttrs()) {
          // exceljs appends a <t>'s text to the value as is: no _xHHHH_ decoding here.
          const text = this.textUntilClose("t");
          if (text !== "") plain = plain === undefined ? text : plain + text;
        }
      } else if (c === 114 /* r */ && this.nameEnds(lt + 2)) {
        this.pos = lt + 2;
        rich = (rich ?? "") + (this.skipAttrs() ? "" : this.richRun());
      } else {
        unsupported("unexpected content in an inline string");
      }
    }
    return { plain, rich };
  }

  /** A rich-text run whose open tag has been read: the text of its last <t>, `_xHHHH_` decoded. */
  private richRun(): string {
    const xml = this.xml;
    let text = "";
    for (;;) {
      const lt = this.lt(this.pos);
      const c = xml.charCodeAt(lt + 1);
      if (c === 47) {
        this.closeAt(lt, "r");
        return text;
      }
      if (c === 116 && this.nameEnds(lt + 2)) {
        this.pos = lt + 2;
        text = this.skipAttrs() ? "" : decodeEscapes(this.textUntilClose("t"));
      } else if (c === 114 && xml.startsWith("Pr", lt + 2) && this.nameEnds(lt + 4)) {
        this.pos = lt + 4;
        if (!this.skipAttrs()) this.skipElement("rPr");
      } else {
        unsupported("unexpected content in a run");
      }
    }
  }
}

/** Null slave cells of the merges, trim, and count the rows they make `eachRow` visit. */
function applyMerges(cells: CellValue[][], merges: readonly CellRange[]): void {
  // exceljs refuses overlapping merges ("Cannot merge already merged cells").
  const byRow = new Map<number, CellRange[]>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) {
        for (const o of list) if (!(o.right < m.left || o.left > m.right)) unsupported("overlapping merges");
        list.push(m);
      } else {
        byRow.set(r, [m]);
      }
    }
  }
  let last = cells.length;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const from = r === m.top ? m.left + 1 : m.left;
      if (from > m.right) continue; // the master alone: no merged cell in this row
      if (r > last) last = r;
      const row = cells[r - 1];
      if (!row) continue;
      let trimmed = false;
      for (let c = from; c <= m.right && c <= row.length; c++) {
        if (row[c - 1] !== null) {
          row[c - 1] = null;
          trimmed = true;
        }
      }
      if (trimmed) while (row.length > 0 && row[row.length - 1] === null) row.pop();
    }
  }
  while (cells.length < last) cells.push([]);
}

export function readSheet(input: SheetInput): SheetResult {
  const { xml, rels } = input;
  const root = parseXml(xml, "sheetData");
  if (root.name !== "worksheet") unsupported("worksheet root");
  let sheetData: XmlElement | undefined;
  let mergeCells: readonly XmlElement[] = [];
  let hyperlinks: readonly XmlElement[] = [];
  let tableParts: readonly XmlElement[] = [];
  claimed(root, WORKSHEET_KEYS, (el) => {
    switch (el.name) {
      case "worksheet":
        unsupported("nested worksheet");
        break;
      case "sheetData":
        if (sheetData) unsupported("two sheetData");
        sheetData = el;
        break;
      // A ListXform starts a new list each time its element opens: the last one counts.
      case "mergeCells":
        mergeCells = listItems(el, "mergeCell");
        break;
      case "hyperlinks":
        hyperlinks = listItems(el, "hyperlink");
        break;
      case "tableParts":
        tableParts = listItems(el, "tablePart");
        break;
    }
  });

  // Only hyperlinks with a relationship (external links) become Hyperlink cells in exceljs.
  let links: Record<string, string | undefined> | null = null;
  for (const h of hyperlinks) {
    const rId = h.attrs["r:id"];
    if (!rId) continue;
    const rel = own(rels, rId);
    if (!rel) unsupported("hyperlink without its relationship");
    links ??= Object.create(null) as Record<string, string | undefined>;
    links[String(h.attrs.ref)] = rel.target;
  }

  const merges = mergeCells.map((m) => {
    const ref = m.attrs.ref;
    if (ref === undefined) unsupported("mergeCell without ref");
    return parseRef(ref);
  });

  const tableTargets = tableParts.map((p) => {
    const rel = own(rels, String(p.attrs["r:id"]));
    if (!rel || rel.target === undefined) unsupported("table part without its relationship");
    return rel.target;
  });

  let cells: CellValue[][] = [];
  if (sheetData) {
    const scanner = new SheetDataScanner(
      xml,
      sheetData.contentStart,
      sheetData.contentEnd,
      input.sharedStrings,
      input.styles,
      input.date1904,
      links,
    );
    cells = scanner.run();
  }
  applyMerges(cells, merges);
  return { grid: { sheet: input.name, top: 1, left: 1, cells, merges }, tableTargets };
}
