/**
 * TCVN3 and VNI: known Vietnamese text is encoded here with encoders written from the published
 * tables independently of the module (by tone rows for TCVN3, by mark characters for VNI), then
 * converted back and detected per column.
 */
import fc from "fast-check";
import { detectEncoding, toUnicode } from "../../../src/core/text/legacy-fonts";

const TONES = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const; // huyền, hỏi, ngã, sắc, nặng

/** TCVN3 (VN3) as printed: each vowel's row in tone order huyền, hỏi, ngã, sắc, nặng. */
const TCVN3_ROWS: readonly (readonly [string, readonly number[]])[] = [
  ["a", [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ["ă", [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ["â", [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ["e", [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ["ê", [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ["i", [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ["o", [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ["ô", [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ["ơ", [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ["u", [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ["ư", [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ["y", [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];
const TCVN3_PLAIN = "ăâêôơưđ";
const TCVN3_CAPS = "ĂÂÊÔƠƯĐ";

const TCVN3_ENCODE = new Map<string, string>();
for (const [vowel, codes] of TCVN3_ROWS) {
  TONES.forEach((tone, i) => {
    TCVN3_ENCODE.set((vowel + tone).normalize("NFC"), String.fromCharCode(codes[i] as number));
  });
}
[...TCVN3_PLAIN].forEach((ch, i) => TCVN3_ENCODE.set(ch, String.fromCharCode(0xa8 + i)));
[...TCVN3_CAPS].forEach((ch, i) => TCVN3_ENCODE.set(ch, String.fromCharCode(0xa1 + i)));

/** Unicode → TCVN3 as ABC typed it: capitals with a tone take the lowercase code (".VnTimeH"). */
function encodeTcvn3(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = TCVN3_ENCODE.get(ch) ?? TCVN3_ENCODE.get(ch.toLowerCase());
    out += code ?? ch;
  }
  return out;
}

/** VNI marks by shape and tone, lowercase (capitals: the same characters in upper case). */
const VNI_MARK: Readonly<Record<"none" | "circumflex" | "breve", readonly string[]>> = {
  none: ["ø", "û", "õ", "ù", "ï"],
  circumflex: ["à", "å", "ã", "á", "ä"],
  breve: ["è", "ú", "ü", "é", "ë"],
};
const VNI_BARE_SHAPE = { circumflex: "â", breve: "ê" } as const;
const VNI_I = ["ì", "æ", "ó", "í", "ò"];

function encodeVniLetter(ch: string): string {
  const d = ch.normalize("NFD");
  let base = d[0] ?? "";
  const marks = d.slice(1);
  const upper = base !== base.toLowerCase();
  const cased = (s: string) => (upper ? s.toUpperCase() : s);
  const toneIndex = TONES.findIndex((t) => marks.includes(t));
  const shape = marks.includes("\u0302") ? "circumflex" : marks.includes("\u0306") ? "breve" : "none";
  if (marks.includes("\u031b")) base = base.toLowerCase() === "u" ? cased("ö") : cased("ô");
  if (ch === "đ" || ch === "Đ") return cased("ñ");
  if (base.toLowerCase() === "i" && toneIndex >= 0) return cased(VNI_I[toneIndex] as string);
  if (base.toLowerCase() === "y" && toneIndex === 4) return cased("î");
  if (toneIndex < 0 && shape === "none") return marks === "" ? ch : base;
  const mark = toneIndex < 0 ? VNI_BARE_SHAPE[shape as "circumflex" | "breve"] : VNI_MARK[shape][toneIndex];
  return base + cased(mark as string);
}

function encodeVni(text: string): string {
  return [...text.normalize("NFC")].map(encodeVniLetter).join("");
}

const VOWELS = "aăâeêioôơuưy";
const ALL_LETTERS = [...[...VOWELS].flatMap((v) => [v, ...TONES.map((t) => (v + t).normalize("NFC"))]), "đ"];

describe("the tables", () => {
  test("the examples everyone knows read back as Vietnamese", () => {
    expect(toUnicode("Tr\u00adêng TiÓu häc", "tcvn3")).toBe("Trường Tiểu học");
    expect(toUnicode("THCS Lª Lîi", "tcvn3")).toBe("THCS Lê Lợi");
    expect(toUnicode("C§2-M§2", "tcvn3")).toBe("CĐ2-MĐ2");
    expect(toUnicode("Céng hßa x· héi chñ nghÜa ViÖt Nam", "tcvn3")).toBe(
      "Cộng hòa xã hội chủ nghĩa Việt Nam",
    );
    expect(toUnicode("§éc lËp - Tù do - H¹nh phóc", "tcvn3")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(toUnicode("Tröôøng Tieåu hoïc", "vni")).toBe("Trường Tiểu học");
    expect(toUnicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni")).toBe(
      "Cộng hòa xã hội chủ nghĩa Việt Nam",
    );
  });

  test.each(ALL_LETTERS)("TCVN3 and VNI carry %s both ways", (letter) => {
    expect(toUnicode(encodeTcvn3(letter), "tcvn3")).toBe(letter);
    expect(toUnicode(encodeVni(letter), "vni")).toBe(letter);
    const capital = letter.toUpperCase();
    expect(toUnicode(encodeVni(capital), "vni")).toBe(capital);
    // ABC has capitals with tones only in the ".VnTimeH" fonts, where a whole word is in capitals.
    expect(toUnicode(encodeTcvn3(`TR${capital}NG`), "tcvn3")).toBe(`TR${capital}NG`);
  });

  test("every letter changes under both encoders, so nothing is carried by accident", () => {
    for (const letter of ALL_LETTERS) {
      if ("aeiouy".includes(letter)) continue;
      // TCVN3's ý, and VNI's ì and í, are the Latin-1 characters themselves.
      if (letter !== "ý") expect(encodeTcvn3(letter)).not.toBe(letter);
      if (letter !== "ì" && letter !== "í") expect(encodeVni(letter)).not.toBe(letter);
    }
  });

  const syllables = [
    "trường", "tiểu", "học", "mầm", "non", "xã", "phường", "huyện", "Nguyễn", "Trãi", "Quảng", "Ngãi",
    "Đắk", "Lắk", "chuẩn", "quốc", "gia", "kiểm", "định", "chất", "lượng", "giáo", "dục", "ủy", "ban",
    "nhân", "dân", "thị", "trấn", "Sơn", "Hà", "Bình", "Yên", "khuyến", "người", "Hưng", "ngoặt",
  ]; // prettier-ignore

  test("any Vietnamese text round-trips through both encodings (NFC or NFD in)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(" ", " - ", ", ", "/"),
        fc.boolean(),
        (words, sep, nfd) => {
          const text = words.join(sep);
          const input = nfd ? text.normalize("NFD") : text;
          expect(toUnicode(encodeVni(input), "vni")).toBe(text);
          // Every capital here is untoned or Đ, which TCVN3 has codes for.
          expect(toUnicode(encodeTcvn3(input), "tcvn3")).toBe(text);
        },
      ),
    );
  });

  test("unicode text only comes back as NFC", () => {
    expect(toUnicode("Tru\u031bo\u031b\u0300ng", "unicode")).toBe("Trường");
    expect(toUnicode("Tân Phú", "unicode")).toBe("Tân Phú");
  });
});

/** Realistic columns of a list typed long ago. */
const SCHOOLS = [
  "Trường Mầm non Hoa Sen",
  "Trường Mầm non xã Sơn Hà",
  "Trường Tiểu học Lê Lợi",
  "Trường Tiểu học Nguyễn Trãi",
  "Trường THCS Lê Lợi",
  "Trường THCS Trần Hưng Đạo",
  "Trường TH&THCS Đắk Rơ Ông",
  "Trường Mầm non Tuổi Thơ",
];
const COMMUNES = [
  "xã Sơn Hà",
  "xã Sơn Bình",
  "thị trấn Di Lăng",
  "xã Sơn Thượng",
  "xã Sơn Cao",
  "phường Nghĩa Lộ",
];
const CODES = ["CĐ2-MĐ2", "CĐ1", "CĐ3-MĐ1", "MĐ1", "CĐ2", "Chưa đạt"];

describe("detectEncoding", () => {
  test.each([
    ["school names", SCHOOLS],
    ["communes", COMMUNES],
    ["recognition codes", CODES],
  ])("finds TCVN3 in a column of %s", (_, column) => {
    const guess = detectEncoding(column.map(encodeTcvn3));
    expect(guess.encoding).toBe("tcvn3");
    expect(guess.confidence).toBeGreaterThan(0.7);
  });

  test.each([
    ["school names", SCHOOLS],
    ["communes", COMMUNES],
    ["recognition codes", CODES],
  ])("finds VNI in a column of %s", (_, column) => {
    const guess = detectEncoding(column.map(encodeVni));
    expect(guess.encoding).toBe("vni");
    expect(guess.confidence).toBeGreaterThan(0.7);
  });

  test("one school's name is weaker evidence than a whole column", () => {
    const one = detectEncoding([encodeTcvn3("THCS Lê Lợi")]);
    const all = detectEncoding(SCHOOLS.map(encodeTcvn3));
    expect(one.encoding).toBe("tcvn3");
    expect(one.confidence).toBeLessThan(all.confidence);
  });

  test("a column with empty cells, numbers typed as text and one legacy name is still read", () => {
    const column = ["", "1.200", encodeTcvn3("Trường Tiểu học Lê Lợi"), "2024", encodeTcvn3("xã Sơn Hà")];
    expect(detectEncoding(column).encoding).toBe("tcvn3");
  });

  test.each([
    ["NFC school names", SCHOOLS],
    ["NFD school names", SCHOOLS.map((s) => s.normalize("NFD"))],
    ["communes", COMMUNES],
    ["codes", CODES],
    ["names with only Latin-1 letters", ["Tân Phú", "Cà Mau", "Hà Tây", "Phú Yên", "Tây Ninh", "Bà Rịa"]],
    ["ASCII", ["THCS 1", "TH So 2", "MN Hoa Mai", "Truong THCS Le Loi"]],
    ["English", ["Sunshine Kindergarten", "Café Hà Nội", "Müller & Söhne", "naïve façade", "Gödel résumé"]],
    ["people's names", ["Nguyễn Thị Ánh", "Trần Văn Út", "Lê Thị Ý", "Đỗ Văn Ân", "Phạm Ánh Tuyết"]],
    ["an empty column", []],
  ])("leaves clean %s as Unicode", (_, column) => {
    const guess = detectEncoding(column);
    expect(guess.encoding).toBe("unicode");
    expect(guess.evidence).toBe(0);
  });

  test("never mistakes random Unicode Vietnamese lists for a legacy encoding", () => {
    const words = ["Trường", "Mầm", "non", "Tiểu", "học", "Tân", "Phú", "Hà", "Lê", "Lợi", "xã", "Ánh", "Út"];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), { maxLength: 30 }),
        (rows) => {
          expect(detectEncoding(rows.map((r) => r.join(" "))).encoding).toBe("unicode");
        },
      ),
    );
  });

  test("tells TCVN3 from VNI on the same names", () => {
    const tcvn = detectEncoding(SCHOOLS.map(encodeTcvn3));
    const vni = detectEncoding(SCHOOLS.map(encodeVni));
    expect(tcvn.encoding).toBe("tcvn3");
    expect(vni.encoding).toBe("vni");
    expect(SCHOOLS.map(encodeTcvn3).map((s) => toUnicode(s, "tcvn3"))).toEqual(SCHOOLS);
    expect(SCHOOLS.map(encodeVni).map((s) => toUnicode(s, "vni"))).toEqual(SCHOOLS);
  });
});
