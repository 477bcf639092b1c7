/** Node only: zlib's one-call inflater, for `useWholeInflater`. */
import { inflateRawSync } from "node:zlib";
import type { WholeInflater } from "./inflate";

/** Raw deflate inflated in one call; zlib stops at `max` bytes with ERR_BUFFER_TOO_LARGE. */
export const zlibInflater: WholeInflater = (data, max) => {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
  } catch (err) {
    // By its code, not its class: a RangeError made in another realm (a test's vm) is not ours.
    if ((err as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") return "too-long";
    throw err;
  }
};
