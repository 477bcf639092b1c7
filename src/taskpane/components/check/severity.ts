import type { Severity } from "../../../core/findings/severity";

/** Badge colours of the severities, matching the cell highlights (red, yellow, blue). */
export const SEVERITY_BADGE: Readonly<Record<Severity, "danger" | "warning" | "informative">> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};
