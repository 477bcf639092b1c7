/**
 * CSV files as Excel saves them on Vietnamese offices' PCs: "CSV UTF-8", "Unicode Text" (UTF-16 with
 * a BOM) and plain "CSV" in Windows-1258, where tones are combining marks after the letter. Each
 * reads as the same list; other code pages are refused with one line.
 */
import { decodeCsvBytes } from "../../../src/hosts/file/csv-encoding";
import { readCsv } from "../../../src/hosts/file/buffer";
import { InputError } from "../../../src/hosts/file/errors";
import { validate } from "../../../src/core/validate";

const LIST = [
  "DANH SÁCH TRƯỜNG ĐẠT CHUẨN QUỐC GIA",
  "STT;Tên trường;Cấp học;Xã;KĐCLGD;CQG;Năm công nhận",
  "1;Trường Mầm non Hoa Sen;Mầm non;xã Sơn Hà;CĐ2;MĐ1;2021",
  "2;Trường Tiểu học Lê Lợi;Tiểu học;xã Sơn Bình;cấp độ 3;MĐ2;2022",
  "3;Trường THCS Nguyễn Trãi;Tiểu học;thị trấn Di Lăng;CĐ2;MĐ1;2020",
  "4;Trường THCS Trần Hưng Đạo;THCS;xã Sơn Thượng;CĐ1;MĐ1;2023",
].join("\r\n");

/** Windows-1258 as Excel writes it: base letters with Vietnamese shapes, tones as combining marks. */
const CP1258_LETTERS: Readonly<Record<string, number>> = {
  "Ă": 0xc3, "Â": 0xc2, "Ê": 0xca, "Ô": 0xd4, "Ơ": 0xd5, "Ư": 0xdd, "Đ": 0xd0,
  "ă": 0xe3, "â": 0xe2, "ê": 0xea, "ô": 0xf4, "ơ": 0xf5, "ư": 0xfd, "đ": 0xf0,
}; // prettier-ignore
const CP1258_TONES: Readonly<Record<string, number>> = {
  "\u0300": 0xcc, "\u0301": 0xec, "\u0303": 0xde, "\u0309": 0xd2, "\u0323": 0xf2,
}; // prettier-ignore

function cp1258(text: string): Uint8Array {
  const out: number[] = [];
  // Tones split off as combining marks; the shaped letters (ư, ê…) keep their own code.
  for (const ch of text.normalize("NFC")) {
    const decomposed = ch.normalize("NFD");
    const shaped = decomposed.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "").normalize("NFC");
    const tone = [...decomposed].find((m) => CP1258_TONES[m] !== undefined);
    const code = CP1258_LETTERS[shaped] ?? shaped.charCodeAt(0);
    if (code > 0xff) throw new Error(`no Windows-1258 code for ${shaped}`);
    out.push(code);
    if (tone) out.push(CP1258_TONES[tone] as number);
  }
  return Uint8Array.from(out);
}

function utf16(text: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (endian === "le") out.push(u & 0xff, u >> 8);
    else out.push(u >> 8, u & 0xff);
  }
  return Uint8Array.from(out);
}

const utf8 = (text: string, bom: boolean) =>
  Uint8Array.from([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

const findings = (bytes: Uint8Array) =>
  validate(readCsv(bytes, "danh-sach.csv"), {
    planYear: 2024,
    referenceDate: { y: 2024, m: 12, d: 31 },
  }).findings.map((f) => `${f.rule} ${f.cell ?? ""} ${f.value ?? ""}`);

describe("CSV encodings", () => {
  const reference = findings(utf8(LIST, false));

  test.each([
    ["UTF-8", utf8(LIST, false), "utf-8"],
    ["UTF-8 with a BOM", utf8(LIST, true), "utf-8"],
    ["UTF-16 LE with a BOM (Excel's Unicode Text)", utf16(LIST, "le", true), "utf-16le"],
    ["UTF-16 BE with a BOM", utf16(LIST, "be", true), "utf-16be"],
    ["UTF-16 LE without a BOM", utf16(LIST, "le", false), "utf-16le"],
    ["Windows-1258 (plain CSV on a Vietnamese Windows)", cp1258(LIST), "windows-1258"],
    ["UTF-8 in NFD", utf8(LIST.normalize("NFD"), false), "utf-8"],
  ])("%s reads as the same list, NFC", (_, bytes, encoding) => {
    const decoded = decodeCsvBytes(bytes);
    expect(decoded?.encoding).toBe(encoding);
    expect(decoded?.text).toBe(LIST);
    expect(findings(bytes)).toEqual(reference);
  });

  test("the list's faults are found in every encoding", () => {
    expect(reference.some((f) => f.startsWith("code-noncanonical E4 cấp độ 3"))).toBe(true);
    expect(reference.some((f) => f.startsWith("type-name-mismatch C5 Tiểu học"))).toBe(true);
  });

  test("Windows-1258 bytes really are single bytes with combining tones", () => {
    const bytes = cp1258("Trường");
    expect([...bytes]).toEqual([0x54, 0x72, 0xfd, 0xf5, 0xcc, 0x6e, 0x67]);
  });

  test.each([
    ["Windows-1252 German", Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x31, 0x0a])],
    ["Shift-JIS", Uint8Array.from([0x93, 0xfa, 0x96, 0x7b, 0x3b, 0x31, 0x0a])],
    ["a cut UTF-16 file with a BOM", Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8])],
  ])("%s is refused with one clear line", (_, bytes) => {
    expect(decodeCsvBytes(bytes)).toBeNull();
    let error: unknown;
    try {
      readCsv(bytes, "ds.csv");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).vi).toBe(
      'Tệp ds.csv không phải văn bản UTF-8, UTF-16 hay Windows-1258: hãy lưu lại dạng "CSV UTF-8".',
    );
  });
});
