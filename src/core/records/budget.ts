/**
 * A budget cell as a figure we can stand behind, or the reason it is left out of every total: a text
 * that is not a number, a negative amount, an amount in the wrong unit (đồng in a column of millions,
 * or millions in a column of đồng), or an Excel error. The budget rules report these reasons; the
 * summaries leave the cells out.
 */
import type { BudgetUnit } from "../table/model";
import type { NumberParse } from "../text/numbers";
import type { Read } from "./record";

export type BudgetIssue = "not-number" | "negative" | "unit-suspect" | "error";

/** A school's budget need runs to tens of thousands of triệu at most: a million in that column means đồng. */
const DONG_IN_MILLIONS_FROM = 1_000_000;

/**
 * Below ten thousand đồng is no school's budget: in a column of đồng, "60" or "45,5" is millions
 * typed as the rest of the office's lists write them. Figures in nghìn đồng (tens of thousands and
 * up for any real need) stay above it, so they are never taken for millions.
 */
const MILLIONS_IN_DONG_BELOW = 10_000;

/** A thousand tỷ (a trillion đồng) is no school's budget: in a column of tỷ, "2.000" is millions. */
const MILLIONS_IN_BILLIONS_FROM = 1000;

/** A figure typed in another unit than its column's: what it would be in the column's own unit. */
export interface WrongUnit {
  /** The unit the figure was most likely typed in. */
  readonly typedIn: "đồng" | "triệu đồng";
  /** The figure in the column's unit: triệu rounded to a thousand đồng, whole đồng, or tỷ. */
  readonly suggested: number;
}

export function wrongUnit(value: number, unit: BudgetUnit): WrongUnit | null {
  if (unit.label === "triệu đồng" && value >= DONG_IN_MILLIONS_FROM)
    return { typedIn: "đồng", suggested: Math.round((value / 1_000_000) * 1000) / 1000 };
  if (unit.label === "đồng" && value > 0 && value < MILLIONS_IN_DONG_BELOW)
    return { typedIn: "triệu đồng", suggested: Math.round(value * 1_000_000) };
  if (unit.label === "tỷ đồng" && value >= MILLIONS_IN_BILLIONS_FROM)
    return { typedIn: "triệu đồng", suggested: Math.round(value) / 1000 };
  return null;
}

export interface BudgetReading {
  /** In triệu đồng, only when the figure can be counted. */
  readonly amount: number | null;
  readonly issue: BudgetIssue | null;
}

const NONE: BudgetReading = { amount: null, issue: null };

export function readBudget(cell: Read<NumberParse> | null, unit: BudgetUnit): BudgetReading {
  if (!cell || cell.kind === "empty") return NONE;
  if (cell.kind === "error") return { amount: null, issue: "error" };
  if (cell.kind === "invalid") return { amount: null, issue: "not-number" };
  if (cell.value < 0) return { amount: null, issue: "negative" };
  if (wrongUnit(cell.value, unit) !== null) return { amount: null, issue: "unit-suspect" };
  return { amount: cell.value * unit.factor, issue: null };
}
