/**
 * What changed between two versions of a plan's key figures, old → new, as data: the pane renders
 * it through its catalogue ("Tỷ lệ đạt chuẩn: 61,40% → 63,16%").
 */
import type { PartFigures, PlanDocument, PlanPartId, SchoolRatio } from "./model";

/** The key figures, in the order a report lists them. */
export type FigureId = "coverage" | "projected" | "targets" | "budget" | "renewals" | "appendix";

export const FIGURES: readonly FigureId[] = [
  "coverage",
  "projected",
  "targets",
  "budget",
  "renewals",
  "appendix",
];

export type FigureValue =
  | ({ readonly kind: "ratio" } & SchoolRatio)
  /** Schools. */
  | { readonly kind: "count"; readonly count: number }
  /** Triệu đồng. */
  | { readonly kind: "amount"; readonly amount: number };

export interface FigureChange {
  readonly figure: FigureId;
  /** The part that states it. */
  readonly part: PlanPartId;
  /** Null: the older version could not give the figure (no recognition data, no budget column). */
  readonly from: FigureValue | null;
  readonly to: FigureValue | null;
}

const FIGURE_PART: Readonly<Record<FigureId, PlanPartId>> = {
  coverage: "coverage",
  projected: "coverage",
  targets: "targets",
  budget: "budget",
  renewals: "renewals",
  appendix: "appendix",
};

function ratio(r: SchoolRatio | null): FigureValue | null {
  return r === null ? null : { kind: "ratio", standard: r.standard, schools: r.schools };
}

/** The key figures a part states. */
export function keyFigures(f: PartFigures): ReadonlyMap<FigureId, FigureValue | null> {
  switch (f.part) {
    case "coverage":
      return new Map([
        ["coverage", ratio(f.now)],
        ["projected", ratio(f.projected)],
      ]);
    case "budget":
      return new Map([["budget", f.amount === null ? null : { kind: "amount", amount: f.amount }]]);
    default:
      return new Map([[f.part, { kind: "count", count: f.count }]]);
  }
}

function same(a: FigureValue | null, b: FigureValue | null): boolean {
  if (a === null || b === null) return a === b;
  switch (a.kind) {
    case "ratio":
      return b.kind === "ratio" && a.standard === b.standard && a.schools === b.schools;
    case "count":
      return b.kind === "count" && a.count === b.count;
    case "amount":
      return b.kind === "amount" && a.amount === b.amount;
  }
}

/**
 * The figures that differ between the parts of two versions; a part present on one side only gives
 * nothing (it is reported as missing or added, not as changed).
 */
export function figureChanges(before: readonly PartFigures[], after: readonly PartFigures[]): FigureChange[] {
  const old = new Map<FigureId, FigureValue | null>();
  const now = new Map<FigureId, FigureValue | null>();
  for (const f of before) for (const [id, v] of keyFigures(f)) if (!old.has(id)) old.set(id, v);
  for (const f of after) for (const [id, v] of keyFigures(f)) if (!now.has(id)) now.set(id, v);
  const changes: FigureChange[] = [];
  for (const figure of FIGURES) {
    if (!old.has(figure) || !now.has(figure)) continue;
    const from = old.get(figure) ?? null;
    const to = now.get(figure) ?? null;
    if (!same(from, to)) changes.push({ figure, part: FIGURE_PART[figure], from, to });
  }
  return changes;
}

/** The changes between two plan models. */
export function planChanges(before: PlanDocument, after: PlanDocument): FigureChange[] {
  return figureChanges(
    before.parts.map((p) => p.figures),
    after.parts.map((p) => p.figures),
  );
}
