/**
 * The text of a CSV file. Excel writes "CSV UTF-8" (with a BOM), "Unicode Text" (UTF-16 LE with a
 * BOM) and, on a Vietnamese Windows, plain "CSV" in the ANSI code page, Windows-1258 (where tone
 * marks are combining characters). Anything else is refused rather than shown as mojibake.
 */

/** UTF-16 without a BOM: most ASCII characters leave a zero byte every other byte. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

/** Letters only Vietnamese has in Windows-1258 (ă â đ ê ô ơ ư and the combining tone marks). */
const VIETNAMESE_1258 = /[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300\u0301\u0303\u0309\u0323]/;
/** Positions Windows-1258 leaves unassigned: text that has them is in another code page. */
const UNASSIGNED_1258 = /[\u0081\u008a\u008d-\u0090\u009a\u009d\u009e]/;

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

/** The file's text (NFC) and its encoding, or null when it is none of the encodings above. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } | null {
  const bom = (a: number, b: number, c?: number) =>
    bytes[0] === a && bytes[1] === b && (c === undefined || bytes[2] === c);
  const decode = (encoding: CsvEncoding, from: number) =>
    new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(from)).normalize("NFC");
  try {
    if (bom(0xef, 0xbb, 0xbf)) return { text: decode("utf-8", 3), encoding: "utf-8" };
    if (bom(0xff, 0xfe)) return { text: decode("utf-16le", 2), encoding: "utf-16le" };
    if (bom(0xfe, 0xff)) return { text: decode("utf-16be", 2), encoding: "utf-16be" };
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return { text: decode(utf16, 0), encoding: utf16 };
  } catch {
    return null;
  }
  try {
    return { text: decode("utf-8", 0), encoding: "utf-8" };
  } catch {
    // Not UTF-8: Windows-1258 if it reads as Vietnamese there.
  }
  const raw = new TextDecoder("windows-1258").decode(bytes);
  if (UNASSIGNED_1258.test(raw) || !VIETNAMESE_1258.test(raw)) return null;
  return { text: raw.normalize("NFC"), encoding: "windows-1258" };
}
