/**
 * Text as SpreadsheetML stores it. XML 1.0 cannot hold most control characters, so Office writes
 * them as `_xHHHH_` (ST_Xstring); a text that already contains such a pattern has its underscore
 * written `_x005F_` so that it reads back as itself. A carriage return is written `_x000D_` too,
 * since XML parsers turn a raw CR into a line feed. A lone surrogate cannot be stored at all and
 * becomes U+FFFD. Everything else is escaped as XML text.
 */
import { fitCellText } from "../../../core/output/model";

const SPECIAL =
  // eslint-disable-next-line no-control-regex -- the characters XML cannot hold are the point
  /[&<>"\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function replace(ch: string): string {
  switch (ch) {
    case "&":
      return "&amp;";
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    case '"':
      return "&quot;";
    case "_":
      return "_x005F_";
    default: {
      const code = ch.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdfff) return "\ufffd";
      return `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
    }
  }
}

/** Most text has none of the characters above: one quick look spares it the full replace. */
// eslint-disable-next-line no-control-regex -- as above
const MAYBE = /[&<>"\u0000-\u001f_\ud800-\udfff\ufffe\uffff]/;

/** Any text as the content of `<t>` or an attribute value. */
export function xmlString(text: string): string {
  return MAYBE.test(text) ? text.replace(SPECIAL, replace) : text;
}

/** A cell's text: cut to Excel's 32,767 characters, then escaped. */
export function cellString(text: string): string {
  return xmlString(fitCellText(text));
}

/** What `\s` matches: ECMAScript's white space and line terminators. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Does this text need `xml:space="preserve"` to keep its spaces and line breaks? A space at either
 * end, a line break, a tab or two spaces in a row. Asked of every text cell of a findings sheet of
 * any length, so it looks at the two ends and searches three times rather than running a pattern.
 */
export function needsPreserve(text: string): boolean {
  if (text === "") return false;
  return (
    isSpace(text.charCodeAt(0)) ||
    isSpace(text.charCodeAt(text.length - 1)) ||
    text.includes("\n") ||
    text.includes("\t") ||
    text.includes("  ")
  );
}
