/**
 * What a file is, from its first bytes, whatever its name says. Excel 97–2003 workbooks and
 * password-protected workbooks of any version are OLE compound files (signature D0 CF 11 E0 A1 B1 1A
 * E1), not zips: Excel encrypts an .xlsx by wrapping it in such a file, with the streams
 * "EncryptionInfo" and "EncryptedPackage"; an .xls holds a "Workbook" (or, before 97, "Book") stream.
 * Telling these apart lets the user hear "password-protected" or "old .xls" instead of "not Excel".
 */
/**
 * "office" is a compound file whose directory is readable and holds no workbook (a .doc renamed);
 * "ole" one whose directory cannot be seen (cut off), for the .xls reader to judge.
 */
export type FileKind = "zip" | "encrypted" | "xls" | "office" | "ole" | "other";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A stream name as a compound file's directory stores it: UTF-16LE, then a null character. */
function utf16Name(name: string): Uint8Array {
  const out = new Uint8Array(name.length * 2 + 2);
  for (let i = 0; i < name.length; i++) out[i * 2] = name.charCodeAt(i);
  return out;
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first as number); i >= 0 && i + needle.length <= bytes.length;) {
    for (let j = 1; j < needle.length; j++) {
      if (bytes[i + j] !== needle[j]) {
        i = bytes.indexOf(first as number, i + 1);
        continue outer;
      }
    }
    return true;
  }
  return false;
}

const ENCRYPTION_INFO = utf16Name("EncryptionInfo");
const ENCRYPTED_PACKAGE = utf16Name("EncryptedPackage");
const WORKBOOK = utf16Name("Workbook");
const BOOK = utf16Name("Book");
const ROOT = utf16Name("Root Entry");

export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= OLE.length && OLE.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
  // Every zip starts with "PK"; a text file renamed .xlsx does not.
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

export function fileKind(bytes: Uint8Array): FileKind {
  if (isZip(bytes)) return "zip";
  if (!isOle(bytes)) return "other";
  if (contains(bytes, ENCRYPTION_INFO) && contains(bytes, ENCRYPTED_PACKAGE)) return "encrypted";
  if (contains(bytes, WORKBOOK) || contains(bytes, BOOK)) return "xls";
  return contains(bytes, ROOT) ? "office" : "ole";
}
