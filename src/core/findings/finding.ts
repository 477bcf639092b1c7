/**
 * Findings are data, never prose: the rule id, where, what was read, the parameters of its message,
 * the regime that judged it and what would fix it. Messages and legal bases are rendered from the
 * rules' catalogues at the edge (`render.ts`), so a finding can be shown in either language.
 */
import type { ParamsOf, RuleId } from "../rules/registry";
import type { FixCell } from "../rules/rule";
import type { RegimeId } from "../schools/regimes";
import type { Severity } from "./severity";

export interface FindingOf<K extends RuleId> {
  readonly rule: K;
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
  /** What the message says, as plain values. */
  readonly params: ParamsOf<K>;
  /** Regime whose parameters the rule used, when it depends on one. */
  readonly regime?: RegimeId;
  /** A mechanical, safe replacement for the cell: text for a text cell, a number for a numeric one. */
  readonly fix?: string | number;
  /** Further cells the same fix changes, when it is one change over many cells (a column's encoding). */
  readonly fixMore?: readonly FixCell[];
}

export type Finding = { [K in RuleId]: FindingOf<K> }[RuleId];
