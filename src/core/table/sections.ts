/**
 * Section rows: the headings inside a list that say what the rows below them share. Published lists
 * group schools by action ("CÔNG NHẬN MỚI", "Công nhận lại"), by level ("I. Mầm non") or by place
 * ("Huyện Gia Bình", "Xã Đông Cứu"); the schools under such a heading often have no column of their
 * own for it. A section row is never a school.
 */
import type { Action } from "../schools/actions";
import { parseAction } from "../schools/actions";
import type { SchoolTypeId } from "../schools/types";
import { typeFromColumn } from "../schools/types";
import { clean, fold } from "../text/normalize";

export type PlaceLevel = "province" | "district" | "commune";

/** What a section heading says; at least one part is set. */
export interface Section {
  readonly action: Action | null;
  readonly type: SchoolTypeId | null;
  readonly place: { readonly level: PlaceLevel; readonly name: string } | null;
}

/** Section numbering in front of a heading: "I.", "A)", "1.", "2 -", "II –". */
const NUMBERING = /^(?:[IVXLC]+|[A-Za-z]|\d{1,3})\s*[.):\-–—/]\s*/;

/** Place words that open a heading, the level each names, most specific wording first. */
const PLACE_WORDS: readonly { readonly re: RegExp; readonly level: PlaceLevel }[] = [
  { re: /^(?:tinh)\s+\S/, level: "province" },
  { re: /^(?:huyen|quan|thi xa|tx\.?|thanh pho|tp\.?)\s+\S/, level: "district" },
  { re: /^(?:xa|phuong|thi tran|tt\.?)\s+\S/, level: "commune" },
];

/** Headings are short: a longer text is a note or a school's name. */
const MAX_WORDS = 12;

/** "Các trường Mầm non", "Khối THCS": the level, without its lead words. */
function typeOf(text: string): SchoolTypeId | null {
  const stripped = text.replace(/^(?:các|cac)\s+/i, "").replace(/\s*\(.*\)\s*$/, "");
  return typeFromColumn(stripped);
}

/** "CÔNG NHẬN MỚI TRƯỜNG MẦM NON", "Mầm non - công nhận lại": a level written before or after the action. */
function levelWithin(text: string): SchoolTypeId | null {
  const words = text.split(" ");
  for (let i = 1; i < words.length; i++) {
    const found =
      typeOf(
        words
          .slice(i)
          .join(" ")
          .replace(/^[-–:,]\s*/, ""),
      ) ??
      typeOf(
        words
          .slice(0, i)
          .join(" ")
          .replace(/\s*[-–:,]$/, ""),
      );
    if (found) return found;
  }
  return null;
}

/** A count after a place's name: "Xã Ia Blang (02 trường)", "Phường Tân An: 3 đơn vị". */
const COUNT_AFTER = /\s*[(:\-–]\s*\d+\s*(?:trường|đơn vị|cơ sở)\s*\)?$/iu;

function placeOf(text: string): Section["place"] {
  const folded = fold(text);
  const name = text.replace(COUNT_AFTER, "");
  for (const p of PLACE_WORDS) if (p.re.test(folded)) return { level: p.level, name };
  return null;
}

/**
 * The section a heading text announces, or null when the text is not a heading. The caller has
 * already seen that the row carries no school data.
 */
export function sectionOf(raw: string): Section | null {
  const text = clean(raw)
    .replace(NUMBERING, "")
    .replace(/[:.]+$/, "")
    .trim();
  if (text === "" || text.split(" ").length > MAX_WORDS) return null;
  const action = parseAction(text);
  if (action.kind === "ok") return { action: action.action, type: levelWithin(text), place: null };
  const type = typeOf(text);
  if (type !== null) return { action: null, type, place: null };
  const place = placeOf(text);
  return place ? { action: null, type: null, place } : null;
}

/** What the rows under the headings above them share; each part remembers its heading's row. */
export interface SectionContext {
  readonly action: { readonly value: Action; readonly row: number } | null;
  readonly type: { readonly value: SchoolTypeId; readonly row: number } | null;
  readonly province: { readonly value: string; readonly row: number } | null;
  readonly district: { readonly value: string; readonly row: number } | null;
  readonly commune: { readonly value: string; readonly row: number } | null;
}

export const NO_SECTION: SectionContext = {
  action: null,
  type: null,
  province: null,
  district: null,
  commune: null,
};

type Part = keyof SectionContext;

/**
 * Headings nest as a document's do: a new heading of one kind replaces the last of its kind and ends
 * every heading opened after it ("CÔNG NHẬN LẠI" ends the "I. Mầm non" under "CÔNG NHẬN MỚI").
 */
export class SectionStack {
  private readonly open: Part[] = [];
  private context: SectionContext = NO_SECTION;

  get current(): SectionContext {
    return this.context;
  }

  enter(section: Section, row: number): void {
    const parts: [Part, unknown][] = [];
    if (section.action) parts.push(["action", section.action]);
    if (section.type) parts.push(["type", section.type]);
    if (section.place) parts.push([section.place.level, section.place.name]);
    let next: Record<Part, { value: unknown; row: number } | null> = { ...this.context };
    for (const [part] of parts) {
      const at = this.open.indexOf(part);
      if (at >= 0) {
        for (const closed of this.open.splice(at)) next = { ...next, [closed]: null };
      }
    }
    for (const [part, value] of parts) {
      next = { ...next, [part]: { value, row } };
      this.open.push(part);
    }
    this.context = next as unknown as SectionContext;
  }
}
