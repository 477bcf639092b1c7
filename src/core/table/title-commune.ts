/**
 * A list whose title names one commune ("DANH SÁCH CÁC TRƯỜNG TRÊN ĐỊA BÀN XÃ HÒA AN", "(Kèm theo
 * Kế hoạch số …/KH-UBND … của UBND xã Hòa An)", a title row "Xã Đại Từ") is that commune's list, and
 * since 01/07/2025 a commune's plan is issued by its People's Committee. Only a title that names
 * exactly one xã, phường or đặc khu says so: a second place below the province (another commune, a
 * district, a district-level town or city, "các xã"), or another body (UBND tỉnh, a Sở, a Phòng)
 * makes it say nothing.
 */
import { clean, fold } from "../text/normalize";
import { CENTRAL_CITIES, isDepartment, isHeadingFiller } from "./heading";

export type CommuneKind = "xã" | "phường" | "đặc khu";

export interface TitleCommune {
  readonly kind: CommuneKind;
  /** The commune's own name, in title case when the title writes it in capitals ("Hòa An"). */
  readonly name: string;
}

/** Longer names are a title's words run on, not a commune's name. */
const MAX_NAME_WORDS = 4;

/** Words that end a place's name in a title (lower case, NFC); the roll-up names units by them too. */
export const STOP = new Set([
  "năm",
  "tỉnh",
  "huyện",
  "quận",
  "xã",
  "phường",
  "giai",
  "tính",
  "đến",
  "theo",
  "kèm",
  "về",
  "trên",
  "học",
  "và",
  "của",
  "ngày",
  "tháng",
  "thuộc",
  "tại",
]);

/**
 * Two words that end a name, folded: the next place's kind ("… THÀNH PHỐ HUẾ") or what the list is
 * of ("… XÃ HÒA AN ĐẠT CHUẨN QUỐC GIA", "… ĐỀ NGHỊ CÔNG NHẬN").
 */
const STOP_PAIRS = new Set([
  "thanh pho",
  "thi xa",
  "thi tran",
  "dac khu",
  "dat chuan",
  "de nghi",
  "dang ky",
  "kiem dinh",
  "cong nhan",
]);

/** Words before a kind that make it many units: "các xã", "những phường". */
const PLURAL = new Set(["cac", "nhung", "moi"]);

