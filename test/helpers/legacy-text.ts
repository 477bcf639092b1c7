/**
 * Encoders of Unicode Vietnamese into the TCVN3 and VNI fonts' characters, written from the published
 * tables independently of the product's decoder (by tone rows for TCVN3, by mark characters for VNI),
 * so tests can build lists typed long ago.
 */
export const TONES = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const; // huyền, hỏi, ngã, sắc, nặng

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
export function encodeTcvn3(text: string): string {
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

export function encodeVni(text: string): string {
  return [...text.normalize("NFC")].map(encodeVniLetter).join("");
}
