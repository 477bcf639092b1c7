/**
 * What went wrong, as the pane tells it: a kind the catalogue explains and the host's own words as a
 * detail line. Never a stack trace.
 */
export type PaneErrorKind =
  | "read"
  | "ownSheet"
  | "select"
  | "edit"
  | "revert"
  | "highlight"
  | "write"
  | "download"
  | "validate"
  | "settings";

export interface PaneError {
  readonly kind: PaneErrorKind;
  /** The first line of the underlying message, when there is one worth showing. */
  readonly detail: string | null;
}

const MAX_DETAIL = 200;

export function paneError(kind: PaneErrorKind, cause?: unknown): PaneError {
  return { kind, detail: cause === undefined ? null : detailOf(cause) };
}

function detailOf(cause: unknown): string | null {
  const text = cause instanceof Error ? cause.message : typeof cause === "string" ? cause : null;
  if (!text) return null;
  const line = (text.split("\n")[0] ?? "").trim();
  if (line === "") return null;
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL - 1)}…` : line;
}

export function isAbort(cause: unknown): boolean {
  return typeof cause === "object" && cause !== null && "name" in cause && cause.name === "AbortError";
}
