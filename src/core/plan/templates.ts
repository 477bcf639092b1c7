/**
 * The wording of the plan document, one catalogue per language with the same shape, so a string
 * missing from one language is a compile error. Templates take raw figures and write them with
 * `text/format` in their own language; the builder only decides which sentences appear.
 *
 * The wording is ours, in the register of the seed plans (SPEC §10): figures, codes, column headings
 * and the order of sections follow the documents, the sentences do not copy them.
 */
import type { Action } from "../schools/actions";
import type { RecognitionGap } from "../summary/excluded";
import type { PlanPartId } from "./model";
import type { DateValue, DayDate } from "../text/dates";

/** Schools with a valid CQG recognition among all schools; `rate` as a fraction. */
export interface Ratio {
  readonly standard: number;
  readonly schools: number;
  readonly rate: number;
}

/**
 * What official forms print where something is still to be written in by hand: the number before
 * "/KH-UBND", the day and month of an unsigned draft, a place or issuing body not given yet.
 */
export const BLANK = "…";

/** The plan's number split as the user gave it: `null` number leaves the blank drafts have. */
export interface PlanNumber {
  /** "20/KH-UBND", or null for a blank number. */
  readonly full: string | null;
  /** "/KH-UBND": what follows the blank. */
  readonly suffix: string;
}

export interface PlanTemplates {
  readonly header: {
    readonly nation: string;
    readonly motto: string;
    number(n: PlanNumber): string;
    dateLine(place: string, date: DayDate | null, year: number): string;
    readonly title: string;
    subtitle(year: number): readonly string[];
    documentTitle(year: number): string;
  };
  intro(issuingBody: string, year: number): string;
  readonly actions: Readonly<Record<Action, string>>;
  readonly targets: {
    readonly heading: string;
    readonly coverageHeading: string;
    current(date: DayDate, ratio: Ratio, level1: number, level2: number): string;
    projected(year: number, ratio: Ratio): string;
    readonly noSchools: string;
    readonly planListNote: string;
    readonly noRecognitionData: string;
    communesWithout(names: readonly string[], planYear: number): string;
    /** Schools left out of the rates: their recognition level, or its term, cannot be read. */
    leftOut(
      names: readonly string[],
      gap: Exclude<RecognitionGap, "not-school" | "uncertain" | "closed">,
    ): string;
    /** Schools the list notes as merged away or dissolved. */
    closed(names: readonly string[]): string;
    /** Left out of the rate on `date`, a mid-year day, but counted in the end-of-year target. */
    uncertain(names: readonly string[], date: DayDate, year: number): string;
    /** Units left out of the rates as no schools: childcare groups, kindergarten classes, centres. */
    notSchools(names: readonly string[]): string;
    yearHeading(year: number): string;
    /** `multiple`: schools proposed for more than one action, so the counts add up to more than `schools`. */
    yearTotal(
      year: number,
      schools: number,
      counts: Readonly<Record<Action, number>>,
      multiple: number,
    ): string;
    none(year: number): string;
    readonly unit: string;
    readonly typeColumn: string;
    readonly totalColumn: string;
    readonly totalRow: string;
    /** A count in the table: "01", or "-" for none. */
    countCell(n: number): string;
    readonly namesHeading: string;
    names(action: Action, names: readonly string[]): string;
    readonly seeAppendix: string;
  };
  readonly budget: {
    readonly heading: string;
    needHeading(year: number): string;
    /** `itemised`: lines by action follow. */
    total(amount: number, itemised: boolean): string;
    byAction(action: Action, schools: number, amount: number): string;
    /** Schools whose budget is written again on a duplicate row, counted once. */
    repeated(names: readonly string[]): string;
    /** Budgets on rows that name no action. */
    unassigned(schools: number, amount: number): string;
    readonly noFigures: string;
    nothing(year: number): string;
    alreadyFunded(names: readonly string[], year: number): string;
    /** Schools whose budget could not be counted (not a number, negative, wrong unit, an error). */
    leftOut(names: readonly string[]): string;
    /** Planned schools whose budget columns (one per funding source) are all empty. */
    unwritten(names: readonly string[]): string;
    readonly sourcesHeading: string;
    source(name: string | null, amount: number): string;
    readonly sourcesNote: string;
  };
  readonly renewals: {
    readonly heading: string;
    readonly rule: string;
    listIntro(year: number): string;
    readonly columns: {
      readonly seq: string;
      readonly name: string;
      readonly commune: string;
      readonly expiry: string;
      readonly deadline: string;
      readonly note: string;
    };
    readonly planned: string;
    readonly notPlanned: string;
    unplanned(count: number): string;
    /** Schools whose term rests on a date that cannot be stood behind: not in the list, named. */
    leftOut(names: readonly string[]): string;
    none(year: number): string;
  };
  readonly appendix: {
    plannedTitle(year: number): string;
    allTitle(date: DayDate): string;
    /** "(Kèm theo Kế hoạch số …", in lines: the documents break before the issuing body. */
    attached(n: PlanNumber, date: DayDate | null, year: number, issuingBody: string): readonly string[];
    readonly columns: {
      readonly seq: string;
      readonly name: string;
      readonly code: string;
      readonly action: string;
      readonly note: string;
    };
    expired(expiry: DateValue): string;
    footer(count: number): string;
    none(year: number): string;
    /** The appendix's list attached as a workbook: the sentence that replaces the table. */
    inFile(count: number, fileName: string): string;
  };
  /** Titles Word shows on the content controls of the refreshable parts. */
  readonly parts: Readonly<Record<PlanPartId, string>>;
  /** What the maker of the plan is told beside the document. */
  readonly notes: {
    readonly noBudgetSection: string;
  };
}
