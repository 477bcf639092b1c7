import { issuerInSentence, issuerLines } from "./body-case";
import type { SchoolRecord } from "../records/record";
import type { School } from "../summary/schools";
import type { Summary } from "../summary/summary";
import { SCHOOL_TYPES } from "../schools/types";
import type { SchoolTypeId } from "../schools/types";
import type { Lang } from "../text/format";
import type { PlanHeader } from "./model";
import type { PlanNumber, PlanTemplates } from "./templates";
import { BLANK } from "./templates";
import { fold } from "../text/normalize";
import { en } from "./templates.en";
import { vi } from "./templates.vi";

const TEMPLATES: Readonly<Record<Lang, PlanTemplates>> = { vi, en };

/** What every section reads: the figures, the header and the wording of the language. */
export interface PlanContext {
  readonly summary: Summary;
  readonly header: PlanHeader;
  readonly lang: Lang;
  readonly t: PlanTemplates;
  readonly planYear: number;
  /** The issuing body on one line, as it is named inside sentences; a blank when not given. */
  readonly body: string;
  readonly number: PlanNumber;
  /** Schools with an action in the plan year, by school type (list order within a type). */
  readonly planned: readonly School[];
  /** The list states planned actions (an action column, or any row with an action). */
  readonly hasActions: boolean;
  /** The list has a budget column. */
  readonly hasBudget: boolean;
}

/** The plan's number suffix by the body that issues it (Nghị định 30/2020/NĐ-CP, Phụ lục III). */
const SUFFIXES: readonly { readonly body: RegExp; readonly suffix: string }[] = [
  { body: /^(?:so giao duc va dao tao|so gd ?(?:&|va)? ?dt)\b/, suffix: "/KH-SGDĐT" },
  { body: /^(?:phong giao duc va dao tao|phong gd ?(?:&|va)? ?dt)\b/, suffix: "/KH-PGDĐT" },
];
const DEFAULT_SUFFIX = "/KH-UBND";

/** The suffix of the body that issues the plan: a Sở under "UBND TỈNH …" issues "…/KH-SGDĐT". */
function suffixOf(issuingBody: string): string {
  const key = fold(issuerLines(issuingBody).join(" ")).trim();
  return SUFFIXES.find((s) => s.body.test(key))?.suffix ?? DEFAULT_SUFFIX;
}

/**
 * "20/KH-UBND" as given; "" or "/KH-UBND" leaves the number blank before the suffix, which follows
 * the issuing body when the user gives none (a Sở's plan is "…/KH-SGDĐT").
 */
export function planNumber(raw: string, issuingBody = ""): PlanNumber {
  const text = raw.trim();
  if (text === "") return { full: null, suffix: suffixOf(issuingBody) };
  if (text.startsWith("/")) return { full: null, suffix: text };
  return { full: text, suffix: suffixOf(issuingBody) };
}

const TYPE_RANK = new Map<SchoolTypeId | null, number>([
  ...SCHOOL_TYPES.map((t, i): [SchoolTypeId, number] => [t.id, i]),
  [null, SCHOOL_TYPES.length],
]);

/** Schools in the documents' order of levels (MN, TH, THCS…, unknown last), list order within one. */
export function byType(schools: readonly School[]): School[] {
  return schools
    .map((school, index) => ({ school, index }))
    .sort(
      (a, b) =>
        (TYPE_RANK.get(a.school.type) ?? 0) - (TYPE_RANK.get(b.school.type) ?? 0) || a.index - b.index,
    )
    .map((x) => x.school);
}

function templatesFor(lang: Lang): PlanTemplates {
  return TEMPLATES[lang];
}

export function planContext(
  summary: Summary,
  records: readonly SchoolRecord[],
  header: PlanHeader,
  lang: Lang,
): PlanContext {
  if (header.planYear !== summary.planYear) {
    throw new RangeError(
      `the plan header is for ${header.planYear} but the summary was computed for ${summary.planYear}`,
    );
  }
  const planYear = summary.planYear;
  const planned = summary.schools.filter((s) => s.actions.some((a) => a.planYear === planYear));
  return {
    summary,
    header,
    lang,
    t: templatesFor(lang),
    planYear,
    body: issuerInSentence(header.issuingBody) || BLANK,
    number: planNumber(header.number, header.issuingBody),
    planned: byType(planned),
    hasActions:
      records.some((r) => r.table.columns.action !== undefined) ||
      summary.schools.some((s) => s.actions.length > 0),
    hasBudget: records.some((r) => r.table.columns.budget !== undefined),
  };
}
