/**
 * A budget cell as a figure we can stand behind, or the reason it is left out of every total: a text
 * that is not a number, a negative amount, an amount in the wrong unit (đồng in a column of millions,
 * or millions in a column of đồng), or an Excel error. The budget rules report these reasons; the
 * summaries leave the cells out.
 */
import type { BudgetUnit } from "../table/model";
import type { NumberParse } from "../text/numbers";
import type { FieldCell, Read, SchoolRecord } from "./record";

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

/** One budget cell of a row, read: where it is, what it holds, and whether it can be counted. */
export interface BudgetCellReading {
  readonly cell: FieldCell;
  readonly read: Read<NumberParse>;
  readonly unit: BudgetUnit;
  /**
   * The funding source its column names; null for a total column, a single budget column and a cost
   * item's column ("Xây dựng phòng học" under "Kinh phí"), whose money is from the row's own source.
   */
  readonly source: string | null;
  /** In triệu đồng, only when the figure can be counted. */
  readonly amount: number | null;
  readonly issue: BudgetIssue | null;
}

/** A source's share of a school's budget, as counted: the source null where the list names none. */
export interface BudgetShare {
  readonly source: string | null;
  /** In triệu đồng. */
  readonly amount: number;
}

/** Why a cell of a split budget is left out: its own reading, or a total its sources contradict. */
export type SplitLeftOut = BudgetIssue | "split-mismatch";

/**
 * A row's budget split by funding source or by cost item (SPEC §9), read once for the rules and the
 * summaries. `sources` are the cells of the split's columns: each source's, or each cost item's.
 */
export interface BudgetSplitReading {
  readonly sources: readonly BudgetCellReading[];
  readonly total: BudgetCellReading | null;
  /**
   * What the row counts, by source (of a split by cost item, one share: the items' sum, for the row's
   * own source); nothing when its total contradicts its sources.
   */
  readonly shares: readonly BudgetShare[];
  /** Cells left out of every total, and why. */
  readonly leftOut: readonly { readonly cell: FieldCell; readonly reason: SplitLeftOut }[];
  /** The total cell and what its source cells add up to, in the total's unit, when they differ. */
  readonly mismatch: { readonly written: number; readonly sum: number } | null;
  /** Every budget cell of the row is empty. */
  readonly blank: boolean;
  /**
   * Every budget cell is empty or 0, and one is 0: the row asks for no new money. Of a split by cost
   * item, every cell empty is enough, as a single budget column's empty cell: its items are one budget.
   */
  readonly asksNothing: boolean;
}

/** A total and a sum at the precision budgets are written with: float noise is no mismatch. */
const budgetsDiffer = (a: number, b: number): boolean => Math.abs(a - b) > 0.005 + 1e-9 * Math.abs(b);

/** Reads one cell of a budget column. */
export function readBudgetCell(
  cell: FieldCell,
  read: Read<NumberParse>,
  unit: BudgetUnit,
  source: string | null,
): BudgetCellReading {
  const { amount, issue } = readBudget(read, unit);
  return { cell, read, unit, source, amount, issue };
}

/**
 * A row's split budget. The source cells are the figures: each readable one counts for its source, each
 * unreadable one is left out and named. The total cell is the figure only where every source cell is
 * empty (counted for `fundingSource`, the row's "Nguồn kinh phí" text, as a single budget column is);
 * elsewhere it checks them: a readable total that readable sources do not add up to leaves the row's
 * money out (we cannot tell which is right), named by the total's cell.
 *
 * Cells that name no source are a split by cost item ("Xây dựng | Thiết bị | Sửa chữa"): parts of one
 * budget, not sources. They are read and checked the same way, but count as one share, their sum, for
 * `fundingSource`, as the row's one budget cell would; and a row that leaves them all empty asks for
 * nothing, as that cell left empty does.
 */
export function readBudgetSplit(
  sources: readonly BudgetCellReading[],
  total: BudgetCellReading | null,
  fundingSource: string | null,
): BudgetSplitReading {
  // Cells that name no source are cost items: parts of the row's one budget.
  const items = sources.every((c) => c.source === null);
  const cells = total ? [...sources, total] : sources;
  const blank = cells.every((c) => c.read.kind === "empty");
  const asksNothing =
    cells.every((c) => c.read.kind === "empty" || c.amount === 0) &&
    (items || cells.some((c) => c.amount === 0));
  const leftOut: { cell: FieldCell; reason: SplitLeftOut }[] = [];
  const written = sources.filter((c) => c.read.kind !== "empty");
  if (written.length === 0) {
    if (!total || total.read.kind === "empty")
      return { sources, total, shares: [], leftOut, mismatch: null, blank, asksNothing };
    if (total.issue !== null) leftOut.push({ cell: total.cell, reason: total.issue });
    const shares = total.amount === null ? [] : [{ source: fundingSource, amount: total.amount }];
    return { sources, total, shares, leftOut, mismatch: null, blank, asksNothing };
  }
  for (const c of written) if (c.issue !== null) leftOut.push({ cell: c.cell, reason: c.issue });
  const counted = written.filter((c) => c.amount !== null);
  if (total && total.amount !== null && counted.length === written.length) {
    let sum = 0;
    for (const c of counted) sum += c.amount as number;
    if (budgetsDiffer(total.amount, sum)) {
      leftOut.push({ cell: total.cell, reason: "split-mismatch" });
      const mismatch = {
        written: total.amount / total.unit.factor,
        sum: Math.round((sum / total.unit.factor) * 1000) / 1000,
      };
      return { sources, total, shares: [], leftOut, mismatch, blank, asksNothing };
    }
  }
  const shares = items
    ? itemsShare(counted, fundingSource)
    : counted.map((c) => ({ source: c.source, amount: c.amount as number }));
  return { sources, total, shares, leftOut, mismatch: null, blank, asksNothing };
}

/** A split by cost item's readable cells as the row's one share: their sum, for the row's own source. */
function itemsShare(counted: readonly BudgetCellReading[], fundingSource: string | null): BudgetShare[] {
  if (counted.length === 0) return [];
  let amount = 0;
  for (const c of counted) amount += c.amount as number;
  return [{ source: fundingSource, amount }];
}

/**
 * Every budget cell of a record, left to right: its one budget column's, or each source's and the
 * total's of a split budget. The budget rules report each cell they find wrong.
 */
export function budgetCellsOf(r: SchoolRecord): readonly BudgetCellReading[] {
  const split = r.budgetSplit;
  if (split) {
    const cells = split.total ? [...split.sources, split.total] : [...split.sources];
    return cells.sort((a, b) => a.cell.source.col - b.cell.source.col);
  }
  const cell = r.cells.budget;
  if (!cell || !r.budgetCell) return [];
  return [
    {
      cell,
      read: r.budgetCell,
      unit: r.table.budgetUnit,
      source: null,
      amount: r.budget,
      issue: r.budgetIssue,
    },
  ];
}

const NO_CELLS: readonly BudgetCellReading[] = [];

/**
 * The budget cells of a record whose reading has `issue`. A single budget column that reads well
 * answers at once: the rules ask this of every row of a national list.
 */
export function budgetCellsWith(r: SchoolRecord, issue: BudgetIssue): readonly BudgetCellReading[] {
  if (!r.budgetSplit && r.budgetIssue !== issue) return NO_CELLS;
  return budgetCellsOf(r).filter((c) => c.issue === issue);
}
