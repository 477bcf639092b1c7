/**
 * TCVN3 and VNI: known Vietnamese text is encoded here with encoders written from the published
 * tables independently of the module (by tone rows for TCVN3, by mark characters for VNI), then
 * converted back and detected per column.
 */
import fc from "fast-check";
import { detectEncoding, toUnicode } from "../../../src/core/text/legacy-fonts";
import { encodeTcvn3, encodeVni, TONES } from "../../helpers/legacy-text";

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
