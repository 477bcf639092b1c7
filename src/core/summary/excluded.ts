/**
 * Figures we cannot stand behind are left out of every total, and the outputs say so in one line that
 * names the cells: a budget that is not a number, negative, in the wrong unit or an Excel error; a
 * recognition code that cannot be read, or a date the term of a recognition rests on.
 */
import type { SplitLeftOut } from "../records/budget";

/**
 * A budget's issue, or "duplicate" for a budget on a row repeating its school's action and year;
 * "split-mismatch", a school's total column that its part columns (sources or cost items) do not add up to;
 * "code", a recognition level that cannot be read; "date", a term that cannot; "uncertain", a term
 * known only to a year or month that may end before or after the reference date; "plan-year", an
 * action whose own plan-year cell cannot be read ("2029, 2030", "dự kiến 2029"): its year is unknown.
 */
export type ExclusionReason = SplitLeftOut | "duplicate" | RecognitionGap | "plan-year";

export interface ExcludedCell {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  readonly reason: ExclusionReason;
  /** The list (file or sheet) the cell is in, when several are summed: "DS!G9" alone would not say. */
  readonly unit?: string;
  /** The school of the row, for a document that names schools rather than cells. */
  readonly school?: string;
  /**
   * For a duplicate in a roll-up: the unit whose list the school is counted in, when this cell is in
   * another unit's list (the same school listed by two units).
   */
  readonly countedIn?: string;
}

/** A left-out cell of a school's row, with the school's name and, when several lists are summed, its list. */
export function excludedOf(
  cell: Omit<ExcludedCell, "school" | "unit">,
  school: { readonly name: string; readonly unit: string | null },
): ExcludedCell {
  const named = { ...cell, school: school.name };
  return school.unit === null ? named : { ...named, unit: school.unit };
}

/** The schools of left-out cells, each once, for a document that names schools rather than cells. */
export function schoolsLeftOut(cells: readonly ExcludedCell[]): string[] {
  const names = new Set<string>();
  for (const c of cells) if (c.school !== undefined) names.add(c.school);
  return [...names];
}

/**
 * Why a school is left out of the rates; "not-school", a unit no national standard applies to;
 * "closed", a school the list notes as merged away or dissolved.
 */
export type RecognitionGap = "code" | "date" | "uncertain" | "not-school" | "closed";

export const RECOGNITION_GAPS: readonly RecognitionGap[] = [
  "not-school",
  "closed",
  "code",
  "date",
  "uncertain",
];

/** The left-out cells of each reason, in the order the outputs tell them; empty groups are skipped. */
export function byGap(cells: readonly ExcludedCell[]): { gap: RecognitionGap; cells: ExcludedCell[] }[] {
  return RECOGNITION_GAPS.map((gap) => ({ gap, cells: cells.filter((c) => c.reason === gap) })).filter(
    (g) => g.cells.length > 0,
  );
}
