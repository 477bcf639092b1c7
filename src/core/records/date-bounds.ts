/**
 * When a date of a list is one we cannot stand behind: it does not read, or it lies where no such date
 * can be. The `date-invalid` rule reports these dates, and the summaries leave out the recognitions
 * whose term rests on one, so the check and the figures never disagree.
 */
import type { DateParse } from "../text/dates";
import type { DateField } from "./record";

/** Recognitions under the circulars began in the 1990s; schools themselves can be much older. */
const EARLIEST_RECOGNITION = 1990;
const EARLIEST_FOUNDING = 1800;

interface Bounds {
  readonly min: number;
  /** Latest plausible year, from the chosen plan year. */
  readonly max: (planYear: number) => number;
}

const BOUNDS: Readonly<Record<DateField | "planYear", Bounds>> = {
  decisionDate: { min: EARLIEST_RECOGNITION, max: (y) => y + 1 },
  previousDate: { min: EARLIEST_RECOGNITION, max: (y) => y + 1 },
  // An expiry lies up to five years after a recognition, so it may well be in the future.
  expiry: { min: EARLIEST_RECOGNITION, max: (y) => y + 6 },
  founded: { min: EARLIEST_FOUNDING, max: (y) => y + 1 },
  // Multi-year plans look ahead; only unreadable or implausibly old plan years are errors.
  planYear: { min: EARLIEST_RECOGNITION, max: () => Number.POSITIVE_INFINITY },
};

export type DateProblem =
  { readonly reason: "unreadable" } | { readonly reason: "too-early" | "future"; readonly limit: number };

/** What is wrong with a date cell's reading for the chosen plan year; null when empty or sound. */
export function dateProblem(
  field: DateField | "planYear",
  parse: DateParse,
  planYear: number,
): DateProblem | null {
  if (parse.kind === "empty") return null;
  if (parse.kind === "invalid") return { reason: "unreadable" };
  const { min, max } = BOUNDS[field];
  const y = parse.value.date.y;
  if (y < min) return { reason: "too-early", limit: min };
  const limit = max(planYear);
  return y > limit ? { reason: "future", limit } : null;
}
