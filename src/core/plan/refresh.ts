/**
 * "Cập nhật số liệu" decided on plain data: given the tagged controls Word found in the document and
 * the plan rebuilt from the list, which control gets which part, which the user edited since we
 * wrote it, which parts the document lacks, and what the key figures were and are now.
 */
import type { FigureChange } from "./changes";
import { figureChanges } from "./changes";
import type { PartFigures, PlanDocument, PlanPart, PlanPartId, PlanSectionId } from "./model";
import { PLAN_PARTS } from "./model";
import { fingerprint, isPartTag, parsePartTag } from "./parts";

/** A content control as Word reports it. */
export interface FoundControl {
  /** Word's id of the control (stable while the document is open). */
  readonly id: number;
  readonly tag: string;
  readonly text: string;
}

/** One control to fill with a part of the new plan. */
export interface PartUpdate {
  readonly id: number;
  readonly part: PlanPart;
  /** The tag it has now: the replacement is skipped if the control changed tag meanwhile. */
  readonly oldTag: string;
  readonly newTag: string;
  /** Its text is no longer what we wrote: the user's edits there would be lost. */
  readonly edited: boolean;
  /** The part's text is the same as before: nothing to write. */
  readonly unchanged: boolean;
}

export interface RefreshPlan {
  /** Every control of a part the new plan has, in document order (a part found twice: both). */
  readonly updates: readonly PartUpdate[];
  /** Parts of the new plan no control holds: reported, never recreated. */
  readonly missing: readonly PlanPartId[];
  /** Parts the document holds and the new plan does not give (a budget column gone): left as they are. */
  readonly dropped: readonly PlanPartId[];
  /** Plan years of controls written for another year than the new plan's: left as they are. */
  readonly otherYears: readonly number[];
  /** Tags of ours this version cannot read (damaged, or from a later version): left as they are. */
  readonly unreadable: number;
  /** Key figures old → new, from what the controls say they hold. */
  readonly changes: readonly FigureChange[];
}

function inOrder<T extends PlanPartId>(ids: Iterable<T>): T[] {
  const set = new Set<PlanPartId>(ids);
  return PLAN_PARTS.filter((p) => set.has(p)) as T[];
}

export function planRefresh(found: readonly FoundControl[], plan: PlanDocument): RefreshPlan {
  const byId = new Map(plan.parts.map((p) => [p.id, p]));
  const updates: PartUpdate[] = [];
  const seen = new Set<PlanPartId>();
  const dropped = new Set<PlanPartId>();
  const otherYears = new Set<number>();
  const before = new Map<PlanPartId, PartFigures>();
  let unreadable = 0;
  for (const control of found) {
    if (!isPartTag(control.tag)) continue;
    const tag = parsePartTag(control.tag);
    if (!tag) {
      unreadable += 1;
      continue;
    }
    seen.add(tag.part);
    if (tag.planYear !== plan.planYear) {
      otherYears.add(tag.planYear);
      continue;
    }
    const part = byId.get(tag.part);
    if (!part) {
      dropped.add(tag.part);
      continue;
    }
    if (!before.has(tag.part)) before.set(tag.part, tag.figures);
    const newTag = part.tag;
    const edited = fingerprint(control.text) !== tag.fingerprint;
    updates.push({
      id: control.id,
      part,
      oldTag: control.tag,
      newTag,
      edited,
      unchanged: newTag === control.tag && !edited,
    });
  }
  return {
    updates,
    missing: plan.parts.filter((p) => !seen.has(p.id)).map((p) => p.id),
    dropped: inOrder(dropped),
    otherYears: [...otherYears].sort((a, b) => a - b),
    unreadable,
    changes: figureChanges(
      inOrder(before.keys()).map((id) => before.get(id) as PartFigures),
      plan.parts.filter((p) => before.has(p.id)).map((p) => p.figures),
    ),
  };
}

/** The section a part belongs to. */
export const PART_SECTION: Readonly<Record<PlanPartId, PlanSectionId>> = {
  coverage: "targets",
  targets: "targets",
  budget: "budget",
  renewals: "renewals",
  appendix: "appendix",
};

/** The sections whose parts the document holds: a refresh rebuilds them whatever the pane's choice. */
export function foundSections(found: readonly FoundControl[]): PlanSectionId[] {
  const sections = new Set<PlanSectionId>();
  for (const control of found) {
    const tag = parsePartTag(control.tag);
    if (tag) sections.add(PART_SECTION[tag.part]);
  }
  return [...sections];
}
