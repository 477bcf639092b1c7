import fc from "fast-check";
import { clean, fold, foldCharacter, foldWords, isStableAndClean } from "../../../src/core/text/normalize";

/** `fold` as it is defined, without the table for clean NFC-stable text. */
function foldSlowly(text: string): string {
  return cleanSlowly(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/ {2,}/g, " ");
}

/** `clean` as it is defined, without the shortcut for text that is already clean. */
function cleanSlowly(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u2007\u202f\t\r\n]+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

const RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x1e00, 0x1eff],
];
const STABLE_CHARS = RANGES.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)),
);

/** The characters the shortcuts and the fuzz below mix into texts besides the stable ones. */
const OTHER_CHARS = [
  " ",
  "  ",
  "\u00a0",
  "\t",
  "\n",
  "\u2007",
  "\u202f",
  "\u0300",
  "\u0301",
  "\u0303",
  "\u0309",
  "\u0323",
  "\u031b",
  "\u212b",
  "\uac00",
  "\u1100",
  "\u1161",
];

describe("clean", () => {
  it("leaves every character the shortcut trusts as NFC keeps it, alone and in every pair", () => {
    let changed = 0;
    for (const a of STABLE_CHARS) {
      if (a.normalize("NFC") !== a) changed++;
      for (const b of STABLE_CHARS) if ((a + b).normalize("NFC") !== a + b) changed++;
    }
    expect(STABLE_CHARS.length).toBe(95 + 432 + 256);
    expect(changed).toBe(0);
  });

  it.each([
    ["Trường Tiểu học Kim Đồng", "Trường Tiểu học Kim Đồng"],
    ["  Trường  MN\u00a0Hoa Sen ", "Trường MN Hoa Sen"],
    ["Tru\u031bo\u031b\u0300ng THCS", "Trường THCS"],
    ["Trường\tTH\nSố 1", "Trường TH Số 1"],
    ["Xã Ia\u202fChim", "Xã Ia Chim"],
    ["\u212bngstrom", "\u00c5ngstrom"],
  ])("cleans %j to %j", (text, expected) => {
    expect(clean(text)).toBe(expected);
  });

  it("agrees with the full normalisation on any text", () => {
    const char = fc.oneof(fc.constantFrom(...STABLE_CHARS), fc.constantFrom(...OTHER_CHARS));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        expect(clean(text)).toBe(cleanSlowly(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("fold", () => {
  it("gives one key to NFC, NFD, upper case and stray spaces", () => {
    const key = fold("Trường Mầm non Hoa Sen");
    expect(fold("TRƯỜNG  MẦM NON\u00a0HOA SEN ")).toBe(key);
    expect(fold("Trường Mầm non Hoa Sen".normalize("NFD"))).toBe(key);
    expect(key).toBe("truong mam non hoa sen");
  });

  it("folds every stable character as the full normalisation does, alone and between letters", () => {
    const differ = STABLE_CHARS.filter(
      (ch) =>
        fold(ch) !== foldSlowly(ch) ||
        fold(`Ab${ch}Cd`) !== foldSlowly(`Ab${ch}Cd`) ||
        fold(`${ch}Ơ${ch}`) !== foldSlowly(`${ch}Ơ${ch}`) ||
        foldCharacter(ch) !== (ch === " " ? " " : foldSlowly(ch)),
    );
    expect(differ).toEqual([]);
    // Positions in folded clean text are positions in the text (the school-name reader relies on it).
    const notOneToOne = STABLE_CHARS.filter(
      (ch) => isStableAndClean(`a${ch}b`) && fold(`a${ch}b`).length !== 3,
    );
    expect(notOneToOne).toEqual([]);
    expect(isStableAndClean("a\u00a0b")).toBe(false);
    expect(fold("TRƯỜNG TIỂU HỌC ĐỒNG KHỞI")).toBe("truong tieu hoc dong khoi");
    expect(fold("Ǆ İ Ǳ")).toBe(foldSlowly("Ǆ İ Ǳ"));
  });

  it("agrees with the full normalisation on any text", () => {
    const char = fc.oneof(fc.constantFrom(...STABLE_CHARS), fc.constantFrom(...OTHER_CHARS));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        expect(fold(text)).toBe(foldSlowly(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("foldWords", () => {
  /** `foldWords` as it is defined, without the shortcut for text that folds to plain words. */
  const foldWordsSlowly = (text: string): string =>
    foldSlowly(text)
      .replace(/[^a-z0-9&%]+/g, " ")
      .trim();

  it.each([
    ["Trường MN Số 1 Sơn Bình", "truong mn so 1 son binh"],
    ["Tên trường", "ten truong"],
    ["  Tên  cơ sở (giáo dục): ", "ten co so giao duc"],
    ["TH&THCS Na Ư", "th&thcs na u"],
    ["Tỉ lệ 45%", "ti le 45%"],
    ["", ""],
    ["--", ""],
  ])("folds %j to %j", (text, expected) => {
    expect(foldWords(text)).toBe(expected);
  });

  it("agrees with the full normalisation on any text", () => {
    const char = fc.oneof(fc.constantFrom(...STABLE_CHARS), fc.constantFrom(...OTHER_CHARS));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        expect(foldWords(text)).toBe(foldWordsSlowly(text));
      }),
      { numRuns: 3000 },
    );
    // Mostly words, as names and headers are: the texts that fold to plain words are many.
    const wordChar = fc.constantFrom(..."aZđĐỜờ19&% .-(\u00a0".split(""), "\u0301");
    fc.assert(
      fc.property(fc.array(wordChar, { maxLength: 20 }), (chars) => {
        const text = chars.join("");
        expect(foldWords(text)).toBe(foldWordsSlowly(text));
      }),
      { numRuns: 3000 },
    );
  });
});
