/**
 * Worksheet events as office-js delivers them (ExcelApi 1.7; `onNameChanged` 1.17): a handler added
 * with `onChanged.add(handler)` is registered when the batch syncs, and removed by `remove()` on the
 * result, synced in the context it was added in. Events reach handlers after the change is done,
 * asynchronously, for the user's edits (`FakeUser`) and for the add-in's own writes alike (Excel raises
 * `onChanged` for both; `triggerSource` tells them apart from ExcelApi 1.14).
 *
 *   args.address      the changed area, sheet-relative ("B7", "A5:L5", "9:11" for whole rows)
 *   args.changeType   RangeEdited, RowInserted, RowDeleted, ColumnInserted, ColumnDeleted…
 */
import type { CellRange } from "../../../src/core/grid";
import type { FakeSheet, FakeWorkbook } from "./model";
import { MAX_COLS, rectA1 } from "./model";
import type { FakeContext } from "./proxy";
import { ClientObj, FakeOfficeError } from "./proxy";

export type FakeEventKind = "changed" | "deleted" | "nameChanged";
type Handler = (args: Record<string, unknown>) => unknown;

interface Listener {
  readonly id: number;
  readonly kind: FakeEventKind;
  /** null: every sheet (worksheets.onDeleted). */
  readonly sheetId: string | null;
  readonly handler: Handler;
}

/** The handlers registered in a workbook; kept beside it, never in the saved model. */
const registry = new WeakMap<FakeWorkbook, Listener[]>();
let nextListener = 1;

function listeners(wb: FakeWorkbook): Listener[] {
  let list = registry.get(wb);
  if (!list) {
    list = [];
    registry.set(wb, list);
  }
  return list;
}

/** How many handlers of a kind are registered (for tests that a pane removes what it added). */
export function handlerCount(wb: FakeWorkbook, kind: FakeEventKind): number {
  return listeners(wb).filter((l) => l.kind === kind).length;
}

/** Runs the handlers of an event after the current task, as Excel does; resolves when all are done. */
export function raise(
  wb: FakeWorkbook,
  kind: FakeEventKind,
  sheetId: string,
  args: Record<string, unknown>,
): Promise<void> {
  const targets = listeners(wb).filter(
    (l) => l.kind === kind && (l.sheetId === null || l.sheetId === sheetId),
  );
  if (targets.length === 0) return Promise.resolve();
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(async () => {
    for (const l of targets) await l.handler(args);
  });
}

const TYPES: Record<FakeEventKind, string> = {
  changed: "WorksheetChanged",
  deleted: "WorksheetDeleted",
  nameChanged: "WorksheetNameChanged",
};

/** The address an event reports: whole rows as "9:11", whole columns as "C:D", else A1. */
export function eventAddress(rect: CellRange): string {
  if (rect.left === 1 && rect.right === MAX_COLS) return `${rect.top}:${rect.bottom}`;
  return rectA1(rect);
}

/** `onChanged` of a sheet's cells. */
export function changedArgs(
  sheet: FakeSheet,
  rect: CellRange,
  changeType: string,
  triggerSource: "ThisLocalAddin" | "Others",
): Record<string, unknown> {
  return {
    type: TYPES.changed,
    worksheetId: sheet.id,
    address: eventAddress(rect),
    changeType,
    source: "Local",
    triggerSource,
  };
}

/** The result of `add`: `remove()` queues the removal in the context the handler was added in. */
export class EventHandlerResultP extends ClientObj {
  constructor(
    context: FakeContext,
    parent: ClientObj,
    private readonly listenerId: () => number | null,
  ) {
    super(context, parent, () => context.wb, false);
  }
  remove(): void {
    this._call("removeHandler", [], () => {
      const id = this.listenerId();
      const list = listeners(this.context.wb);
      const at = list.findIndex((l) => l.id === id);
      if (at >= 0) list.splice(at, 1);
    });
  }
}

/** `worksheet.onChanged`, `worksheets.onDeleted`…: `add` registers at the next sync. */
export class EventHandlersP extends ClientObj {
  constructor(
    context: FakeContext,
    parent: ClientObj,
    private readonly kind: FakeEventKind,
    private readonly sheetId: (() => string) | null,
    private readonly minApi: string,
  ) {
    super(context, parent, () => context.wb, false);
  }
  add(handler: Handler): EventHandlerResultP {
    let id: number | null = null;
    this._call(
      "addHandler",
      [this.kind],
      () => {
        if (typeof handler !== "function")
          throw new FakeOfficeError("InvalidArgument", "A handler is a function");
        id = nextListener++;
        listeners(this.context.wb).push({
          id,
          kind: this.kind,
          sheetId: this.sheetId ? this.sheetId() : null,
          handler,
        });
      },
      this.minApi,
    );
    return new EventHandlerResultP(this.context, this, () => id);
  }
}

export { TYPES as EVENT_TYPES };
