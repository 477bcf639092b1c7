/**
 * Findings are data, never prose: the rule id, where, what was read and what would fix it.
 * Messages are rendered from per-language catalogues so every host shows the same words.
 */
export type Severity = "error" | "warning" | "info";

export interface Localized {
  readonly vi: string;
  readonly en: string;
}

export type RegimeId = "legacy" | "tt2018" | "tt2018a" | "tt2026";

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** 1-based worksheet row; null for a finding about the whole sheet or table. */
  readonly row: number | null;
  /** Header text of the column the finding is about, when there is one. */
  readonly column: string | null;
  /** A1 address of the cell, when there is one. */
  readonly cell: string | null;
  /** The value as read (display form); null for an empty cell. */
  readonly value: string | null;
  readonly message: Localized;
  readonly basis?: Localized;
  /** Regime whose parameters the rule used, when it depends on one. */
  readonly regime?: RegimeId;
  /** A mechanical, safe replacement for the cell. */
  /** Text for a text cell, a number for a numeric one. */
  readonly fix?: string | number;
}

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
