import type { Finding } from "../findings/finding";
import type { Summary } from "../summary/summary";
import type { Rollup } from "../summary/rollup";
import type { Lang } from "../text/format";
import { buildFindingsSheet } from "./findings-sheet";
import type { OutputSheet } from "./model";
import { buildSummarySheet } from "./summary-sheet";

export interface OutputInput {
  readonly summary: Summary;
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  /** The checked file's name, shown under the titles. */
  readonly sourceFile?: string;
  /** A roll-up of several lists: `summary` is its combined one, and the summary sheet adds a table by unit. */
  readonly rollup?: Rollup;
}

/** The two sheets the add-in owns, "Tổng hợp" then "Kết quả kiểm tra" (SPEC §9), in the chosen language. */
export function buildOutputSheets(input: OutputInput): OutputSheet[] {
  const file = input.sourceFile !== undefined ? { sourceFile: input.sourceFile } : {};
  return [
    buildSummarySheet({
      summary: input.summary,
      lang: input.lang,
      ...file,
      ...(input.rollup ? { rollup: input.rollup } : {}),
    }),
    buildFindingsSheet({
      findings: input.findings,
      lang: input.lang,
      planYear: input.summary.planYear,
      referenceDate: input.summary.referenceDate,
      ...file,
    }),
  ];
}
