/** How much a finding matters. One order, used everywhere a list is sorted or a cell coloured. */
export type Severity = "error" | "warning" | "info";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** 0 for errors, 1 for warnings, 2 for information: lower is more severe. */
export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER.indexOf(severity);
}
