export { renderPlanBase64, renderPlanDocx } from "./render";
export { FONT, MARGIN, PAGE, TEXT_WIDTH } from "./layout";
