export { planParts, renderPlanBase64, renderPlanDocx } from "./render";
export type { DocxPart } from "./render";
export { FONT, MARGIN, PAGE, TEXT_WIDTH } from "./layout";
export { renderPartBase64 } from "./parts";
