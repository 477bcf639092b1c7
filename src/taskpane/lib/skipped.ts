import type { SkippedCell } from "../../hosts/host";

/** The cells an action left alone, counted by the reason the user can act on. */
export interface SkipCounts {
  /** Locked cells, or a format change the sheet's protection does not allow. */
  readonly protected: number;
  readonly formula: number;
  /** On a sheet renamed or deleted since the check (or an address that no longer reads). */
  readonly gone: number;
}

export function skipCounts(skipped: readonly SkippedCell[] | undefined): SkipCounts | null {
  if (!skipped || skipped.length === 0) return null;
  let prot = 0;
  let formula = 0;
  let gone = 0;
  for (const s of skipped) {
    if (s.reason === "protected") prot += 1;
    else if (s.reason === "formula") formula += 1;
    else gone += 1;
  }
  return { protected: prot, formula, gone };
}
