/**
 * What a file handed to us may cost. A workbook is a zip: a few kilobytes can inflate to gigabytes
 * (a "zip bomb"), and a central directory can list millions of parts. The declared sizes are checked
 * before anything is inflated, and inflating stops as soon as the real output passes its limit, so a
 * hostile package costs little memory and is refused with its reason.
 */

/** More parts than any real workbook has: a sheet brings at most a handful (rels, drawing, notes…). */
export const MAX_PARTS = 50_000;
/**
 * One part, inflated. 512 MiB is also about the longest text a JavaScript engine holds (2^29
 * characters), so a larger sheet could not be read anyway; a full 1,048,576-row list is far smaller.
 */
export const MAX_PART_BYTES = 512 * 1024 * 1024;
/** All parts together, inflated. */
export const MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024;
/** Excel's own limit on the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** Which limit a file passes, with what the user needs to find it. */
export type LimitBreach =
  | { readonly kind: "parts"; readonly count: number }
  /** `bytes` is the declared size, or null when the part was found too long while inflating. */
  | { readonly kind: "part"; readonly part: string; readonly bytes: number | null }
  | { readonly kind: "total"; readonly bytes: number | null }
  | { readonly kind: "cell"; readonly sheet: string; readonly cell: string; readonly length: number }
  /** The engine itself ran out of room (a string or buffer longer than it can hold). */
  | { readonly kind: "memory" };

/** Thrown by every reader when a file passes a limit; the file is refused, never read another way. */
export class LimitError extends Error {
  override readonly name = "LimitError";

  constructor(readonly breach: LimitBreach) {
    super(`limit: ${breach.kind}`);
  }
}

/** Is this error the engine saying a string or buffer cannot be that long? */
export function isOutOfRoom(err: unknown): boolean {
  return (
    err instanceof RangeError &&
    /Invalid string length|Array buffer allocation failed|Invalid typed array length|too large|Cannot create a string longer/i.test(
      err.message,
    )
  );
}
