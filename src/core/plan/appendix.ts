import { isUndated } from "../records/interpret";
import type { Levels } from "../records/record";
import type { SchoolTable } from "../table/model";
import { ACTIONS } from "../schools/actions";
import { canonicalCode } from "../schools/codes";
import { isExpiredOn } from "../schools/cycle";
import { levelsOn, projectedLevels } from "../summary/levels";
import type { PlannedAction, School } from "../summary/schools";
import { upgradeAim, upgradeWait } from "../rules/shared/upgrade";
import { endOfYear } from "../text/dates";
import { formatNumber } from "../text/format";
import { heading, paragraph, part, table } from "./blocks";
import type { Piece } from "./blocks";
import { byType } from "./context";
import type { PlanContext } from "./context";
import { APPENDIX_ROWS_PER_TABLE, APPENDIX_TABLE_LIMIT } from "./limits";
import type { AppendixForm, AppendixList, Block, TableBlock } from "./model";

/**
 * One assessment gives both results, and CQG mức độ 1 needs cấp độ 2, mức độ 2 needs cấp độ 3
 * (SPEC §4.1): a renewed CQG recognition with no cấp độ recorded is written with the least cấp độ
 * it needs, as plans write it.
 */
function consistent(levels: Levels): Levels {
  const { accreditation, standard } = levels;
  if (standard === null) return levels;
  const needed = standard + 1;
  return { accreditation: Math.max(accreditation ?? 0, needed), standard };
}

const ORDER = { new: 0, renewal: 1, upgrade: 2 } as const;

/**
 * The level an upgrade the list gives no target for reaches: the next level up from the one last
 * recognised (SPEC §4.1, §7). Blank when there is none to stand behind: no level known to go up
 * from, none above it, or an upgrade the check rejects as an error (upgrade-not-higher,
 * upgrade-too-early).
 */
function upgradeCode(school: School, planned: PlannedAction): string {
  const r = planned.record;
  const own = r.levels.accreditation !== null || r.levels.standard !== null;
  const aim = upgradeAim(r, own ? r.levels : school.current.levels);
  if (aim.target === null || aim.notHigher === "error" || upgradeWait(r)?.severity === "error") return "";
  return canonicalCode(aim.target.accreditation, aim.target.standard);
}

/**
 * The level the planned actions of the year aim at, as the appendix of a plan states it. A level the
 * list writes itself (a target column, an action naming its level, the code of an undated plan list)
 * is shown as written: an inconsistent one is the checker's finding to report, not ours to correct.
 * A level the list does not give is not invented: a new recognition without one is left blank.
 */
function plannedCode(school: School, planYear: number): string {
  const planned = school.actions.filter((a) => a.planYear === planYear);
  const stated = planned.some(
    (a) => a.record.target !== null || (isUndated(a.record.table) && hasCodes(a.record.table)),
  );
  if (stated) {
    const projected = projectedLevels(school, planYear, endOfYear(planYear));
    return canonicalCode(projected.accreditation, projected.standard);
  }
  // The action furthest along decides, as in the projection: an upgrade after a renewal ends upgraded.
  const last = planned.reduce<PlannedAction | null>(
    (a, b) => (a === null || ORDER[b.action] >= ORDER[a.action] ? b : a),
    null,
  );
  if (last === null || last.action === "new") return "";
  if (last.action === "upgrade") return upgradeCode(school, last);
  // A renewal of a recognition the list does not record renews nothing we know of: no level is shown
  // (renewal-without-previous reports the row).
  const renewed =
    levelsOn(school, { y: planYear - 1, m: 12, d: 31 }).standard ?? school.current.levels.standard;
  if (renewed === null) return "";
  const target = consistent(projectedLevels(school, planYear, endOfYear(planYear)));
  return canonicalCode(target.accreditation, target.standard);
}

