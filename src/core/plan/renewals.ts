import { formatDateValue, formatNumber } from "../text/format";
import { heading, paragraph, part, table } from "./blocks";
import type { Piece } from "./blocks";
import type { PlanContext } from "./context";
import type { Block } from "./model";
import { schoolsLeftOut } from "../summary/excluded";
import { dueNote } from "../summary/notes";

/** The recognitions expiring in the plan year and the next, with the dossier deadline of each. */
export function renewalsSection(ctx: PlanContext, number: string): Piece[] {
  const { t } = ctx;
  return [
    heading(1, `${number}. ${t.renewals.heading}`, { section: "renewals" }),
    paragraph(t.renewals.rule),
    part("renewals", dueBlocks(ctx)),
  ];
}

/** The list of schools due, or why there is none: the part a refresh replaces. */
function dueBlocks(ctx: PlanContext): Block[] {
  const { t, summary, planYear } = ctx;
  const blocks: Block[] = [];
  const due = summary.due;
  // A term we cannot date is no "nothing due": the school is named, to be checked.
  const leftOut = schoolsLeftOut(summary.dueExcluded);
  if (summary.dueUndated) return [paragraph(dueNote(summary, ctx.lang) ?? "")];
  if (due.length === 0) {
    blocks.push(paragraph(t.renewals.none(planYear)));
    if (leftOut.length > 0) blocks.push(paragraph(t.renewals.leftOut(leftOut)));
    return blocks;
  }
  const c = t.renewals.columns;
  // A list that names no commune gets no empty commune column: the name takes its width.
  const places = due.some((d) => d.commune !== null);
  blocks.push(
    paragraph(t.renewals.listIntro(planYear)),
    table(
      [
        { width: 0.06, align: "center" },
        ...(places
          ? [
              { width: 0.24, align: "left" as const },
              { width: 0.18, align: "left" as const },
            ]
          : [{ width: 0.42, align: "left" as const }]),
        { width: 0.16, align: "center" },
        { width: 0.2, align: "center" },
        { width: 0.16, align: "center" },
      ],
      [[c.seq, c.name, ...(places ? [c.commune] : []), c.expiry, c.deadline, c.note]],
      due.map((d, i) => [
        formatNumber(i + 1, ctx.lang),
        d.name,
        ...(places ? [d.commune ?? ""] : []),
        formatDateValue(d.expiry),
        formatDateValue(d.dossierDeadline),
        d.planned ? t.renewals.planned : t.renewals.notPlanned,
      ]),
    ),
  );
  const unplanned = due.filter((d) => !d.planned).length;
  if (unplanned > 0) blocks.push(paragraph(t.renewals.unplanned(unplanned)));
  if (leftOut.length > 0) blocks.push(paragraph(t.renewals.leftOut(leftOut)));
  return blocks;
}