const lower = (word: string): string => word.toLocaleLowerCase("vi");
const bare = (word: string): string => word.replace(/^[("“'«]+|[)"”'»,.;:!?]+$/g, "");
const isCapitals = (text: string): boolean => /\p{L}/u.test(text) && text === text.toLocaleUpperCase("vi");

function titleCase(words: readonly string[]): string {
  return words.map((w) => lower(w).charAt(0).toLocaleUpperCase("vi") + lower(w).slice(1)).join(" ");
}

/** The name that starts at `from`, as written, or null when none or too long to be one. */
function nameFrom(words: readonly string[], folded: readonly string[], from: number): string[] | null {
  const name: string[] = [];
  for (let i = from; i < words.length; i++) {
    const word = words[i] ?? "";
    const plain = bare(word);
    if (
      plain === "" ||
      STOP.has(lower(plain)) ||
      STOP_PAIRS.has(`${folded[i] ?? ""} ${folded[i + 1] ?? ""}`) ||
      /^\d/.test(plain) ||
      /^[-–—(]/.test(word)
    )
      break;
    if (name.length === MAX_NAME_WORDS) return null;
    name.push(plain);
    // A comma, a closing bracket or a full stop ends the name with this word.
    if (plain !== word && /[),.;:]$/.test(word)) break;
  }
  return name.length === 0 ? null : name;
}

type Step =
  | {
      readonly kind: "commune";
      readonly commune: CommuneKind;
      readonly name: string[];
      readonly next: number;
    }
  | { readonly kind: "skip"; readonly next: number }
  | { readonly kind: "other" };

/** What the words at `at` say: a commune and its name, nothing of interest, or another place or body. */
function stepAt(
  words: readonly string[],
  low: readonly string[],
  folded: readonly string[],
  at: number,
): Step {
  const word = low[at] ?? "";
  const next = low[at + 1] ?? "";
  const plural = PLURAL.has(folded[at - 1] ?? "");
  const commune = (kind: CommuneKind, length: number): Step => {
    if (plural) return { kind: "other" };
    const name = nameFrom(words, folded, at + length);
    return name === null
      ? { kind: "other" }
      : { kind: "commune", commune: kind, name, next: at + length + name.length };
  };
  if (
    folded[at] === "ubnd" ||
    (folded[at] === "uy" && folded.slice(at + 1, at + 4).join(" ") === "ban nhan dan")
  ) {
    const after = at + (folded[at] === "ubnd" ? 1 : 4);
    const unit = low[after] ?? "";
    // The commune's own committee names the commune; any other committee is another body.
    const own = unit === "xã" || unit === "phường" || (unit === "đặc" && low[after + 1] === "khu");
    return own ? { kind: "skip", next: after } : { kind: "other" };
  }
  if (word === "thị" && (next === "xã" || next === "trấn")) return { kind: "other" };
  if (word === "huyện" || word === "quận" || folded[at] === "tx") return { kind: "other" };
  if (word === "sở" && low[at - 1] !== "cơ" && at + 1 < words.length) return { kind: "other" };
  if (word === "phòng" && isDepartment(words.slice(at).join(" "))) return { kind: "other" };
  if ((word === "thành" && next === "phố") || folded[at] === "tp") {
    // A city under the central government is a province: the commune's parent, not a second place.
    const from = at + (word === "thành" ? 2 : 1);
    const rest = folded.slice(from).join(" ");
    const city = CENTRAL_CITIES.find((c) => rest === c || rest.startsWith(`${c} `));
    return city === undefined ? { kind: "other" } : { kind: "skip", next: from + city.split(" ").length };
  }
  // "xã hội" is society ("CỘNG HÒA XÃ HỘI…", "Phòng Văn hóa - Xã hội"), not a commune.
  if (word === "xã" && next !== "hội") return commune("xã", 1);
  if (word === "phường") return commune("phường", 1);
  if (word === "đặc" && next === "khu") return commune("đặc khu", 2);
  return { kind: "skip", next: at + 1 };
}

/** The one commune the title lines name, or null when they name none, several, or another body. */
export function communeOfTitles(lines: readonly string[]): TitleCommune | null {
  let found: { kind: CommuneKind; key: string; name: string[] } | null = null;
  for (const line of lines) {
    if (isHeadingFiller(line)) continue;
    const words = clean(line).split(" ");
    const low = words.map((w) => lower(bare(w)));
    const folded = words.map((w) => fold(bare(w)));
    for (let at = 0; at < words.length;) {
      const step = stepAt(words, low, folded, at);
      if (step.kind === "other") return null;
      if (step.kind === "commune") {
        const key = fold(step.name.join(" "));
        if (found !== null && (found.kind !== step.commune || found.key !== key)) return null;
        // The name as a sentence writes it wins over the same name in capitals.
        if (found === null || (isCapitals(found.name.join(" ")) && !isCapitals(step.name.join(" "))))
          found = { kind: step.commune, key, name: step.name };
      }
      at = Math.max(step.next, at + 1);
    }
  }
  if (found === null) return null;
  const written = found.name.join(" ");
  return { kind: found.kind, name: isCapitals(written) ? titleCase(found.name) : written };
}

/** "UBND xã Hòa An" for a list whose title names xã Hòa An and nothing else; null otherwise. */
export function communeBodyOfTitles(lines: readonly string[]): string | null {
  const commune = communeOfTitles(lines);
  return commune === null ? null : `UBND ${commune.kind} ${commune.name}`;
}
