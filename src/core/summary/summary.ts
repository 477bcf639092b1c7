import type { Localized } from "../text/localized";
import type { CheckOptions } from "../records/options";
import { referenceDateOf } from "../records/options";
import type { SchoolRecord } from "../records/record";
import type { DayDate } from "../text/dates";
import type { Budget } from "./budget";
import { budgetOf } from "./budget";
import type { Coverage } from "./coverage";
import { coverageOf } from "./coverage";
import type { DueItem } from "./due";
import { dueList } from "./due";
import { distinctSchools } from "./schools";
import type { School } from "./schools";
import type { Targets } from "./targets";
import { targetsOf } from "./targets";

/** A table's records and whether it is a plan list; what `validate` returns per table. */
export interface SummaryInput {
  readonly records: readonly SchoolRecord[];
  readonly planList: boolean;
}

export interface Summary {
  readonly referenceDate: DayDate;
  readonly planYear: number;
  /** Distinct schools over all tables. */
  readonly schools: readonly School[];
  /** null for a plan list, which holds only the schools in the plan (SPEC §9). */
  readonly coverage: Coverage | null;
  readonly coverageNote: Localized | null;
  readonly targets: Targets;
  readonly budget: Budget;
  readonly due: readonly DueItem[];
}

const PLAN_LIST_NOTE: Localized = {
  vi: "Danh sách chỉ gồm các trường có trong kế hoạch (mọi trường đều có hình thức công nhận), nên không tính tỉ lệ đạt chuẩn: tỉ lệ phải tính trên toàn bộ trường của địa bàn.",
  en: "The list holds only the schools in the plan (every school has a planned action), so coverage is not computed: it must be measured over all schools of the area.",
};

/** Coverage, targets, budget and renewals due over the tables of one file or of several. */
export function summarize(inputs: readonly SummaryInput[], options: CheckOptions): Summary {
  const records = inputs.flatMap((i) => i.records);
  const schools = distinctSchools(records);
  const referenceDate = referenceDateOf(options);
  const planList = inputs.length > 0 && inputs.every((i) => i.planList);
  return {
    referenceDate,
    planYear: options.planYear,
    schools,
    coverage: planList ? null : coverageOf(schools, referenceDate, options.planYear),
    coverageNote: planList ? PLAN_LIST_NOTE : null,
    targets: targetsOf(schools, options.planYear),
    budget: budgetOf(schools, options.planYear),
    due: dueList(schools, options.planYear),
  };
}
