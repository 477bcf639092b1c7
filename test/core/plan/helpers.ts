import { buildPlan } from "../../../src/core/plan/build";
import type { PlanHeader, PlanSectionId } from "../../../src/core/plan/model";
import { PLAN_SECTIONS } from "../../../src/core/plan/model";
import type { Summary } from "../../../src/core/summary/summary";
import type { Lang } from "../../../src/core/text/format";
import type { Grid } from "../../../src/core/grid";
import { checkGrids as runCheck } from "../../../src/app/check";
import { TODAY } from "../../helpers/sheet";
import { gridsFromWorkbook } from "../../../src/hosts/file/workbook";
import { KONTUM_PLAN_YEAR, kontumWorkbook } from "../../fixtures/kontum";
import type { Block, PlanDocument, TableBlock } from "../../../src/core/plan/model";
import { blockText } from "../../../src/core/plan/text";
import type { SchoolRecord } from "../../../src/core/records/record";

export const KONTUM_HEADER: PlanHeader = {
  issuingBody: "UBND thành phố Kon Tum",
  place: "Kon Tum",
  number: "15/KH-UBND",
  date: { y: 2023, m: 2, d: 6 },
  planYear: KONTUM_PLAN_YEAR,
};

export interface Checked {
  readonly summary: Summary;
  readonly records: readonly SchoolRecord[];
}

/** The pipeline every front end runs, for a plan year. */
export function checkGrids(grids: readonly Grid[], planYear: number): Checked {
  const check = runCheck(grids, { planYear }, { today: TODAY });
  return { summary: check.summary, records: check.records };
}

let kontum: Checked | null = null;

export function kontumChecked(): Checked {
  kontum ??= checkGrids(gridsFromWorkbook(kontumWorkbook()), KONTUM_PLAN_YEAR);
  return kontum;
}

export function kontumPlan(
  options: { lang?: Lang; sections?: readonly PlanSectionId[]; header?: Partial<PlanHeader> } = {},
): PlanDocument {
  const { summary, records } = kontumChecked();
  return buildPlan({
    summary,
    records,
    header: { ...KONTUM_HEADER, ...options.header },
    sections: options.sections ?? PLAN_SECTIONS,
    lang: options.lang ?? "vi",
  });
}

/** Plans of small lists built with the rule tests' sheet builder. */
export function planOf(
  grids: readonly Grid[],
  planYear: number,
  options: { lang?: Lang; sections?: readonly PlanSectionId[]; header?: Partial<PlanHeader> } = {},
): PlanDocument {
  const { summary, records } = checkGrids(grids, planYear);
  return buildPlan({
    summary,
    records,
    header: {
      issuingBody: "UBND huyện Cao Lộc",
      place: "Cao Lộc",
      number: "20/KH-UBND",
      date: { y: planYear, m: 1, d: 4 },
      ...options.header,
      planYear,
    },
    sections: options.sections ?? PLAN_SECTIONS,
    lang: options.lang ?? "vi",
  });
}

/** The blocks of one section: from its level-1 heading to the next section's. */
export function sectionBlocks(plan: PlanDocument, id: PlanSectionId): Block[] {
  const start = plan.blocks.findIndex((b) => b.kind === "heading" && b.section === id);
  if (start < 0) return [];
  const rest = plan.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === "heading" && b.section !== undefined);
  return [plan.blocks[start] as Block, ...(end < 0 ? rest : rest.slice(0, end))];
}

export function sectionText(plan: PlanDocument, id: PlanSectionId): string {
  return sectionBlocks(plan, id).map(blockText).join("\n");
}

export function tablesOf(blocks: readonly Block[]): TableBlock[] {
  return blocks.filter((b): b is TableBlock => b.kind === "table");
}
