/**
 * School types (SPEC §3) and reading them from a school's name or from a level column.
 * All matching runs on `fold`ed text, so NFD accents, upper case and Đ/D never change the result.
 */
import type { CellValue } from "../grid";
import { memoByText } from "../text/memo";
import { clean, fold, foldCharacter, isStableAndClean } from "../text/normalize";

export type SchoolTypeId = "MN" | "TH" | "THCS" | "THPT" | "TH_THCS" | "THCS_THPT" | "TH_THCS_THPT";

export interface SchoolTypeInfo {
  readonly id: SchoolTypeId;
  readonly label: { readonly vi: string; readonly en: string };
  readonly circular: string;
}

// A record literal, so the compiler proves every id has an entry.
const INFO: Readonly<Record<SchoolTypeId, SchoolTypeInfo>> = {
  MN: { id: "MN", label: { vi: "Mầm non", en: "Preschool" }, circular: "TT 19/2018" },
  TH: { id: "TH", label: { vi: "Tiểu học", en: "Primary" }, circular: "TT 17/2018" },
  THCS: { id: "THCS", label: { vi: "THCS", en: "Lower secondary" }, circular: "TT 18/2018" },
  THPT: { id: "THPT", label: { vi: "THPT", en: "Upper secondary" }, circular: "TT 18/2018" },
  TH_THCS: {
    id: "TH_THCS",
    label: { vi: "TH&THCS", en: "Primary & lower secondary" },
    circular: "TT 18/2018",
  },
  THCS_THPT: {
    id: "THCS_THPT",
    label: { vi: "THCS&THPT", en: "Lower & upper secondary" },
    circular: "TT 18/2018",
  },
  TH_THCS_THPT: {
    id: "TH_THCS_THPT",
    label: { vi: "TH, THCS&THPT", en: "Multi-level (primary to upper secondary)" },
    circular: "TT 18/2018",
  },
};

/** In SPEC §3 order: reports list types in this order. */
export const SCHOOL_TYPES: readonly SchoolTypeInfo[] = [
  INFO.MN,
  INFO.TH,
  INFO.THCS,
  INFO.THPT,
  INFO.TH_THCS,
  INFO.THCS_THPT,
  INFO.TH_THCS_THPT,
];

export function schoolTypeInfo(id: SchoolTypeId): SchoolTypeInfo {
  return INFO[id];
}

export interface NameType {
  readonly type: SchoolTypeId;
  readonly boarding: "PTDTBT" | "PTDTNT" | null;
  /** the prefix as written, e.g. "TH&THCS" */
  readonly prefix: string;
}

/** A school level named by one word group; a type is a set of these. */
type Level = "MN" | "TH" | "THCS" | "THPT";

// Every pattern ends at a word boundary so "Thanh", "Thái" or "THCS" are never read as "TH".
const END = "(?![a-z0-9])";
const ROMAN_OR_DIGIT = "(?:1|2|3|iii|ii|i)";

interface Atom {
  readonly re: RegExp;
  readonly levels: readonly Level[];
}

// Longest spellings first within each group; the word boundary does the rest.
const ATOMS: readonly Atom[] = [
  {
    re: new RegExp(`(?:pho thong|pt) nhieu cap(?: hoc)?${END}|nhieu cap hoc${END}`, "y"),
    levels: ["TH", "THCS", "THPT"],
  },
  { re: new RegExp(`(?:ptcs|pho thong co so)${END}`, "y"), levels: ["TH", "THCS"] },
  { re: new RegExp(`(?:trung hoc co so|thcs)${END}`, "y"), levels: ["THCS"] },
  { re: new RegExp(`(?:trung hoc pho thong|thpt)(?: chuyen)?${END}|ptth${END}`, "y"), levels: ["THPT"] },
  { re: new RegExp(`(?:tieu hoc|th|t\\.h\\.?)${END}`, "y"), levels: ["TH"] },
  { re: new RegExp(`(?:mam non|mau giao|nha tre|mn|mg|nt)${END}`, "y"), levels: ["MN"] },
];

