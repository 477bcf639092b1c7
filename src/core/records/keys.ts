import { fold } from "../text/normalize";

/** "Trường MN Hoa Sen" and "MN Hoa Sen" are the same school. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/^truong\s+/, "")
    .replace(/[.,;:]+$/, "")
    .trim();
}

/** "Xã Ia Chim", "xa Ia Chim" and "Ia Chim" are the same commune. */
export function communeKey(commune: string | null): string {
  if (!commune) return "";
  return fold(commune)
    .replace(/^(xa|phuong|thi tran|tt\.?|p\.|x\.)\s+/, "")
    .trim();
}

export function schoolKey(name: string | null, commune: string | null): string {
  return `${name ? nameKey(name) : ""}|${communeKey(commune)}`;
}
