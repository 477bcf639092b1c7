/**
 * The plan document of a checked list. Front ends load this module only when the user asks for a plan:
 * the plan builder and its templates are not needed to check a list.
 */
import { buildPlan } from "../core/plan/build";
import type { AppendixForm, PlanDocument, PlanHeader, PlanSectionId } from "../core/plan/model";
import type { Lang } from "../core/text/format";
import type { WorkbookCheck } from "./check";

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