// "Cấp 1", "cấp II", "cấp 2-3": the old names of the levels.
const CAP_ATOM = new RegExp(
  `cap (${ROMAN_OR_DIGIT})((?:\\s*(?:[-&,/+]|va)\\s*${ROMAN_OR_DIGIT})*)${END}`,
  "y",
);
const CAP_LEVEL: Readonly<Record<string, Level>> = {
  "1": "TH",
  i: "TH",
  "2": "THCS",
  ii: "THCS",
  "3": "THPT",
  iii: "THPT",
};

const JOINER = /\s*(?:[-–—&+,/_;]\s*)?(?:va\s+)?/y;

// PTDTBT / PT DTBT / DTBT / phổ thông dân tộc bán trú, and the same for nội trú.
const BOARDING: readonly { readonly re: RegExp; readonly flag: "PTDTBT" | "PTDTNT" }[] = [
  {
    re: new RegExp(`(?:(?:pho thong|pt)[ -]?)?(?:dan toc|dt)[ -]?(?:ban tru|bt)${END}`, "y"),
    flag: "PTDTBT",
  },
  {
    re: new RegExp(`(?:(?:pho thong|pt)[ -]?)?(?:dan toc|dt)[ -]?(?:noi tru|nt)${END}`, "y"),
    flag: "PTDTNT",
  },
];

const BY_LEVELS: Readonly<Record<string, SchoolTypeId>> = {
  MN: "MN",
  TH: "TH",
  THCS: "THCS",
  THPT: "THPT",
  "TH+THCS": "TH_THCS",
  "THCS+THPT": "THCS_THPT",
  "TH+THCS+THPT": "TH_THCS_THPT",
};
const LEVEL_ORDER: readonly Level[] = ["MN", "TH", "THCS", "THPT"];

function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function atomAt(text: string, pos: number): { end: number; levels: readonly Level[] } | null {
  const cap = matchAt(CAP_ATOM, text, pos);
  if (cap) {
    const levels = [cap[1] ?? "", ...(cap[2] ?? "").split(/[^0-9i]+/)]
      .map((n) => CAP_LEVEL[n])
      .filter((l): l is Level => l !== undefined);
    return { end: CAP_ATOM.lastIndex, levels };
  }
  for (const atom of ATOMS) {
    if (matchAt(atom.re, text, pos)) return { end: atom.re.lastIndex, levels: atom.levels };
  }
  return null;
}

/**
 * Reads a chain of level words joined by "&", "-", ",", "và"… ("TH, THCS và THPT") from `pos`.
 * Returns the type, or null when the chain names no type (e.g. "MN - TH", "TH & THPT").
 */
function chainAt(text: string, pos: number): { type: SchoolTypeId | null; end: number } | null {
  const first = atomAt(text, pos);
  if (!first) return null;
  const levels = new Set<Level>(first.levels);
  let end = first.end;
  let mixed = false;
  for (;;) {
    JOINER.lastIndex = end;
    JOINER.exec(text);
    const next = atomAt(text, JOINER.lastIndex);
    if (!next) break;
    const onlyMn = levels.has("MN") && next.levels.every((l) => l === "MN");
    if (!onlyMn && next.levels.some((l) => levels.has(l))) break; // "TH TH…": the chain is over
    if (levels.has("MN") !== next.levels.includes("MN")) mixed = true; // a preschool with a school level
    for (const l of next.levels) levels.add(l);
    end = next.end;
  }
  const key = LEVEL_ORDER.filter((l) => levels.has(l)).join("+");
  return { type: mixed ? null : (BY_LEVELS[key] ?? null), end };
}

function boardingAt(text: string, pos: number): { flag: "PTDTBT" | "PTDTNT"; end: number } | null {
  for (const b of BOARDING) {
    if (matchAt(b.re, text, pos)) return { flag: b.flag, end: b.re.lastIndex };
  }
  return null;
}

function skip(re: RegExp, text: string, pos: number): number {
  return matchAt(re, text, pos) ? re.lastIndex : pos;
}

const TRUONG = /truong\s*:?\s+/y;
const LIEN_CAP = /lien cap\s+/y;
const BOARDING_SEP = /\s*[-–,]?\s*/y;

/** Folded text plus, for each folded character, where it came from in the cleaned text. */

