export { buildPlan } from "./build";
export type { PlanInput } from "./build";
export { PLAN_SECTIONS } from "./model";
export type {
  Align,
  Block,
  BulletBlock,
  DocumentHeaderBlock,
  HeadingBlock,
  ParagraphBlock,
  PlanDocument,
  PlanHeader,
  PlanSectionId,
  Run,
  TableBlock,
  TableColumn,
} from "./model";
export { blockText, planText } from "./text";
export type { PlanTemplates } from "./templates";
