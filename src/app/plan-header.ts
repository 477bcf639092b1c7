/** What the plan's header can take from the list itself; light enough for the pane's first load. */
import { issuingBodyFor } from "../core/plan/issuing-body";
import type { DayDate } from "../core/text/dates";
import { dayFromJsDate } from "../core/text/dates";
import type { WorkbookCheck } from "./check";

/**
 * The issuing body the list's title names, for a plan dated `planDate` (today when the user has not
 * dated it); none for a district body on a plan dated after districts were abolished.
 */
export function suggestedIssuingBody(
  check: WorkbookCheck,
  planDate: DayDate | null,
  today: Date,
): string | null {
  return issuingBodyFor(check.facts.issuingBody, planDate ?? dayFromJsDate(today));
}
