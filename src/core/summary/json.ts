import type { Lang } from "../text/format";
import type { DateValue } from "../text/dates";
import { isoDay, lastDayOf } from "../text/dates";
import { schoolTypeInfo } from "../schools/types";
import type { SchoolTypeId } from "../schools/types";
import type { Summary } from "./summary";
import { budgetNote, otherYearsNote, repeatedSchoolsNote, unitGapReason, unitsLeftOutNote } from "./notes";
import type { Rollup } from "./rollup";
import { unitsByRate } from "./rollup";

/** Unknown-level schools are listed under this id in machine-readable output. */
const UNKNOWN_TYPE = "unknown";

const UNKNOWN_LABEL = { vi: "Không xác định cấp học", en: "Unknown level" } as const;

export function typeLabel(type: SchoolTypeId | null, lang: Lang): string {
  return type ? schoolTypeInfo(type).label[lang] : UNKNOWN_LABEL[lang];
}

/**
 * ISO 8601 at the date's own precision: "2024-03-15", "2024-03", "2024", or an interval of months for
 * a school year or another twelve-month span ("2024-09/2025-08").
 */
function isoDateValue(v: DateValue): string {
  const iso = isoDay(v.date);
  if (v.precision === "day") return iso;
  if (v.precision === "month") return iso.slice(0, 7);
  if (v.precision === "year" && v.date.m === 1) return iso.slice(0, 4);
  return `${iso.slice(0, 7)}/${isoDay(lastDayOf(v)).slice(0, 7)}`;
}

/** The summary in the JSON contract of SPEC §11: rates as fractions, amounts in triệu đồng. */
export function summaryJson(s: Summary, lang: Lang): Record<string, unknown> {
  const c = s.coverage;
  return {
    referenceDate: isoDay(s.referenceDate),
    planYear: s.planYear,
    schools: s.schools.length,
    coverage: c && {
      total: c.total,
      byType: c.byType.map((t) => ({ ...t, type: t.type ?? UNKNOWN_TYPE, label: typeLabel(t.type, lang) })),
      byCommune: c.byCommune.map((x) => ({
        ...(c.byUnit ? { unit: x.unit } : {}),
        commune: x.name,
        ...(c.byDistrict ? { district: x.district } : {}),
        schools: x.schools,
        standard: x.standard,
        rate: x.rate,
      })),
      ...(c.byDistrict
        ? {
            byDistrict: c.byDistrict.map((x) => ({
              district: x.name,
              schools: x.schools,
              standard: x.standard,
              rate: x.rate,
            })),
          }
        : {}),
      ...(c.byUnit
        ? {
            byUnit: c.byUnit.map((x) => ({
              unit: x.name,
              schools: x.schools,
              standard: x.standard,
              rate: x.rate,
            })),
          }
        : {}),
      communesWithout: c.communesWithout,
      accreditation: c.accreditation,
      projected: c.projected,
    },
    ...(s.coverageNote ? { coverageNote: s.coverageNote[lang] } : {}),
    ...(s.coverageExcluded.length > 0 ? { coverageExcluded: s.coverageExcluded } : {}),
    ...(s.dueExcluded.length > 0 ? { dueExcluded: s.dueExcluded } : {}),
    targets: {
      total: s.targets.total,
      byType: s.targets.byType.map((t) => ({
        type: t.type ?? UNKNOWN_TYPE,
        label: typeLabel(t.type, lang),
        new: t.new,
        renewal: t.renewal,
        upgrade: t.upgrade,
        schools: t.schools,
      })),
    },
    budget: s.budget && {
      ...s.budget,
      byType: s.budget.byType.map((t) => ({
        type: t.type ?? UNKNOWN_TYPE,
        label: typeLabel(t.type, lang),
        amount: t.amount,
      })),
    },
    ...(s.budget === null ? { budgetNote: budgetNote(s, lang) } : {}),
    due: s.due.map((d) => ({
      name: d.name,
      ...(d.unit === undefined ? {} : { unit: d.unit }),
      commune: d.commune,
      expiry: isoDateValue(d.expiry),
      dossierDeadline: isoDateValue(d.dossierDeadline),
      planned: d.planned,
    })),
  };
}

/** The roll-up: the combined summary, and each unit with its rate or why it has none, lowest first. */
export function rollupJson(r: Rollup, lang: Lang): Record<string, unknown> {
  const c = r.combined;
  const budget = c.budget === null ? null : budgetNote(c, lang);
  return {
    ...summaryJson(c, lang),
    ...(budget === null ? {} : { budgetNote: budget }),
    planYearBasis: r.yearBasis,
    ...(c.otherYears ? { otherYears: c.otherYears.units, otherYearsNote: otherYearsNote(c, lang) } : {}),
    ...(c.repeatedSchools.length > 0
      ? { repeatedSchools: c.repeatedSchools, repeatedSchoolsNote: repeatedSchoolsNote(c, lang) }
      : {}),
    units: unitsByRate(r.units).map((u) => ({
      unit: u.name,
      source: u.source,
      namedBy: u.title ? "title" : "file",
      ...(u.summary ? { planYear: u.summary.planYear, referenceDate: isoDay(u.summary.referenceDate) } : {}),
      schools: u.rate?.schools ?? u.summary?.schools.length ?? null,
      standard: u.rate?.standard ?? null,
      rate: u.rate?.rate ?? null,
      projected: u.rate ? { standard: u.rate.projectedStandard, rate: u.rate.projectedRate } : null,
      ...(u.gap === null
        ? {}
        : { leftOut: u.gap, leftOutReason: unitGapReason(u.gap, lang, u.summary?.planYear) }),
    })),
    communesWithout: r.communesWithout,
    ...(r.leftOut.length > 0 ? { leftOutNote: unitsLeftOutNote(r.leftOut, lang) } : {}),
  };
}
