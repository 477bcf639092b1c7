import { ACTIONS } from "../schools/actions";
import type { Action } from "../schools/actions";
import { typeLabel } from "../summary/json";
import { bullets, heading, paragraph, part, table } from "./blocks";
import type { Piece } from "./blocks";
import type { PlanContext } from "./context";
import type { Block } from "./model";
import { appendAll } from "../arrays";
import type { Rollup } from "../summary/rollup";
import { unitBlocks } from "./units";
import { byGap, schoolsLeftOut } from "../summary/excluded";
import { historiesNote, planYearNote } from "../summary/notes";
import type { RecognitionGap } from "../summary/excluded";

/** "1. Tỉ lệ …": the coverage now and at the end of the plan year, or why it cannot be given. */
function coverageBlocks(ctx: PlanContext, rollup: Rollup | null): Block[] {
  const { t, summary } = ctx;
  const c = summary.coverage;
  if (c === null)
    return [
      paragraph(
        summary.coverageGap === "plan-list"
          ? t.targets.planListNote
          : summary.coverageGap === "no-schools"
            ? t.targets.noSchools
            : t.targets.noRecognitionData,
      ),
    ];
  const now = c.total;
  const projected = c.projected;
  if (now.rate === null || projected.rate === null) return [paragraph(t.targets.noSchools)];
  const items = [
    t.targets.current(
      summary.referenceDate,
      { standard: now.standard, schools: now.schools, rate: now.rate },
      now.level1,
      now.level2,
    ),
    t.targets.projected(ctx.planYear, {
      standard: projected.standard,
      schools: projected.schools,
      rate: projected.rate,
    }),
  ];
  // A roll-up's communes without a CQG school include the lists that are one commune each.
  const without = rollup ? rollup.communesWithout : c.communesWithout;
  if (without.length > 0) items.push(t.targets.communesWithout(without, ctx.planYear));
  const blocks: Block[] = bullets(items);
  // Rates that leave a school out say so in the document itself, where the signer reads them.
  const sentence: Record<RecognitionGap, (names: readonly string[]) => string> = {
    "not-school": (names) => t.targets.notSchools(names),
    closed: (names) => t.targets.closed(names),
    uncertain: (names) => t.targets.uncertain(names, summary.referenceDate, ctx.planYear),
    code: (names) => t.targets.leftOut(names, "code"),
    date: (names) => t.targets.leftOut(names, "date"),
  };
  for (const { gap, cells } of byGap(summary.coverageExcluded))
    blocks.push(paragraph(sentence[gap](schoolsLeftOut(cells))));
  return rollup ? [...blocks, ...unitBlocks(rollup, ctx.lang)] : blocks;
}

/** "2. Chỉ tiêu năm …": how many schools, split by action, and the table by school level. */
function yearBlocks(ctx: PlanContext): Block[] {
  const { t, summary, lang } = ctx;
  const targets = summary.targets;
  // A history of recognitions adds no target: the plan says so rather than leave a bare "none".
  const why = [historiesNote(summary, lang), planYearNote(summary, lang, true)]
    .filter((note): note is string => note !== null)
    .map((note) => paragraph(note, { italic: true }));
  if (ctx.planned.length === 0) return [paragraph(t.targets.none(ctx.planYear)), ...why];
  // The total counts schools, not actions: a school proposed for two is one school.
  const cells = (counts: Readonly<Record<Action, number>>, schools: number): string[] => [
    ...ACTIONS.map((a) => t.targets.countCell(counts[a])),
    t.targets.countCell(schools),
  ];
  return [
    paragraph(t.targets.yearTotal(ctx.planYear, targets.planned, targets.total, targets.multiple)),
    paragraph(t.targets.unit, { align: "right", italic: true }),
    table(
      [
        { width: 0.28, align: "left" },
        { width: 0.18, align: "center" },
        { width: 0.18, align: "center" },
        { width: 0.18, align: "center" },
        { width: 0.18, align: "center" },
      ],
      [[t.targets.typeColumn, ...ACTIONS.map((a) => t.actions[a]), t.targets.totalColumn]],
      targets.byType.map((row) => [typeLabel(row.type, lang), ...cells(row, row.planned)]),
      [t.targets.totalRow, ...cells(targets.total, targets.planned)],
    ),
    ...why,
  ];
}

/** "3. Danh sách trường …": the names of the schools under each action. */
function namesBlocks(ctx: PlanContext, appendix: boolean): Block[] {
  const { t, summary } = ctx;
  const items = ACTIONS.map((action) => ({
    action,
    names: summary.targets.byType.flatMap((row) => row.schools[action]),
  }))
    .filter((x) => x.names.length > 0)
    .map((x) => t.targets.names(x.action, x.names));
  const blocks: Block[] = bullets(items);
  if (appendix) blocks.push(paragraph(t.targets.seeAppendix, { italic: true }));
  return blocks;
}

/** The coverage and the year's targets are parts: the names follow the targets they explain. */
export function targetsSection(
  ctx: PlanContext,
  number: string,
  appendix: boolean,
  rollup: Rollup | null = null,
): Piece[] {
  const { t } = ctx;
  const year: Block[] = yearBlocks(ctx);
  if (ctx.planned.length > 0) {
    year.push(heading(2, `3. ${t.targets.namesHeading}`));
    appendAll(year, namesBlocks(ctx, appendix));
  }
  return [
    heading(1, `${number}. ${t.targets.heading}`, { section: "targets" }),
    heading(2, `1. ${t.targets.coverageHeading}`),
    part("coverage", coverageBlocks(ctx, rollup)),
    heading(2, `2. ${t.targets.yearHeading(ctx.planYear)}`),
    part("targets", year),
  ];
}
