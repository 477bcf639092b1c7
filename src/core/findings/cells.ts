/**
 * Cell policy, decided once for every host: which cells a highlight marks and in which colour, and
 * which value a fix writes into which cell. Hosts only paint and write what these give them.
 */
import type { RuleId } from "../rules/registry";
import type { Finding } from "./finding";
import type { Severity } from "./severity";
import { severityRank } from "./severity";

/** A cell to mark, once, with the severity of its most severe finding. */
export interface HighlightCell {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  readonly severity: Severity;
}

/** Excel's own "Bad", "Neutral" and a light blue: a light fill with a dark font of the same hue. */
export const HIGHLIGHT_STYLE: Readonly<Record<Severity, { readonly fill: string; readonly font: string }>> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};

/** Relative luminance (WCAG) of "#RRGGBB"; 0 for anything else. */
function luminance(color: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return 0;
  const lin = (h: string | undefined): number => {
    const c = parseInt(h ?? "0", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
}

/**
 * Text too light to read on the light fills (contrast below 3:1 against them): a highlight gives
 * such a cell the severity's dark font as well, and its undo puts the user's colour back.
 */
export function needsDarkFont(fontColor: string): boolean {
  return luminance(fontColor) > 0.25;
}

const cellKey = (sheet: string, cell: string): string => `${sheet}!${cell.toUpperCase()}`;

/** One mark per cell, coloured by its most severe finding; findings about a whole table mark nothing. */
export function highlightCells(findings: readonly Finding[]): HighlightCell[] {
  const byCell = new Map<string, HighlightCell>();
  for (const f of findings) {
    if (f.cell === null) continue;
    const key = cellKey(f.sheet, f.cell);
    const had = byCell.get(key);
    if (!had || severityRank(f.severity) < severityRank(had.severity)) {
      byCell.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity });
    }
  }
  return [...byCell.values()];
}

/** One cell a fix would change, as a preview shows it and a host writes it. */
export interface FixChange {
  readonly sheet: string;
  readonly cell: string;
  /** The value read, as the finding shows it. */
  readonly current: string | null;
  readonly next: string | number;
}

/** The changes a set of findings proposes, one per cell: the first finding with a fix wins. */
export function fixChanges(findings: readonly Finding[]): FixChange[] {
  const seen = new Set<string>();
  const out: FixChange[] = [];
  for (const f of findings) {
    if (f.cell === null || f.fix === undefined) continue;
    const key = cellKey(f.sheet, f.cell);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ sheet: f.sheet, cell: f.cell, current: f.value, next: f.fix });
    for (const more of f.fixMore ?? []) {
      const k = cellKey(f.sheet, more.cell);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ sheet: f.sheet, cell: more.cell, current: more.value, next: more.next });
    }
  }
  return out;
}

/** What "fix" on one finding, or "fix all of this kind", changes. */
export function fixScope(findings: readonly Finding[], finding: Finding, scope: "one" | "rule"): FixChange[] {
  return fixChanges(scope === "one" ? [finding] : findings.filter((f) => f.rule === finding.rule));
}

/** For each rule with fixes, how many cells its "fix all" would change. */
export function fixCountsByRule(findings: readonly Finding[]): Map<RuleId, number> {
  const byRule = new Map<RuleId, Finding[]>();
  for (const f of findings) {
    if (f.cell === null || f.fix === undefined) continue;
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const counts = new Map<RuleId, number>();
  for (const [rule, list] of byRule) counts.set(rule, fixChanges(list).length);
  return counts;
}
