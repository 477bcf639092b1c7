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

/** "Xã Ia Chim", "xa Ia Chim" and "Ia Chim" are the same commune. */
export function communeKey(commune: string | null): string {
  return commune ? communeKeyOf(commune) : "";
}

// A list names a few dozen communes over thousands of rows.
const communeKeyOf = memoByText((commune: string) =>
  fold(commune)
    .replace(/^(xa|phuong|thi tran|tt\.?|p\.|x\.)\s+/, "")
    .trim(),
);

export function schoolKey(name: string | null, commune: string | null, named?: NameType | null): string {
  return `${name ? nameKey(name, named === undefined ? typeFromName(name) : named) : ""}|${communeKey(commune)}`;
}
