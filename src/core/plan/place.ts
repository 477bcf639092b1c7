import { clean, fold } from "../text/normalize";
import { bodyLines } from "./body-case";

const BODY =
  "uy ban nhan dan|ubnd|phong giao duc va dao tao|phong gd(?:&|va)?dt|so giao duc va dao tao|so gd(?:&|va)?dt";

/** Words that name the kind of body or unit, not the place: "UBND huyện Cao Lộc" → "Cao Lộc". */
const LEADING = new RegExp(
  `^(?:(?:${BODY})\\s+)?(?:(?:thanh pho|thi xa|thi tran|dac khu|huyen|tinh|quan|xa|phuong|tp\\.?|tx\\.?)\\s+)?`,
);

/** A body that names no place ("ỦY BAN NHÂN DÂN" when the list says whose it is nowhere). */
const BODY_ONLY = new RegExp(`^(?:${BODY}|people's committee)$`);

/**
 * The place written before the date line ("Cao Lộc, ngày … tháng … năm …"), guessed from the
 * issuing body when the user has not said it. The body's own spelling and case are kept; a body
 * that names no place gives none. Under a parent body the place is the parent's: the Sở under "UBND
 * TỈNH THÁI NGUYÊN" dates its plans "Thái Nguyên, ngày …", as the province does.
 */
export function placeFromBody(body: string): string {
  const { lines, parent } = bodyLines(body);
  if (!parent) return placeOfLine(lines.join(" ")).place;
  // A parent that names no place we know: the department may name it; else the blank stays.
  return lines.map(placeOfLine).find((p) => p.named)?.place ?? "";
}

/**
 * An English body names its place around the words for the body: "Hoa Nam Provincial People's
 * Committee", "People's Committee of Tan An Ward", "Department of Education and Training of Gia Lai".
 */
const ENGLISH = [
  /^(.+?)\s+(?:provincial|city|district|commune|ward|town)\s+people's committee$/i,
  /^people's committee of\s+(?:the\s+)?(.+?)(?:\s+(?:province|city|district|commune|ward|town))?$/i,
  /^(?:department|division|office) of education and training(?: of| for)?\s+(?:the\s+)?(.+?)(?:\s+(?:province|city|district|commune|ward))?$/i,
  /^(.+?)\s+(?:department|division|office) of education and training$/i,
];

/** The place one line of a body names, and whether it was found after words naming a body or unit. */
function placeOfLine(line: string): { place: string; named: boolean } {
  const written = clean(line);
  for (const re of ENGLISH) {
    const m = re.exec(written.replace(/[’‘]/g, "'"));
    if (m?.[1]) return { place: m[1], named: true };
  }
  const words = written.split(" ");
  // Fold word by word so the match can be mapped back to the words as written.
  const folded = words.map((w) => fold(w));
  // The date line then keeps its blank for the place, to be written by hand.
  if (BODY_ONLY.test(folded.join(" "))) return { place: "", named: false };
  const lead = LEADING.exec(folded.join(" "))?.[0] ?? "";
  const skipped = lead.trim() === "" ? 0 : lead.trim().split(" ").length;
  const rest = words.slice(skipped).join(" ");
  // Nothing recognisable to strip: the user wrote the place itself, or something we should not touch.
  if (rest === "" || skipped === 0) return { place: written, named: false };
  // "THÀNH PHỐ KON TUM" → "Kon Tum": places are written in title case in the date line.
  return { place: rest === rest.toUpperCase() ? titleCase(rest) : rest, named: true };
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(" ")
    .map((w) => (w === "" ? w : (w[0] ?? "").toUpperCase() + w.slice(1)))
    .join(" ");
}
