import type { Localized } from "../../core/text/localized";
import { paneError } from "../lib/errors";

/**
 * A failure as the Word pane shows it: the message in both languages when the host or the file reader
 * gave one (WordHostError, InputError), else null for the pane's own words; and a detail line.
 */
export interface Problem {
  readonly message: Localized | null;
  readonly detail: string | null;
}

export function problemOf(cause: unknown): Problem {
  if (typeof cause === "object" && cause !== null) {
    const c = cause as { vi?: unknown; en?: unknown; detail?: unknown };
    if (typeof c.vi === "string" && typeof c.en === "string") {
      return { message: { vi: c.vi, en: c.en }, detail: typeof c.detail === "string" ? c.detail : null };
    }
  }
  return { message: null, detail: paneError("read", cause).detail };
}