function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    // fold() trims, so a lone space would vanish; spaces are already single after clean().
    const f = foldCharacter(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(i);
  return { folded, origin };
}

/**
 * Type from the school name's prefix (SPEC §3), or null when the name carries none.
 * A boarding marker without a level ("PTDTNT tỉnh X", "DTNT huyện Y") gives null: such schools
 * exist at THCS, THCS&THPT and other levels, so the type is unknown rather than guessed.
 */
export function typeFromName(name: string): NameType | null {
  const written = clean(name);
  // Most names fold one character to one, and positions need no map back.
  const { folded, origin } = isStableAndClean(written)
    ? { folded: fold(written), origin: null }
    : foldWithOrigin(written);
  let pos = skip(TRUONG, folded, 0);
  let boarding: "PTDTBT" | "PTDTNT" | null = null;
  const before = boardingAt(folded, pos);
  if (before) {
    boarding = before.flag;
    pos = skip(BOARDING_SEP, folded, before.end);
  }
  pos = skip(LIEN_CAP, folded, pos);
  const chain = chainAt(folded, pos);
  if (!chain || chain.type === null) return null;
  if (boarding === null) {
    const after = boardingAt(folded, skip(BOARDING_SEP, folded, chain.end));
    if (after) boarding = after.flag;
  }
  const from = origin ? (origin[pos] ?? 0) : pos;
  const to = origin ? (origin[chain.end] ?? written.length) : chain.end;
  return { type: chain.type, boarding, prefix: written.slice(from, to) };
}

// Words that may introduce the level in a column: "Cấp THCS", "Bậc học: Tiểu học", "Liên cấp TH&THCS".
// "cấp" followed by a number is itself a level ("Cấp 2"), so it is not skipped then.
const COLUMN_LEAD = new RegExp(
  `(?:lien cap|cap hoc|bac hoc|loai hinh|khoi|cap|bac)(?!\\s*${ROMAN_OR_DIGIT}${END})\\s*:?\\s*`,
  "y",
);
const COLUMN_TAIL = /[\s.]*$/y;

/** Type from a "Cấp học" / "Bậc học" / "Loại hình trường" cell, or null when unreadable. */
export function typeFromColumn(value: CellValue): SchoolTypeId | null {
  return typeof value === "string" ? typeFromColumnText(value) : null;
}

const ENGLISH_LABELS = new Map<string, SchoolTypeId>(SCHOOL_TYPES.map((t) => [fold(t.label.en), t.id]));

const typeFromColumnText = memoByText((value: string): SchoolTypeId | null => {
  const folded = fold(value);
  if (folded === "") return null;
  const byEnglish = ENGLISH_LABELS.get(folded);
  if (byEnglish) return byEnglish;
  let pos = skip(TRUONG, folded, 0);
  pos = skip(COLUMN_LEAD, folded, pos);
  const before = boardingAt(folded, pos);
  if (before) pos = skip(BOARDING_SEP, folded, before.end);
  const chain = chainAt(folded, pos);
  if (!chain) return null;
  let end = chain.end;
  const after = boardingAt(folded, skip(BOARDING_SEP, folded, end));
  if (after) end = after.end;
  // The whole cell must be a level: "THCS Lê Lợi" or "Công lập" in this column is not a type.
  if (!matchAt(COLUMN_TAIL, folded, end)) return null;
  return chain.type;
});

/**
 * Units a list may carry that no national standard for schools applies to: independent childcare
 * groups and kindergarten classes, centres (GDNN-GDTX, học tập cộng đồng), and the sites of a school
 * ("Điểm trường Huổi Sông", "Phân hiệu … tại bản Mạ"), recognised with their school. Counting them
 * would lower every rate with units that can never be recognised. A leading dash or bullet of a site
 * listed under its school ("- Điểm trường …") does not hide it.
 */
const NOT_SCHOOL =
  /^[\s\-–•+*.]*(?:nhom tre|nhom lop|lop mau giao|lop mg|trung tam|diem truong|diem le|phan hieu)(?![a-z0-9])/;

export function isNotSchool(name: string): boolean {
  return NOT_SCHOOL.test(fold(clean(name)));
}
