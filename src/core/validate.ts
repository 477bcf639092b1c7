import { appendAll } from "./arrays";
import type { Finding, FindingOf } from "./findings/finding";
import type { Grid } from "./grid";
import { rangeA1 } from "./grid";
import { interpretTable } from "./records/interpret";
import type { CheckOptions } from "./records/options";
import { referenceDateOf } from "./records/options";
import type { SchoolRecord } from "./records/record";
import type { ParamsOf, RuleId } from "./rules/registry";
import { RULE_ORDER, RULES } from "./rules/registry";
import type { Report, Rule, TableContext } from "./rules/rule";
import type { Field } from "./table/fields";
import type { LegacyColumn } from "./table/legacy-text";
import { decodeLegacyText } from "./table/legacy-text";
import type { BudgetUnit, Column, ColumnSource, SchoolTable } from "./table/model";
import { readSchoolTables } from "./table/read";

export interface ValidateOptions extends CheckOptions {
  /** User-corrected column mappings, by sheet name: field → worksheet column. */
  readonly mappings?: Readonly<Record<string, Partial<Record<Field, number>>>>;
  /** By sheet name: the cell of the header the user named the school's column by (see ReadOptions). */
  readonly nameHeaders?: Readonly<Record<string, { readonly row: number; readonly col: number }>>;
  /** Overrides the budget unit read from the headers, for every table. */
  readonly budgetUnit?: BudgetUnit;
}

export interface CheckedTable {
  readonly table: SchoolTable;
  readonly records: readonly SchoolRecord[];
  readonly planList: boolean;
}

/** A rule that could not run on any table for lack of a column. */
export interface SkippedRule {
  readonly rule: RuleId;
  /** The columns it needed, any one of which would have let it run. */
  readonly missing: readonly Field[];
}

export interface ValidationResult {
  readonly tables: readonly CheckedTable[];
  readonly findings: readonly Finding[];
  readonly skipped: readonly SkippedRule[];
}

/** The table summary of the command line's JSON (SPEC §11). */
export interface TableInfo {
  readonly sheet: string;
  readonly range: string;
  readonly headerRow: number;
  /** School rows. */
  readonly rows: number;
  /** Distinct schools among them: a roadmap writes a school once per planned year. */
  readonly schools: number;
  readonly fields: Partial<Record<Field, string>>;
  /** How each field's column was found: by its header, by its values, or by the user. */
  readonly fieldSources: Partial<Record<Field, ColumnSource>>;
  /**
   * Present when the budget is split into columns by funding source: each source's column, and the
   * total column checked against them (`fields.budget` is the total, else the first source).
   */
  readonly budgetSplit?: {
    readonly sources: readonly { readonly header: string; readonly source: string }[];
    readonly total: string | null;
    /** The columns are cost items of the row's one budget ("Xây dựng | Thiết bị"), not sources. */
    readonly items?: true;
  };
}

export function tableInfo(checked: CheckedTable): TableInfo {
  const { table } = checked;
  const fields: Partial<Record<Field, string>> = {};
  const fieldSources: Partial<Record<Field, ColumnSource>> = {};
  for (const [field, col] of Object.entries(table.columns) as [Field, Column][]) {
    fields[field] = col.header;
    fieldSources[field] = col.how;
  }
  return {
    sheet: table.sheet,
    range: rangeA1({ top: table.headerTop, left: table.left, bottom: table.bottom, right: table.right }),
    headerRow: table.headerRow,
    rows: checked.records.length,
    schools: new Set(checked.records.map((r) => r.key)).size,
    fields,
    fieldSources,
    ...(table.budgetSplit
      ? {
          budgetSplit: {
            sources: table.budgetSplit.sources.map((c) => ({
              header: c.header,
              source: c.source ?? c.header,
            })),
            total: table.budgetSplit.total?.header ?? null,
            ...(table.budgetSplit.sources.every((c) => c.source === null) ? { items: true as const } : {}),
          },
        }
      : {}),
  };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The rules as the runner sees them: each rule's parameters were checked against its messages where it is defined. */
const RUNNABLE = RULES as readonly Rule<RuleId, unknown>[];

function makeFinding(rule: Rule<RuleId, unknown>, report: Report<unknown>): Finding {
  // Added to, not spread into: a national list makes hundreds of thousands of findings.
  const finding: Writable<FindingOf<RuleId>> = {
    rule: rule.id,
    severity: report.severity ?? rule.severity,
    sheet: report.place.sheet,
    row: report.place.row,
    column: report.place.column,
    cell: report.place.cell,
    value: report.value,
    params: report.params as ParamsOf<RuleId>,
  };
  if (report.regime) finding.regime = report.regime.regime.id;
  if (report.fix !== undefined) finding.fix = report.fix;
  if (report.fixMore) finding.fixMore = report.fixMore;
  return finding as Finding;
}

/** Whether a table gives a field: a column, or section headings that say it ("CÔNG NHẬN LẠI"). */
function gives(checked: CheckedTable, field: Field): boolean {
  if (checked.table.columns[field] !== undefined) return true;
  if (field === "action") return checked.records.some((r) => r.action !== null);
  if (field === "commune" || field === "district" || field === "province")
    return checked.records.some((r) => r[field] !== null);
  return false;
}

/**
 * The first group of columns the rule needs that the table lacks entirely, or null when it can run;
 * `elsewhere` says which fields another list of the workbook gives.
 */
function unmetNeed(
  rule: Rule<RuleId, unknown>,
  checked: CheckedTable,
  elsewhere: (field: Field) => boolean,
): readonly Field[] | null {
  const given = (f: Field): boolean =>
    gives(checked, f) || ((rule.acrossLists?.includes(f) ?? false) && elsewhere(f));
  for (const group of rule.needs) if (!group.some(given)) return group;
  return null;
}

/** Rules that no table let run, with what they lacked in the first table. */
function skippedRules(tables: readonly CheckedTable[]): SkippedRule[] {
  const out: SkippedRule[] = [];
  const first = tables[0];
  if (!first) return out;
  const elsewhere = (f: Field): boolean => tables.some((t) => gives(t, f));
  for (const rule of RUNNABLE) {
    if (tables.some((t) => unmetNeed(rule, t, elsewhere) === null)) continue;
    out.push({ rule: rule.id, missing: unmetNeed(rule, first, elsewhere) ?? [] });
  }
  return out;
}

/** Whether every school row plans an action (SPEC §9). */
export function isPlanList(records: readonly SchoolRecord[]): boolean {
  return records.length > 0 && records.every((r) => r.action !== null);
}

/**
 * Runs the rules `which` accepts over one table's rows and records, into `findings`; `others` are the
 * records of the workbook's other tables.
 */
export function runRules(
  table: SchoolTable,
  records: readonly SchoolRecord[],
  options: CheckOptions,
  planList: boolean,
  which: (rule: RuleId) => boolean,
  findings: Finding[],
  others: readonly SchoolRecord[] = [],
): void {
  const ctx: TableContext = {
    table,
    records,
    options,
    referenceDate: referenceDateOf(options),
    planList,
    others,
  };
  for (const rule of RUNNABLE)
    if (which(rule.id)) rule.check?.(ctx, (report) => findings.push(makeFinding(rule, report)));
}

/** The records of every table but the `index`th: what the workbook's other lists say. */
export function otherRecords(tables: readonly CheckedTable[], index: number): SchoolRecord[] {
  const others: SchoolRecord[] = [];
  tables.forEach((t, i) => {
    if (i !== index) appendAll(others, t.records);
  });
  return others;
}

/** Findings in the order every list shows them: by sheet, row, then the rules' order. */
export function sortFindings(findings: Finding[], sheets: readonly string[]): void {
  const sheetOrder = new Map<string, number>();
  sheets.forEach((s, i) => sheetOrder.set(s, i));
  findings.sort(
    (a, b) =>
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0),
  );
}

