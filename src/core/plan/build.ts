import type { SchoolRecord } from "../records/record";
import type { Summary } from "../summary/summary";
import type { Rollup } from "../summary/rollup";
import type { Lang } from "../text/format";
import { appendixSection } from "./appendix";
import { paragraph, roman } from "./blocks";
import type { Piece } from "./blocks";
import { budgetSection } from "./budget";
import { planContext } from "./context";
import { documentHeader } from "./header";
import type { PlanContext } from "./context";
import type {
  AppendixForm,
  AppendixList,
  Block,
  PlanDocument,
  PlanHeader,
  PlanPart,
  PlanSectionId,
} from "./model";
import { PLAN_SECTIONS } from "./model";
import { partFigures, tagFor } from "./parts";
import { renewalsSection } from "./renewals";
import { budgetNote, coverageNote } from "../summary/notes";
import { targetsSection } from "./targets";

export interface PlanInput {
  /** Figures of the plan year: `summarize` over the checked tables. */
  readonly summary: Summary;
  /** The records the summary was computed from: which columns the list has. */
  readonly records: readonly SchoolRecord[];
  readonly header: PlanHeader;
  /** Sections to generate; they appear in SPEC §10 order whatever the order given. */
  readonly sections: readonly PlanSectionId[];
  readonly lang: Lang;
  /** The appendix as the document's table (the default) or as a workbook attached beside it. */
  readonly appendix?: AppendixForm;
  /** Several lists summed (a Sở's communes): `summary` is the combined one; a table by unit is added. */
  readonly rollup?: Rollup;
}

/**
 * The plan document of SPEC §10 from the summary: header, introduction, then the chosen sections
 * numbered I, II, III in their fixed order, the appendix list last on its own page.
 */
export function buildPlan(input: PlanInput): PlanDocument {
  const ctx = planContext(input.summary, input.records, input.header, input.lang);
  const wanted = new Set(input.sections);
  const notes: string[] = [];
  // No budget column: no budget section at all, rather than a section that implies the schools are funded.
  if (wanted.has("budget") && input.summary.budget === null) {
    wanted.delete("budget");
    notes.push(ctx.t.notes.noBudgetSection);
  }
  const budget = budgetNote(input.summary, input.lang);
  if (input.summary.budget !== null && budget !== null) notes.push(budget);
  const coverage = coverageNote(input.summary, input.lang);
  if (coverage !== null && input.summary.coverage !== null) notes.push(coverage);
  const sections = PLAN_SECTIONS.filter((s) => wanted.has(s));
  const blocks: Block[] = [documentHeader(ctx), paragraph(ctx.t.intro(ctx.body, ctx.planYear))];
  const parts: PlanPart[] = [];
  let appendix: AppendixList | null = null;
  let numbered = 0;
  const next = (): string => roman(++numbered);
  for (const section of sections) {
    switch (section) {
      case "targets":
        place(ctx, targetsSection(ctx, next(), wanted.has("appendix"), input.rollup ?? null), blocks, parts);
        break;
      case "budget":
        place(ctx, budgetSection(ctx, next()), blocks, parts);
        break;
      case "renewals":
        place(ctx, renewalsSection(ctx, next()), blocks, parts);
        break;
      case "appendix": {
        const section = appendixSection(ctx, input.appendix);
        place(ctx, section.pieces, blocks, parts);
        appendix = section.list;
        break;
      }
    }
  }
  return {
    lang: input.lang,
    title: ctx.t.header.documentTitle(ctx.planYear),
    planYear: ctx.planYear,
    sections,
    blocks,
    parts,
    notes,
    appendix,
  };
}

/** Appends a section's blocks, recording where each of its parts lies. */
function place(ctx: PlanContext, pieces: readonly Piece[], blocks: Block[], parts: PlanPart[]): void {
  for (const piece of pieces) {
    if (!("part" in piece)) {
      blocks.push(piece);
      continue;
    }
    const start = blocks.length;
    for (const block of piece.blocks) blocks.push(block);
    const figures = partFigures(ctx, piece.part);
    parts.push({
      id: piece.part,
      start,
      end: blocks.length,
      title: ctx.t.parts[piece.part],
      figures,
      tag: tagFor(ctx.planYear, piece.part, figures, piece.blocks),
    });
  }
}
