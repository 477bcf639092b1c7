/**
 * The name of a list in a roll-up: the commune or ward its title names ("DANH SÁCH TRƯỜNG … XÃ AN
 * PHÚ", "UBND PHƯỜNG BẾN THÀNH"), else the district of an older list ("UBND HUYỆN SƠN HÀ"). A Sở sums
 * about a hundred such lists; the file name says less than the title does.
 */
import { clean, fold } from "../text/normalize";
import { STOP } from "../table/title-commune";

export interface UnitTitle {
  /** "Xã An Phú", in title case when the title is written in capitals. */
  readonly name: string;
  /** A commune, ward, town or special zone (the list is one commune's), or a district. */
  readonly level: "commune" | "district";
}

/** Folded words that begin a commune-level name, longest first. */
const COMMUNE_WORDS = [["thi", "tran"], ["dac", "khu"], ["xa"], ["phuong"]] as const;
const DISTRICT_WORDS = [["thi", "xa"], ["thanh", "pho"], ["huyen"], ["quan"]] as const;

/** Two words that end a name: the next place's kind ("… THÀNH PHỐ HUẾ"), folded. */
const STOP_PAIRS = new Set(["thanh pho", "thi xa", "thi tran", "dac khu"]);

/** Words before the keyword that make it a plural, not a name: "các xã", "những phường". */
const PLURAL = new Set(["cac", "nhung", "moi"]);

const MAX_NAME_WORDS = 5;

function titleCase(words: readonly string[]): string {
  return words
    .map((w) => {
      const lower = w.toLocaleLowerCase("vi");
      return (lower[0] ?? "").toLocaleUpperCase("vi") + lower.slice(1);
    })
    .join(" ");
}

const bare = (w: string): string => w.replace(/^[("“'«]+|[)"”'»,.;:!?]+$/g, "");

/** The place a keyword at `at` names in the line's words, or null. */
function nameAt(
  words: readonly string[],
  folded: readonly string[],
  at: number,
  length: number,
): string | null {
  const before = folded[at - 1] ?? "";
  // "các xã" is many communes; "thị xã" is a district-level town.
  if (PLURAL.has(before) || (before === "thi" && folded[at] === "xa")) return null;
  const name: string[] = [];
  for (let i = at + length; i < words.length && name.length < MAX_NAME_WORDS; i++) {
    const word = words[i] ?? "";
    const plain = bare(word);
    const lower = plain.toLocaleLowerCase("vi");
    const pair = `${folded[i] ?? ""} ${folded[i + 1] ?? ""}`;
    if (
      plain === "" ||
      STOP.has(lower) ||
      STOP_PAIRS.has(pair) ||
      /^\d{4}$/.test(plain) ||
      /^[-–—(]/.test(word)
    )
      break;
    name.push(plain);
    // A comma, a closing bracket or a full stop ends the name with this word.
    if (plain !== word && /[),.;:]$/.test(word)) break;
  }
  if (name.length === 0) return null;
  const kind = words.slice(at, at + length).map(bare);
  const written = [...kind, ...name].join(" ");
  if (written !== written.toLocaleUpperCase("vi")) return written;
  // "THỊ TRẤN SƠN TỊNH" → "Thị trấn Sơn Tịnh": the kind as a word, the place as a name.
  const lowerKind = kind.join(" ").toLocaleLowerCase("vi");
  return `${(lowerKind[0] ?? "").toLocaleUpperCase("vi")}${lowerKind.slice(1)} ${titleCase(name)}`;
}

function find(lines: readonly string[], keywords: readonly (readonly string[])[]): string | null {
  for (const line of lines) {
    const words = clean(line).split(" ");
    const folded = words.map((w) => bare(fold(w)));
    for (let at = 0; at < words.length; at++) {
      for (const k of keywords) {
        if (!k.every((part, j) => folded[at + j] === part)) continue;
        const name = nameAt(words, folded, at, k.length);
        if (name !== null) return name;
      }
    }
  }
  return null;
}

/** The commune (or, failing one, the district) the title lines of a list name; null when none. */
export function unitTitle(lines: readonly string[]): UnitTitle | null {
  const commune = find(lines, COMMUNE_WORDS);
  if (commune !== null) return { name: commune, level: "commune" };
  const district = find(lines, DISTRICT_WORDS);
  return district === null ? null : { name: district, level: "district" };
}
