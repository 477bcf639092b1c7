/**
 * xl/styles.xml → which cell styles (cellXfs indexes) make a number a date, decided exactly as
 * exceljs 4.4 decides it: the style's number format (custom numFmts first, then exceljs's table of
 * built-in formats) passed through exceljs's `isDateFmt`.
 */
import { claimed, listItems, parseXml, unsupported, type XmlElement } from "./xml";

/** exceljs's built-in formats (`defaultnumformats.js`, the entries it knows a code for). */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** exceljs's `utils.isDateFmt`: a date/time letter left once [..] and "..." sections are removed. */
export function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return bare.match(/[ymdhMsb]+/) !== null;
}

export interface Styles {
  /** Does cellXfs hold any style? Without, exceljs fails on any styled cell or row. */
  readonly hasXfs: boolean;
  /** Per cellXfs index: is a number in this style a date? */
  readonly isDate: readonly boolean[];
}

/** Elements StylesXform claims wherever no child parser is active. */
const STYLE_KEYS = new Set([
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "dxfs",
  "numFmt",
  "font",
  "fill",
  "border",
  "style",
  "cellStyles",
  "tableStyles",
  "extLst",
]);

function hasXfDescendant(el: XmlElement): boolean {
  for (const c of el.children) {
    if (c.name === "xf" || hasXfDescendant(c)) return true;
  }
  return false;
}

export function readStyles(xml: string): Styles {
  const root = parseXml(xml);
  if (root.name !== "styleSheet") unsupported("styles root");
  let numFmts: readonly XmlElement[] = [];
  let xfs: readonly XmlElement[] = [];
  claimed(root, STYLE_KEYS, (el) => {
    // A ListXform starts a new list each time its element opens: the last one counts.
    if (el.name === "numFmts") numFmts = listItems(el, "numFmt");
    else if (el.name === "cellXfs") {
      for (const xf of el.children) {
        if (xf.name !== "xf" || hasXfDescendant(xf)) unsupported("unexpected element in cellXfs");
      }
      xfs = el.children;
    }
  });
  const custom = new Map<number, string>();
  for (const f of numFmts) {
    const code = f.attrs.formatCode;
    if (code === undefined) unsupported("numFmt without formatCode");
    custom.set(parseInt(f.attrs.numFmtId ?? "", 10), code.replace(/[\\](.)/g, "$1"));
  }
  const isDate = xfs.map((xf) => {
    const id = parseInt(xf.attrs.numFmtId ?? "", 10);
    if (!id) return false; // exceljs skips a falsy numFmtId (0 or missing)
    return isDateFmt(custom.get(id) || BUILTIN_FORMATS[id]);
  });
  return { hasXfs: xfs.length > 0, isDate };
}
