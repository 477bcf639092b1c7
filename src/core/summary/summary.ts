import type { CheckOptions } from "../records/options";
import { referenceDateOf } from "../records/options";
import type { SchoolRecord } from "../records/record";
import type { DayDate } from "../text/dates";
import type { Localized } from "../text/localized";
import type { Budget } from "./budget";
import { budgetOf } from "./budget";
import type { Coverage } from "./coverage";
import { coverageOf } from "./coverage";
import type { DueItem } from "./due";
import { dueList } from "./due";
import type { ExcludedCell } from "./excluded";
import { unreadableLevel } from "./levels";
import { distinctSchools } from "./schools";
import type { School } from "./schools";
import type { Targets } from "./targets";
import { targetsOf } from "./targets";

/** A table's records and whether it is a plan list; what `validate` returns per table. */
interface SummaryInput {
  readonly records: readonly SchoolRecord[];
  readonly planList: boolean;
}

/** Why there is no coverage: the list holds only planned schools, or says nothing of recognitions. */
export type CoverageGap = "plan-list" | "no-recognition-column";

export interface Summary {
  readonly referenceDate: DayDate;
  readonly planYear: number;
  /** Distinct schools over all tables: the same schools validation counts. */
  readonly schools: readonly School[];
  /** null when coverage cannot be stood behind; `coverageGap` says why. */
  readonly coverage: Coverage | null;
  readonly coverageGap: CoverageGap | null;
  readonly coverageNote: Localized | null;
  /** Schools left out of coverage because their recognition cannot be read, by cell. */
  readonly coverageExcluded: readonly ExcludedCell[];
  readonly targets: Targets;
  /** null when the list has no budget column. */
  readonly budget: Budget | null;
  readonly due: readonly DueItem[];
}

const NOTES: Readonly<Record<CoverageGap, Localized>> = {
  "plan-list": {
    vi: "Danh sách chỉ gồm các trường có trong kế hoạch (mọi trường đều có hình thức công nhận), nên không tính tỉ lệ đạt chuẩn: tỉ lệ phải tính trên toàn bộ trường của địa bàn.",
    en: "The list holds only the schools in the plan (every school has a planned action), so coverage is not computed: it must be measured over all schools of the area.",
  },
  "no-recognition-column": {
    vi: "Danh sách không có cột mức công nhận hay ngày công nhận nên không có dữ liệu về tỉ lệ đạt chuẩn.",
    en: "The list has no recognition level or date column, so there is no data on coverage.",
  },
};

const RECOGNITION_FIELDS = [
  "combinedCode",
  "accreditation",
  "standard",
  "decisionDate",
  "previousDate",
  "expiry",
] as const;

function coverageGap(inputs: readonly SummaryInput[]): CoverageGap | null {
  if (inputs.length > 0 && inputs.every((i) => i.planList)) return "plan-list";
  const columns = inputs.flatMap((i) => (i.records[0] ? [i.records[0].table.columns] : []));
  return columns.some((c) => RECOGNITION_FIELDS.some((f) => c[f] !== undefined))
    ? null
    : "no-recognition-column";
}

/** Coverage, targets, budget and renewals due over the tables of one file or of several. */
export function summarize(inputs: readonly SummaryInput[], options: CheckOptions): Summary {
  const records = inputs.flatMap((i) => i.records);
  const schools = distinctSchools(records);
  const referenceDate = referenceDateOf(options);
  const gap = coverageGap(inputs);
  const excluded: ExcludedCell[] = [];
  const readable: School[] = [];
  for (const school of schools) {
    const cell = unreadableLevel(school.current);
    if (cell) excluded.push(cell);
    else readable.push(school);
  }
  return {
    referenceDate,
    planYear: options.planYear,
    schools,
    coverage: gap === null ? coverageOf(readable, referenceDate, options.planYear) : null,
    coverageGap: gap,
    coverageNote: gap === null ? null : NOTES[gap],
    coverageExcluded: gap === null ? excluded : [],
    targets: targetsOf(schools, options.planYear),
    budget: budgetOf(schools, options.planYear),
    due: dueList(schools, options.planYear),
  };
}
