/**
 * An in-memory WorkbookHost for the task pane's tests: sheets of cells, a fill per cell, settings,
 * and a record of every call. Edits and highlights keep the exact previous values so `revert` can
 * be checked to restore them (a number stays a number, an empty cell stays empty).
 */
import type { HighlightCell } from "../../src/core/findings/cells";
import type { CellValue, Grid } from "../../src/core/grid";
import { parseA1 } from "../../src/core/grid";
import type { SheetPlan } from "../../src/core/output/host";
import type { OutputSheet } from "../../src/core/output/model";
import type {
  CellEdit,
  RevertToken,
  SheetInfo,
  WorkbookHost,
  WorkbookSettings,
  WorkOptions,
} from "../../src/hosts/host";

export interface FakeSheet {
  /** Row-major cells from A1. */
  cells: CellValue[][];
  /** Fill colour of a cell by A1 address (absent: no fill). */
  fills: Map<string, string>;
  ours: boolean;
}

export const FILL: Readonly<Record<HighlightCell["severity"], string>> = {
  error: "#F8B4B4",
  warning: "#FFE699",
  info: "#BDD7EE",
};

type Undo =
  | { kind: "edits"; entries: { sheet: string; cell: string; value: CellValue }[] }
  | { kind: "highlight"; entries: { sheet: string; cell: string; fill: string | undefined }[] };

/** Settings hold plain data, as Office's do: a JSON round trip. */
const clone = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

export class FakeSettings implements WorkbookSettings {
  readonly store = new Map<string, unknown>();
  readonly writes: { key: string; value: unknown }[] = [];
  get<T>(key: string): T | null {
    return this.store.has(key) ? (clone(this.store.get(key)) as T) : null;
  }
  async set(key: string, value: unknown): Promise<void> {
    this.writes.push({ key, value: clone(value) });
    this.store.set(key, clone(value));
  }
}

/** A promise the test resolves when it wants a read to finish. */
export interface Gate {
  readonly promise: Promise<void>;
  open(): void;
}

export function gate(): Gate {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

export class FakeHost implements WorkbookHost {
  readonly kind = "excel" as const;
  readonly sheets = new Map<string, FakeSheet>();
  active: string;
  readonly settings = new FakeSettings();
  readonly calls = {
    readSheet: [] as (string | null)[],
    select: [] as { sheet: string; cell: string }[],
    applyEdits: [] as CellEdit[][],
    highlight: [] as HighlightCell[][],
    revert: [] as RevertToken[],
    writeOutputSheets: [] as OutputSheet[][],
  };
  /** When set, reads wait for it (to test progress and Cancel). */
  readGate: Gate | null = null;
  private readonly undo = new Map<string, Undo>();
  private nextId = 1;

  constructor(sheets: Record<string, CellValue[][]>, active?: string) {
    for (const [name, cells] of Object.entries(sheets)) {
      this.sheets.set(name, { cells: cells.map((r) => [...r]), fills: new Map(), ours: false });
    }
    const first = Object.keys(sheets)[0];
    if (first === undefined) throw new Error("FakeHost needs a sheet");
    this.active = active ?? first;
  }

  readonly title = () => "danh-sach.xlsx";

  async listSheets(): Promise<SheetInfo[]> {
    return [...this.sheets].map(([name, s]) => ({ name, active: name === this.active, ours: s.ours }));
  }

  async readSheet(sheet: string | null, options: WorkOptions = {}): Promise<Grid> {
    const name = sheet ?? this.active;
    this.calls.readSheet.push(sheet);
    const s = this.sheet(name);
    options.onProgress?.({ done: 0.5, label: name });
    if (this.readGate) await this.readGate.promise;
    if (options.signal?.aborted) throw new DOMException("The read was cancelled.", "AbortError");
    options.onProgress?.({ done: 1 });
    return {
      sheet: name,
      top: 1,
      left: 1,
      cells: s.cells.map((r) => [...r]),
      merges: [],
      tables: [],
    };
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.calls.select.push({ sheet, cell });
    this.sheet(sheet);
  }

  async applyEdits(edits: readonly CellEdit[]): Promise<RevertToken> {
    this.calls.applyEdits.push([...edits]);
    const entries = edits.map((e) => ({ sheet: e.sheet, cell: e.cell, value: this.value(e.sheet, e.cell) }));
    for (const e of edits) this.write(e.sheet, e.cell, e.value);
    return this.token("edits", { kind: "edits", entries });
  }

  async highlight(cells: readonly HighlightCell[]): Promise<RevertToken> {
    this.calls.highlight.push([...cells]);
    const entries = cells.map((c) => ({
      sheet: c.sheet,
      cell: c.cell,
      fill: this.sheet(c.sheet).fills.get(c.cell),
    }));
    for (const c of cells) this.sheet(c.sheet).fills.set(c.cell, FILL[c.severity]);
    return this.token("highlight", { kind: "highlight", entries });
  }

  async revert(token: RevertToken): Promise<void> {
    this.calls.revert.push(token);
    const undo = this.undo.get(token.id);
    if (!undo) throw new Error(`Unknown or already used token ${token.id}`);
    this.undo.delete(token.id);
    if (undo.kind === "edits") {
      for (const e of [...undo.entries].reverse()) this.write(e.sheet, e.cell, e.value);
    } else {
      for (const e of [...undo.entries].reverse()) {
        const fills = this.sheet(e.sheet).fills;
        if (e.fill === undefined) fills.delete(e.cell);
        else fills.set(e.cell, e.fill);
      }
    }
  }

  async writeOutputSheets(sheets: readonly OutputSheet[]): Promise<SheetPlan> {
    this.calls.writeOutputSheets.push([...sheets]);
    for (const s of sheets) this.sheets.set(s.name, { cells: [], fills: new Map(), ours: true });
    return { remove: [], write: sheets.map((s) => ({ id: s.id, name: s.name })) };
  }

  /** The value of a cell now (null when empty). */
  value(sheet: string, cell: string): CellValue {
    const p = parseA1(cell);
    if (!p) throw new Error(`Not a cell: ${cell}`);
    return this.sheet(sheet).cells[p.row - 1]?.[p.col - 1] ?? null;
  }

  fill(sheet: string, cell: string): string | undefined {
    return this.sheet(sheet).fills.get(cell);
  }

  private write(sheet: string, cell: string, value: CellValue): void {
    const p = parseA1(cell);
    if (!p) throw new Error(`Not a cell: ${cell}`);
    const cells = this.sheet(sheet).cells;
    while (cells.length < p.row) cells.push([]);
    const row = cells[p.row - 1] as CellValue[];
    while (row.length < p.col) row.push(null);
    row[p.col - 1] = value;
  }

  private sheet(name: string): FakeSheet {
    const s = this.sheets.get(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  }

  private token(kind: RevertToken["kind"], undo: Undo): RevertToken {
    const id = `t${this.nextId++}`;
    this.undo.set(id, undo);
    return { kind, cells: undo.entries.length, id };
  }
}
