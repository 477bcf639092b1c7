import { typeFromName } from "../schools/types";
import type { NameType } from "../schools/types";
import { memoByText } from "../text/memo";
import { fold } from "../text/normalize";

/**
 * "Trường MN Hoa Sen" and "MN Hoa Sen" are the same school, and so are "Tiểu học Kim Đồng" and
 * "TH Kim Đồng": the level prefix is replaced by its type id.
 */
export function nameKey(name: string, named: NameType | null = typeFromName(name)): string {
  let key = fold(name)
    .replace(/^truong\s+/, "")
    .replace(/[.,;:]+$/, "")
    .trim();
  if (named) {
    const prefix = fold(named.prefix);
    const at = prefix === "" ? -1 : key.indexOf(prefix);
    if (at >= 0) key = `${key.slice(0, at)}${named.type.toLowerCase()}${key.slice(at + prefix.length)}`;
  }
  return key;
}

/** Where a school is, as the list says it: any of the three may be missing. */
export interface Places {
  readonly province: string | null;
  readonly district: string | null;
  readonly commune: string | null;
}

/**
 * A place as it is now, without the note of what it was: "Phường Vạn Xuân (Bãi Bông cũ)", "Xã Ia Pa
 * (cũ: xã Ia Trôk)" and "Xã Ia Pa (trước sáp nhập: …)" are the ward or commune before the bracket.
 * Lists keep the old names beside the new ones since the 07/2025 merger; the unit is the new one.
 */
export function currentPlace(place: string): string {
  const m = /^(.*\S)\s*\(([^()]*)\)\s*$/u.exec(place);
  if (!m) return place;
  const note = (m[2] as string).normalize("NFC").toLocaleLowerCase("vi");
  const former =
    /(^|[\s,:;.-])cũ($|[\s,:;.])/u.test(note) ||
    /^(trước đây|trước sáp nhập|trước khi sáp nhập)/u.test(note.trim());
  return former ? (m[1] as string) : place;
}

/** A place's name without the word for its kind: "Xã Ia Chim", "xa Ia Chim" and "Ia Chim" are one commune. */
const placeKeyOf = memoByText((place: string) =>
  fold(place)
    .replace(/^(xa|phuong|thi tran|tt\.?|p\.|x\.|huyen|quan|thi xa|tx\.?|thanh pho|tp\.?|tinh)\s+/, "")
    .trim(),
);

export function placeKey(place: string | null): string {
  return place ? placeKeyOf(place) : "";
}

/** The place of a school as one key, most general first: "gia lai|chu se|ia hlop". */
export function placesKey(places: Places): string {
  return `${placeKey(places.province)}|${placeKey(places.district)}|${placeKey(places.commune)}`;
}

/**
 * A school is its normalised name within the most specific place the list gives: the same name in
 * two districts (or provinces) is two schools.
 */
export function schoolKey(name: string | null, places: Places, named?: NameType | null): string {
  const own = name ? nameKey(name, named === undefined ? typeFromName(name) : named) : "";
  return `${own}|${placesKey(places)}`;
}