/** Every school table of the given sheets, with the user's mappings and budget unit applied. */
export function readTables(
  grids: readonly Grid[],
  options: Pick<ValidateOptions, "mappings" | "budgetUnit" | "nameHeaders">,
): SchoolTable[] {
  const tables: SchoolTable[] = [];
  for (const grid of grids) {
    const mapping = options.mappings?.[grid.sheet];
    const nameHeader = options.nameHeaders?.[grid.sheet];
    const read = {
      ...(mapping ? { mapping } : {}),
      ...(options.budgetUnit ? { budgetUnit: options.budgetUnit } : {}),
      ...(nameHeader ? { nameHeader } : {}),
    };
    for (const table of readSchoolTables(grid, read)) tables.push(table);
  }
  return tables;
}

/** The header a legacy column has in the table that holds it (read as Unicode), if any. */
function headerIn(tables: readonly SchoolTable[]): (column: LegacyColumn) => string | null {
  return (column) => {
    for (const t of tables) {
      if (t.sheet !== column.sheet) continue;
      for (const c of Object.values(t.columns)) if (c?.col === column.col) return c.header;
      for (const o of t.otherColumns) if (o.col === column.col) return o.header;
    }
    return null;
  };
}

/**
 * Runs every rule over tables already read (from grids whose legacy-font columns, `legacy`, were
 * read as Unicode). A workbook where no sheet holds a list gets one `table-not-found` per sheet;
 * sheets beside a found list (notes, cover pages) are left alone.
 */
export function checkTables(
  grids: readonly Grid[],
  read: readonly SchoolTable[],
  options: CheckOptions,
  legacy: readonly LegacyColumn[] = [],
): ValidationResult {
  const tables: CheckedTable[] = read.map((table) => {
    const records = interpretTable(table, options);
    return { table, records, planList: isPlanList(records) };
  });
  const findings: Finding[] = [];
  // Interpreted first, checked second: a rule may ask what another list of the workbook plans.
  tables.forEach((t, i) =>
    runRules(t.table, t.records, options, t.planList, () => true, findings, otherRecords(tables, i)),
  );
  if (legacy.length > 0) {
    const headerOf = headerIn(read);
    for (const rule of RUNNABLE)
      rule.checkText?.(legacy, headerOf, (report) => findings.push(makeFinding(rule, report)));
  }
  if (tables.length === 0) {
    for (const grid of grids)
      for (const rule of RUNNABLE)
        rule.checkSheet?.(grid.sheet, (report) => findings.push(makeFinding(rule, report)));
  }
  sortFindings(
    findings,
    grids.map((g) => g.sheet),
  );
  return { tables, findings, skipped: skippedRules(tables) };
}

/** Reads every school table of the given sheets and runs every rule. */
export function validate(grids: readonly Grid[], options: ValidateOptions): ValidationResult {
  const text = decodeLegacyText(grids);
  return checkTables(text.grids, readTables(text.grids, options), options, text.columns);
}
