/**
 * Recognition codes (SPEC §4): KĐCLGD cấp độ and CQG mức độ, alone or combined ("CĐ2-MĐ1").
 * Parsing runs on `fold`ed text of the NFKC form of the cell, so case, spaces, NFD accents, Đ/D and
 * full-width characters never matter.
 * Levels are read as any integer 0..99; whether a level is allowed is the range rules' business.
 */
import type { CellValue } from "../grid";
import { displayValue } from "../text/format";
import { memoByText } from "../text/memo";
import { clean, fold } from "../text/normalize";

/** Which column the cell is in: it decides what a bare number or a lone "mức"/"cấp độ" means. */
export type CodeColumn = "combined" | "accreditation" | "standard";

export type CodeParse =
  | { kind: "empty" }
  | {
      kind: "ok";
      accreditation: number | null;
      standard: number | null;
      canonical: string;
      isCanonical: boolean;
      /** A "cấp độ"/"CĐ" word was read as mức độ (press style "chuẩn quốc gia cấp độ 1"). */
      cdWordAsStandard: boolean;
    }
  | { kind: "invalid"; text: string };

/** (2,1) → "CĐ2-MĐ1"; (3,null) → "CĐ3"; (null,2) → "MĐ2"; (null,null) → "". */
export function canonicalCode(accreditation: number | null, standard: number | null): string {
  const parts: string[] = [];
  if (accreditation !== null) parts.push(`CĐ${accreditation}`);
  if (standard !== null) parts.push(`MĐ${standard}`);
  return parts.join("-");
}

// Longer than any code anyone writes: such a cell is a note, not a code.
const MAX_LENGTH = 80;

/** Cells that say "no recognition" (folded). */
const EMPTY_WORDS: ReadonlySet<string> = new Set([
  "chua",
  "chua dat",
  "chua dat chuan",
  "chua cong nhan",
  "chua cn",
  "chua kd",
  "chua kdclgd",
  "chua kiem dinh",
  "khong",
  "khong dat",
  "khong co",
  "chua danh gia",
  "chua kiem dinh danh gia",
]);

type Qualifier = "kd" | "cqg" | null;
/** `cd` = CĐ / cấp độ; `md` = the MĐ abbreviation; `muc` = the words mức / mức độ; `cap` = a bare "cấp". */
type Keyword = "cd" | "md" | "muc" | "cap" | null;

interface Part {
  readonly qualifier: Qualifier;
  readonly keyword: Keyword;
  readonly level: number;
}

/** A phrase whose words may be run together ("mứcđộ", "chuẩnquốcgia"). */
const words = (phrase: string): string => phrase.split(" ").join("\\s*");
/** An abbreviation whose letters may be spaced out ("C Đ", "K Đ C L G D"). */
const letters = (abbr: string): string => abbr.split("").join("\\s*");

const KD = [
  words("kiem dinh chat luong giao duc"),
  `${words("kiem dinh")}\\s*${letters("clgd")}`,
  words("kiem dinh"),
  letters("kdclgd"),
  letters("kdcl"),
  letters("kd"),
].join("|");
const CQG = [words("chuan quoc gia"), `chuan\\s*${letters("qg")}`, letters("cqg"), "chuan"].join("|");
const CD = `${words("cap do")}|${letters("cd")}`;
const MD = letters("md");
const MUC = `${words("muc do")}|muc`;
/** Where a part may begin right after a level, with no space or separator: "CĐ2MĐ1", "CĐ2vàMĐ1". */
const NEXT_PART = `(?:va\\s*)?(?:${KD}|${CQG}|${CD}|${MD}|${MUC}|cap)`;

// One level: optional "KĐCLGD"/"CQG" qualifier, optional keyword, then a digit or Roman I–IV. Spaces
// never matter inside or between the words (SPEC §4.2), but the level's digits stay one number: a
// level may be followed by anything but a letter or a digit, or by the next part ("CĐ2MĐ1"), so
// "CĐ25" is cấp độ 25 (out of range), never CĐ2 and a stray 5.
const PART = new RegExp(
  `(?:truong\\s*)?(?:dat\\s*)?(?:(${KD})|(${CQG}))?\\s*(?:(${CD})|(${MD})|(${MUC})|(cap))?\\s*[:.]?\\s*` +
    `(\\d{1,2}|iv|iii|ii|i)(?![0-9])(?=$|[^a-z]|${NEXT_PART})`,
  "y",
);
const SEPARATOR = /\s*(?:[-/,;&+]\s*)?(?:va\s*)?/y;
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

function partAt(text: string, pos: number): { part: Part; end: number } | null {
  PART.lastIndex = pos;
  const m = PART.exec(text);
  if (!m) return null;
  const qualifier: Qualifier = m[1] ? "kd" : m[2] ? "cqg" : null;
  const keyword: Keyword = m[3] ? "cd" : m[4] ? "md" : m[5] ? "muc" : m[6] ? "cap" : null;
  const digits = m[7] ?? "";
  const level = ROMAN[digits] ?? Number(digits);
  return { part: { qualifier, keyword, level }, end: PART.lastIndex };
}

