/**
 * The plan document of a checked list. Front ends load this module only when the user asks for a plan:
 * the plan builder and its templates are not needed to check a list.
 */
import { buildPlan } from "../core/plan/build";
import type { AppendixForm, PlanDocument, PlanHeader, PlanSectionId } from "../core/plan/model";
import { PLAN_SECTIONS } from "../core/plan/model";
import type { FoundControl, RefreshPlan } from "../core/plan/refresh";
import { foundSections, planRefresh } from "../core/plan/refresh";
import type { Lang } from "../core/text/format";
import type { WorkbookCheck } from "./check";
import type { RollupResult } from "./rollup";

export interface PlanRequest {
  /** The header as the user filled it; its plan year is the check's. */
  readonly header: Omit<PlanHeader, "planYear">;
  readonly sections: readonly PlanSectionId[];
  readonly lang: Lang;
  /** The appendix as the document's table (the default) or as a workbook attached beside it. */
  readonly appendix?: AppendixForm;
}

export function planOf(check: WorkbookCheck, request: PlanRequest): PlanDocument {
  return buildPlan({
    summary: check.summary,
    records: check.records,
    header: { ...request.header, planYear: check.period.planYear },
    sections: request.sections,
    lang: request.lang,
    ...(request.appendix ? { appendix: request.appendix } : {}),
  });
}

export interface PlanRefresh {
  /** The plan rebuilt from the list: the sections asked for and those the document holds. */
  readonly plan: PlanDocument;
  readonly refresh: RefreshPlan;
}

/**
 * "Cập nhật số liệu": the plan rebuilt from the checked list and matched with the tagged controls
 * the document holds. Parts the request asks for and the document lacks are reported missing.
 */
export function refreshOf(
  check: WorkbookCheck,
  request: PlanRequest,
  found: readonly FoundControl[],
): PlanRefresh {
  const wanted = new Set([...request.sections, ...foundSections(found)]);
  const plan = planOf(check, { ...request, sections: PLAN_SECTIONS.filter((s) => wanted.has(s)) });
  return { plan, refresh: planRefresh(found, plan) };
}

/** The plan of a roll-up: the combined figures, with each unit's rate in the coverage part. */
export function rollupPlanOf(result: RollupResult, request: PlanRequest): PlanDocument {
  // A list of another plan year is not in the combined figures, nor in their plan.
  const records = result.units.flatMap((u) =>
    u.check && u.unit.gap !== "other-year" ? u.check.records : [],
  );
  return buildPlan({
    summary: result.rollup.combined,
    records,
    header: { ...request.header, planYear: result.period.planYear },
    sections: request.sections,
    lang: request.lang,
    rollup: result.rollup,
  });
}
