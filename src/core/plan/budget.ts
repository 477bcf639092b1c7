import { ACTIONS } from "../schools/actions";
import { bullets, heading, paragraph, part } from "./blocks";
import type { Piece } from "./blocks";
import type { PlanContext } from "./context";
import type { Block } from "./model";
import { appendAll } from "../arrays";
import { schoolsLeftOut } from "../summary/excluded";

/** "1. Nhu cầu kinh phí": the total, one line per action, and the schools that need no new money. */
function needBlocks(ctx: PlanContext): Block[] {
  const { t, summary, planYear } = ctx;
  const b = summary.budget;
  if (!b || !ctx.hasBudget) return [paragraph(t.budget.noFigures)];
  const blocks: Block[] = [];
  const lines = ACTIONS.filter((a) => b.byAction[a].schools > 0 || b.byAction[a].amount !== 0).map((a) =>
    t.budget.byAction(a, b.byAction[a].schools, b.byAction[a].amount),
  );
  // Money on rows that plan nothing gets its own line, so the lines add up to the total.
  if (lines.length > 0 && b.unassigned.amount !== 0)
    lines.push(t.budget.unassigned(b.unassigned.schools, b.unassigned.amount));
  const unwritten = b.unwritten ?? [];
  const leftOut = schoolsLeftOut(b.excluded.filter((c) => c.reason !== "duplicate"));
  // Schools whose budget is not written yet, or cannot be counted, are no schools needing nothing.
  if (b.total === 0 && lines.length === 0 && unwritten.length === 0 && leftOut.length === 0) {
    blocks.push(paragraph(t.budget.nothing(planYear)));
  } else {
    blocks.push(paragraph(t.budget.total(b.total, lines.length > 0)));
    appendAll(blocks, bullets(lines));
  }
  // A total that leaves a school out says so in the document itself, where the signer reads it.
  if (leftOut.length > 0) blocks.push(paragraph(t.budget.leftOut(leftOut)));
  const repeated = schoolsLeftOut(b.excluded.filter((c) => c.reason === "duplicate"));
  if (repeated.length > 0) blocks.push(paragraph(t.budget.repeated(repeated)));
  if (unwritten.length > 0) blocks.push(paragraph(t.budget.unwritten(unwritten)));
  if (b.unfunded.length > 0) blocks.push(paragraph(t.budget.alreadyFunded(b.unfunded, planYear)));
  return blocks;
}

/** "2. Nguồn kinh phí": the amount from each source the list names. */
function sourceBlocks(ctx: PlanContext): Block[] {
  const { t, summary } = ctx;
  const sources = (summary.budget?.bySource ?? []).filter((s) => s.amount !== 0);
  if (!ctx.hasBudget || sources.length === 0) return [];
  return [
    heading(2, `2. ${t.budget.sourcesHeading}`),
    ...bullets(sources.map((s) => t.budget.source(s.source, s.amount))),
    paragraph(t.budget.sourcesNote),
  ];
}

export function budgetSection(ctx: PlanContext, number: string): Piece[] {
  const { t } = ctx;
  return [
    heading(1, `${number}. ${t.budget.heading}`, { section: "budget" }),
    heading(2, `1. ${t.budget.needHeading(ctx.planYear)}`),
    part("budget", [...needBlocks(ctx), ...sourceBlocks(ctx)]),
  ];
}
