/**
 * The plan document of a checked list. Front ends load this module only when the user asks for a plan:
 * the plan builder and its templates are not needed to check a list.
 */
import { buildPlan } from "../core/plan/build";
import type { PlanDocument, PlanHeader, PlanSectionId } from "../core/plan/model";
import type { Lang } from "../core/text/format";
import type { WorkbookCheck } from "./check";
import type { RollupResult } from "./rollup";

export interface PlanRequest {
  /** The header as the user filled it; its plan year is the check's. */
  readonly header: Omit<PlanHeader, "planYear">;
  readonly sections: readonly PlanSectionId[];
  readonly lang: Lang;
}

export function planOf(check: WorkbookCheck, request: PlanRequest): PlanDocument {
  return buildPlan({
    summary: check.summary,
    records: check.records,
    header: { ...request.header, planYear: check.period.planYear },
    sections: request.sections,
    lang: request.lang,
  });
}

/** The plan of a roll-up: the combined figures, with each unit's rate in the coverage part. */
export function rollupPlanOf(result: RollupResult, request: PlanRequest): PlanDocument {
  const records = result.units.flatMap((u) => (u.check ? u.check.records : []));
  return buildPlan({
    summary: result.rollup.combined,
    records,
    header: { ...request.header, planYear: result.period.planYear },
    sections: request.sections,
    lang: request.lang,
    rollup: result.rollup,
  });
}
