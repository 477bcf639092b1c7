import type { RevertToken } from "../../hosts/host";

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
  /**
   * What the host says was and was not done, in both languages, when it says it (an Excel action
   * that failed midway, a protected workbook): shown in the pane's language instead of `detail`.
   */
  readonly said: { readonly vi: string; readonly en: string } | null;
}

const MAX_DETAIL = 200;

export function paneError(kind: PaneErrorKind, cause?: unknown): PaneError {
  return { kind, detail: cause === undefined ? null : detailOf(cause), said: saidOf(cause) };
}

function saidOf(cause: unknown): PaneError["said"] {
  if (typeof cause !== "object" || cause === null) return null;
  const { vi, en } = cause as { vi?: unknown; en?: unknown };
  return typeof vi === "string" && typeof en === "string" && vi !== "" ? { vi, en } : null;
}

/**
 * The undo a failed host action left for what it could not put back itself, when it left one (the
 * Excel host's `HostActionError.left`): the pane keeps it so Undo can still put the cells back.
 */
export function leftUndo(cause: unknown): RevertToken | null {
  if (typeof cause !== "object" || cause === null) return null;
  const left = (cause as { left?: unknown }).left;
  if (typeof left !== "object" || left === null) return null;
  const t = left as Partial<RevertToken>;
  return (t.kind === "edits" || t.kind === "highlight") &&
    typeof t.id === "string" &&
    typeof t.cells === "number"
    ? (left as RevertToken)
    : null;
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