/** One or two parts covering the whole text, or null. */
function splitParts(text: string): Part[] | null {
  const first = partAt(text, 0);
  if (!first) return null;
  if (first.end === text.length) return [first.part];
  SEPARATOR.lastIndex = first.end;
  SEPARATOR.exec(text);
  const second = partAt(text, SEPARATOR.lastIndex);
  if (!second || second.end !== text.length) return null;
  return [first.part, second.part];
}

type Role = { readonly role: "accreditation" | "standard"; readonly cdWord: boolean };
const ACC: Role = { role: "accreditation", cdWord: false };
const STD: Role = { role: "standard", cdWord: false };
const CD_AS_STD: Role = { role: "standard", cdWord: true };

/**
 * What a part names. An explicit qualifier always wins; without one, a lone part in a single-level
 * column follows the column (a bare number, "cấp độ N" in a CQG column, "mức N" in a KĐCLGD column,
 * where the assessment result is called Mức N).
 */
function roleOf(part: Part, column: CodeColumn, lone: boolean): Role | null {
  const { qualifier, keyword } = part;
  const follows = lone ? column : "combined";
  switch (keyword) {
    case null:
      if (qualifier === "kd") return ACC;
      if (qualifier === "cqg") return STD;
      // A bare number in a combined column could be either level.
      return follows === "accreditation" ? ACC : follows === "standard" ? STD : null;
    case "cap":
      // "cấp 3" alone is a school level (THPT) as often as a code.
      if (qualifier === "kd") return ACC;
      return qualifier === "cqg" ? CD_AS_STD : null;
    case "cd":
      if (qualifier === "cqg") return CD_AS_STD;
      return qualifier === null && follows === "standard" ? CD_AS_STD : ACC;
    case "md":
      return qualifier === "kd" ? ACC : STD;
    case "muc":
      if (qualifier === "kd") return ACC;
      if (qualifier === "cqg") return STD;
      return follows === "accreditation" ? ACC : STD;
  }
}

function ok(
  accreditation: number | null,
  standard: number | null,
  isCanonical: boolean,
  cdWordAsStandard: boolean,
): CodeParse {
  const canonical = canonicalCode(accreditation, standard);
  return { kind: "ok", accreditation, standard, canonical, isCanonical, cdWordAsStandard };
}

function parseNumber(value: number, column: CodeColumn): CodeParse {
  const valid = column !== "combined" && Number.isInteger(value) && value >= 0 && value <= 99;
  if (!valid) return { kind: "invalid", text: String(value) };
  return column === "accreditation" ? ok(value, null, true, false) : ok(null, value, true, false);
}

/** Zero-width spaces and joiners, the word joiner, the byte-order mark and the soft hyphen. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

function parseText(raw: string, column: CodeColumn): CodeParse {
  const text = clean(raw);
  const invalid: CodeParse = { kind: "invalid", text };
  if (text.length > MAX_LENGTH) return invalid;
  // Compatibility forms of a code cell read as their plain letters and digits: full-width
  // "ＣＤ２－ＭＤ１", the Roman numeral "Ⅲ"; invisible characters pasted from the web count for nothing.
  const folded = fold(text.normalize("NFKC").replace(INVISIBLE, ""))
    .replace(/[\u2012-\u2015\u2212]/g, "-")
    .replace(/\.$/, "")
    .trim();
  if (folded === "" || /^-+$/.test(folded) || EMPTY_WORDS.has(folded)) return { kind: "empty" };

  const parts = splitParts(folded);
  if (!parts) return invalid;
  let accreditation: number | null = null;
  let standard: number | null = null;
  let cdWord = false;
  for (const part of parts) {
    const role = roleOf(part, column, parts.length === 1);
    if (!role) return invalid;
    if (role.role === "accreditation") {
      if (accreditation !== null) return invalid; // "CĐ2-CĐ3"
      accreditation = part.level;
    } else {
      if (standard !== null) return invalid;
      standard = part.level;
    }
    cdWord ||= role.cdWord;
  }
  // A single level of the other kind does not belong in a single-level column.
  if (column === "accreditation" && accreditation === null) return invalid;
  if (column === "standard" && standard === null) return invalid;

  const canonical = canonicalCode(accreditation, standard);
  // A numeric column is a fine way to write levels: digits alone are not worth a finding.
  const isCanonical = text === canonical || (column !== "combined" && /^\d+$/.test(text));
  return ok(accreditation, standard, isCanonical, cdWord);
}

/** Reads a code cell; never throws. */
const TEXT_PARSERS: Readonly<Record<CodeColumn, (text: string) => CodeParse>> = {
  combined: memoByText((text) => parseText(text, "combined")),
  accreditation: memoByText((text) => parseText(text, "accreditation")),
  standard: memoByText((text) => parseText(text, "standard")),
};

export function parseCode(value: CellValue, column: CodeColumn): CodeParse {
  if (value === null) return { kind: "empty" };
  if (typeof value === "string") return TEXT_PARSERS[column](value);
  if (typeof value === "number") return parseNumber(value, column);
  // Booleans, dates and Excel errors are not codes; cell errors are reported by their own rule.
  return { kind: "invalid", text: displayValue(value) ?? "" };
}
