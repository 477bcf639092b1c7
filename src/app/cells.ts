/** The cell policy front ends apply through their host: what to mark, in which colour, what a fix writes. */
export type { FixChange, HighlightCell } from "../core/findings/cells";
export { fixCountsByRule, fixScope, highlightCells } from "../core/findings/cells";
