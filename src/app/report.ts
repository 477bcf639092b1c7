/** What the command line prints of a check: the tables found and the summary, as SPEC §11's JSON. */
export { rollupJson, summaryJson } from "../core/summary/json";
export { budgetNote, coverageNote, dueNote, targetsNote, unitWithSource } from "../core/summary/notes";
export { tableInfo } from "../core/validate";
export type { TableInfo } from "../core/validate";
