/**
 * One part of the plan as a .docx of its own, for Word to put inside the part's content control
 * (`insertFileFromBase64(…, "Replace")` on the control keeps the control and its place).
 */
import type { PlanDocument, PlanPart } from "../../core/plan/model";
import { renderPlanBase64 } from "./render";

/** The part's blocks alone, with no control around them: the control they go into is the user's. */
export function renderPartBase64(plan: PlanDocument, part: PlanPart): Promise<string> {
  return renderPlanBase64({ ...plan, blocks: plan.blocks.slice(part.start, part.end), parts: [] });
}
