/**
 * Data validation of ranges as office-js gives it (ExcelApi 1.8): `range.dataValidation` with its
 * `type` ("None" where no cell has a rule, "Inconsistent" where cells differ), `rule`, `prompt`,
 * `errorAlert` and `clear()`. Setting a rule replaces the rule of every cell of the range, as Excel
 * does; prompt and alert belong to the cells' rule. Rules live beside the sheet's cells, keyed by cell.
 */
import type { CellRange } from "../../../src/core/grid";
import type { FakeSheet } from "./model";
import type { FakeContext } from "./proxy";
import { ClientObj, FakeOfficeError } from "./proxy";

export interface FakeValidation {
  readonly type: string;
  readonly rule: Record<string, unknown>;
  prompt: Record<string, unknown>;
  errorAlert: Record<string, unknown>;
}

const rules = new WeakMap<FakeSheet, Map<string, FakeValidation>>();

export function validationsOf(sheet: FakeSheet): Map<string, FakeValidation> {
  let m = rules.get(sheet);
  if (!m) {
    m = new Map();
    rules.set(sheet, m);
  }
  return m;
}

const key = (row: number, col: number): string => `${row}:${col}`;

/** The rule of one cell, for tests. */
export function validationAt(sheet: FakeSheet, row: number, col: number): FakeValidation | null {
  return validationsOf(sheet).get(key(row, col)) ?? null;
}

/** Gives cells a rule, as a user does through Data › Data Validation. */
export function setValidation(sheet: FakeSheet, rect: CellRange, v: FakeValidation): void {
  const m = validationsOf(sheet);
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) m.set(key(r, c), v);
}

function typeOf(rule: Record<string, unknown>): string {
  if ("list" in rule) return "List";
  if ("wholeNumber" in rule) return "WholeNumber";
  if ("decimal" in rule) return "Decimal";
  if ("date" in rule) return "Date";
  if ("textLength" in rule) return "TextLength";
  if ("custom" in rule) return "Custom";
  throw new FakeOfficeError("InvalidArgument", "Unknown data validation rule");
}

export class DataValidationP extends ClientObj {
  constructor(
    context: FakeContext,
    parent: ClientObj,
    private readonly target: () => { sheet: FakeSheet; rect: CellRange },
  ) {
    super(context, parent, () => parent._target, false);
  }

  private cells(): (FakeValidation | null)[] {
    const { sheet, rect } = this.target();
    const m = validationsOf(sheet);
    const out: (FakeValidation | null)[] = [];
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) out.push(m.get(key(r, c)) ?? null);
    return out;
  }

  /** The one rule every cell shares; undefined when cells differ. */
  private shared(): FakeValidation | null | undefined {
    const all = this.cells();
    const first = all[0] ?? null;
    return all.every((v) => v === first) ? first : undefined;
  }

  get type(): string {
    return this._get("type");
  }
  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(v: Record<string, unknown>) {
    this._set(
      "rule",
      v,
      () => {
        const { sheet, rect } = this.target();
        if (sheet.protection) throw new FakeOfficeError("AccessDenied", "The sheet is protected");
        setValidation(sheet, rect, { type: typeOf(v), rule: v, prompt: {}, errorAlert: {} });
      },
      "1.8",
    );
  }
  get prompt(): Record<string, unknown> {
    return this._get("prompt");
  }
  set prompt(v: Record<string, unknown>) {
    this._set("prompt", v, () => this.each((x) => (x.prompt = v)), "1.8");
  }
  get errorAlert(): Record<string, unknown> {
    return this._get("errorAlert");
  }
  set errorAlert(v: Record<string, unknown>) {
    this._set("errorAlert", v, () => this.each((x) => (x.errorAlert = v)), "1.8");
  }
  clear(): void {
    this._call(
      "clear",
      [],
      () => {
        const { sheet, rect } = this.target();
        if (sheet.protection) throw new FakeOfficeError("AccessDenied", "The sheet is protected");
        const m = validationsOf(sheet);
        for (let r = rect.top; r <= rect.bottom; r++)
          for (let c = rect.left; c <= rect.right; c++) m.delete(key(r, c));
      },
      "1.8",
    );
  }

  private each(f: (v: FakeValidation) => void): void {
    const seen = new Set<FakeValidation>();
    for (const v of this.cells()) {
      if (!v || seen.has(v)) continue;
      seen.add(v);
      f(v);
    }
  }

  protected override _read(name: string): unknown {
    this._needApi("1.8", "Range.dataValidation");
    const v = this.shared();
    switch (name) {
      case "type":
        return v === undefined ? "Inconsistent" : v === null ? "None" : v.type;
      case "rule":
        return v ? v.rule : {};
      case "prompt":
        return v ? v.prompt : {};
      case "errorAlert":
        return v ? v.errorAlert : {};
    }
    return super._read(name);
  }
}
