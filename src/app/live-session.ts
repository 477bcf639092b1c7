/**
 * One live check of one sheet: edits arrive as they happen, are handled one batch at a time (edits
 * arriving meanwhile are merged into the next batch), and each batch costs the host a constant number
 * of requests: the rows edited are read back, or, after rows were inserted or deleted, the sheet. The
 * session knows no host: the front end gives it the two reads.
 */
import type { Grid } from "../core/grid";
import { gridRight } from "../core/grid";
import type { ReadRows } from "../core/live/patch";
import type { SheetChange } from "../core/live/rows";
import type { WorkbookCheck } from "./check";
import { checkGrids } from "./check";
import type { Choices, Origin } from "./choices";
import { planRecheck, recheckRows } from "./live";

export interface LiveReads {
  /** Rows top..bottom, columns left..right of the sheet, with the sheet's name now. */
  readRows(
    top: number,
    bottom: number,
    left: number,
    right: number,
  ): Promise<ReadRows & { readonly sheet: string }>;
  /** The whole sheet again. */
  readSheet(): Promise<Grid>;
}

/** Why a live check stopped by itself. */
export type LiveStop = "deleted" | "renamed" | "no-list" | "failed";

export interface LiveUpdate {
  readonly check: WorkbookCheck;
  /** The sheet as kept now (patched, or read again). */
  readonly grid: Grid;
  /** True when only edited rows were read and checked again. */
  readonly patched: boolean;
}

export interface LiveCallbacks {
  readonly onUpdate: (update: LiveUpdate) => void;
  readonly onStop: (reason: LiveStop, error?: unknown) => void;
}

/** Several changes as one: their rows together, or a structural change when any is one. */
function merged(changes: readonly SheetChange[]): SheetChange {
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  for (const c of changes) {
    if (c.kind === "structure" || c.range === null) return { kind: "structure", range: null };
    top = Math.min(top, c.range.top);
    bottom = Math.max(bottom, c.range.bottom);
    left = Math.min(left, c.range.left);
    right = Math.max(right, c.range.right);
  }
  return { kind: "edit", range: { top, bottom, left, right } };
}

export class LiveSession {
  private pending: SheetChange[] = [];
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private check: WorkbookCheck,
    readonly sheet: string,
    private readonly choices: Choices,
    private readonly origin: Origin,
    private readonly reads: LiveReads,
    private readonly callbacks: LiveCallbacks,
  ) {}

  /** An edit of the sheet, as the host reported it. */
  change(change: SheetChange): void {
    if (this.stopped) return;
    this.pending.push(change);
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  /** The sheet is no longer the list (deleted, renamed): the session ends. */
  end(reason: LiveStop, error?: unknown): void {
    if (this.stopped) return;
    this.stopped = true;
    this.pending = [];
    this.callbacks.onStop(reason, error);
  }

  /** Stops quietly (the user turned the live check off, or closed the pane). */
  dispose(): void {
    this.stopped = true;
    this.pending = [];
  }

  /** Resolves once every edit reported so far has been handled. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0 && !this.stopped) {
      const batch = merged(this.pending);
      this.pending = [];
      try {
        const update = await this.handle(batch);
        if (this.stopped || update === null) continue;
        this.check = update.check;
        this.callbacks.onUpdate(update);
        if (!update.check.tables.some((t) => t.table.sheet === this.sheet)) this.end("no-list");
      } catch (e) {
        this.end("failed", e);
      }
    }
  }

  private async handle(change: SheetChange): Promise<LiveUpdate | null> {
    const plan = planRecheck(this.check, this.sheet, change);
    const kept = this.check.grids.find((g) => g.sheet === this.sheet);
    if (plan.kind === "read-all" || !kept || change.range === null) {
      const grid = await this.reads.readSheet();
      if (grid.sheet !== this.sheet) {
        this.end("renamed");
        return null;
      }
      const grids = this.check.grids.map((g) => (g.sheet === this.sheet ? grid : g));
      return { check: checkGrids(grids, this.choices, this.origin), grid, patched: false };
    }
    // Whole rows (a row cleared) are read across the kept grid; a new column to its right is read too.
    const keptRight = Math.max(gridRight(kept), kept.left);
    const right = change.range.right >= 16_384 ? keptRight : Math.max(keptRight, change.range.right);
    const read = await this.reads.readRows(plan.top, plan.bottom, kept.left, right);
    if (read.sheet !== this.sheet) {
      this.end("renamed");
      return null;
    }
    const done = recheckRows(this.check, this.sheet, read, plan.scope, this.choices, this.origin);
    return { check: done.check, grid: done.grid, patched: done.patched };
  }
}
