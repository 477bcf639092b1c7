/** The Excel host (office-js). */
export { createExcelHost, ExcelHost, ExcelTooOldError } from "./host";
export type { ExcelHostOptions, RevertOutcome } from "./host";
export type { ApiSupport } from "./api";
export { planRead } from "./read";