/** A list with a column of levels: in an undated plan list, its codes are the levels sought. */
function hasCodes(table: SchoolTable): boolean {
  const c = table.columns;
  return c.combinedCode !== undefined || c.accreditation !== undefined || c.standard !== undefined;
}

function plannedActions(ctx: PlanContext, school: School): string {
  const actions = new Set(school.actions.filter((a) => a.planYear === ctx.planYear).map((a) => a.action));
  return ACTIONS.filter((a) => actions.has(a))
    .map((a) => ctx.t.actions[a])
    .join(", ");
}

/** Row of a list without planned actions: the level in force at the reference date, or its expiry. */
function currentRow(ctx: PlanContext, school: School): [string, string] {
  const now = levelsOn(school, ctx.summary.referenceDate);
  const expiry = school.current.expiry;
  const lapsed = expiry !== null && isExpiredOn(expiry, ctx.summary.referenceDate);
  return [canonicalCode(now.accreditation, now.standard), lapsed ? ctx.t.appendix.expired(expiry) : ""];
}

/** The appendix section's pieces, and its list of schools (null when it lists none). */
export interface AppendixSection {
  readonly pieces: Piece[];
  readonly list: AppendixList | null;
}

/**
 * "DANH SÁCH …" on its own page: the schools of the plan year, or every school of a list without
 * plans; as a table, or, when attached as a workbook, a sentence naming the file. The table (or the
 * sentence) is the part a refresh replaces.
 */
export function appendixSection(ctx: PlanContext, form: AppendixForm = { kind: "table" }): AppendixSection {
  const { t, header, planYear, summary } = ctx;
  const a = t.appendix;
  const title = ctx.hasActions ? a.plannedTitle(planYear) : a.allTitle(summary.referenceDate);
  const attached = a.attached(ctx.number, header.date, planYear, ctx.body);
  const body = appendixBlocks(ctx, form);
  return {
    pieces: [
      heading(1, title, { section: "appendix", align: "center", pageBreakBefore: true }),
      paragraph(attached, { align: "center", italic: true }),
      part("appendix", body.blocks),
    ],
    list: body.table === null ? null : { title, attached, table: body.table, footer: body.footer },
  };
}

/** The schools the appendix lists: those of the plan year, or every school of a list without plans. */
export function appendixSchools(ctx: PlanContext): readonly School[] {
  return ctx.hasActions ? ctx.planned : byType(ctx.summary.schools);
}

/** The table of the appendix and its closing line (or the sentence naming the attached file). */
function appendixBlocks(
  ctx: PlanContext,
  form: AppendixForm,
): { blocks: Block[]; table: TableBlock | null; footer: string } {
  const { t, planYear } = ctx;
  const a = t.appendix;
  const schools = appendixSchools(ctx);
  if (schools.length === 0) return { blocks: [paragraph(a.none(planYear))], table: null, footer: "" };
  const rows = schools.map((school, i) => [
    `${formatNumber(i + 1, ctx.lang)}.`,
    school.name,
    ...(ctx.hasActions
      ? [plannedCode(school, planYear), plannedActions(ctx, school)]
      : currentRow(ctx, school)),
  ]);
  const columns = table(
    [
      { width: 0.07, align: "center" },
      { width: 0.41, align: "left" },
      { width: 0.22, align: "center" },
      { width: 0.3, align: "center" },
    ],
    [[a.columns.seq, a.columns.name, a.columns.code, ctx.hasActions ? a.columns.action : a.columns.note]],
    rows,
  );
  // Word processors take minutes over one table of tens of thousands of rows: cut it into tables.
  const list: TableBlock =
    rows.length > APPENDIX_TABLE_LIMIT ? { ...columns, rowsPerTable: APPENDIX_ROWS_PER_TABLE } : columns;
  const footer = a.footer(schools.length);
  const blocks =
    form.kind === "file" ? [paragraph(a.inFile(schools.length, form.fileName))] : [list, paragraph(footer)];
  return { blocks, table: list, footer };
}
