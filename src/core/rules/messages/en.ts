import { schoolTypeInfo } from "../../schools/types";
import { formatNumber } from "../../text/format";
import type { Catalogue } from "../params";

const DATE_WHAT = {
  decisionDate: "Recognition date",
  previousDate: "Previous recognition date",
  expiry: "Expiry date",
  founded: "Founding year",
  planYear: "Plan year",
} as const;

const COLUMN_WHAT = {
  type: "a school level column (many names have no MN, TH, THCS… prefix)",
  codes: "a recognition column (accreditation, national standard, or a combined code such as CĐ2-MĐ1)",
  accreditation: "an accreditation level column (only the national-standard column is present)",
  standard: "a national-standard level column (only the accreditation column is present)",
} as const;

const CODE_HINT = {
  combined: "a combined code such as CĐ2-MĐ1, CĐ3 or MĐ1",
  accreditation: "an accreditation level CĐ1…CĐ4 or a number 1…4",
  standard: "a national-standard level MĐ1, MĐ2 or a number 1, 2",
} as const;

const type = (id: Parameters<typeof schoolTypeInfo>[0]): string => schoolTypeInfo(id).label.en;

export const en: Catalogue = {
  "table-not-found": (p) =>
    `No school list found on sheet "${p.sheet}": a header row with a school-name column is needed (e.g. "Tên trường", "Cơ sở giáo dục", "Đơn vị").`,
  "missing-column": (p) => `The list has no ${COLUMN_WHAT[p.column]}; add it for a complete check.`,
  "missing-value": (p) =>
    p.what === "name"
      ? "The row has data but no school name."
      : 'The recognition cell is empty. If the school is not recognised, write "-" or "Chưa đạt" so it is not taken for an omission.',
  "cell-error": (p) => `The cell holds the Excel error ${p.error}; check its formula or source data.`,
  "duplicate-school": (p) => `"${p.name}" duplicates row ${p.firstRow} (same name and commune).`,
  "unknown-type": (p) =>
    `Cannot tell the school level of "${p.name}": the name has no prefix (MN, TH, THCS, THPT, TH&THCS…) and there is no valid level column.`,
  "type-name-mismatch": (p) =>
    `The level column says "${type(p.columnType)}" but the school name says "${type(p.nameType)}".`,
  "code-unparseable": (p) => `Cannot read "${p.text}"; expected ${CODE_HINT[p.column]}.`,
  "code-noncanonical": (p) =>
    p.cdWordAsStandard
      ? `"${p.text}" uses "cấp độ" for the national standard, which is recognised by mức độ; the canonical form is "${p.canonical}".`
      : `The canonical form is "${p.canonical}".`,
  "accreditation-out-of-range": (p) =>
    p.unconfirmed
      ? `Accreditation level ${p.level}: under the new (unconfirmed) rules accreditation has only ${p.max} levels.`
      : `Accreditation level ${p.level} is invalid; levels run from 1 to ${p.max}.`,
  "standard-out-of-range": (p) => `National-standard level ${p.level} is invalid; only levels 1 and 2 exist.`,
  "standard-needs-accreditation": (p) =>
    `National-standard level ${p.standard} requires an external assessment at accreditation level ${p.required} or higher, but the row says level ${p.accreditation}.`,
  "standard-below-accreditation": (p) =>
    `An assessment at accreditation level ${p.accreditation} qualifies for national-standard level 2, but the row says level ${p.standard}.`,
  "standard-without-accreditation": (p) =>
    `National-standard level ${p.standard} without an accreditation level; since 10/10/2018 both come from one external assessment.`,
  "action-unknown": (p) =>
    `Unknown planned action "${p.text}"; use "Công nhận mới" (new), "Công nhận lại" (renewal) or "Nâng mức độ" (upgrade).`,
  "renewal-without-previous": () =>
    "Renewal planned but the previous recognition date is missing, so its validity cannot be checked.",
  "renewal-too-early": (p) =>
    `Renewal in ${p.planYear} only ${p.years} years after the previous recognition (${p.recognised}); renewals normally come near the end of the 5-year validity.`,
  "new-with-previous": (p) =>
    `First recognition planned but the school is already recognised (${p.recognised}); should it be a renewal or an upgrade?`,
  "upgrade-too-early": (p) =>
    `Upgrade in ${p.planYear} only ${p.years} years after the previous recognition (${p.recognised}); at least 2 years are required.`,
  "upgrade-not-higher": (p) => `Upgrade to ${p.target}, which is not higher than the current ${p.current}.`,
  "date-invalid": (p) =>
    p.reason === "unreadable"
      ? `${DATE_WHAT[p.what]} "${p.text}" cannot be read; write dd/mm/yyyy or a year (yyyy).`
      : p.reason === "too-early"
        ? `${DATE_WHAT[p.what]} "${p.text}" is before ${p.limit}, which is not plausible.`
        : p.what === "decisionDate" || p.what === "previousDate"
          ? `${DATE_WHAT[p.what]} "${p.text}" is after ${p.limit}; a recognition cannot lie in the future.`
          : `${DATE_WHAT[p.what]} "${p.text}" is after ${p.limit}, which is not plausible.`,
  "recognition-expired": (p) =>
    `The recognition expired (${p.expiry}) and no renewal is planned; the school no longer counts as recognised.`,
  "renewal-due": (p) =>
    `The recognition expires ${p.expiry}; self-assessment and registration for external assessment are due by ${p.deadline}.`,
  "renewal-not-planned": (p) =>
    `The recognition expires ${p.expiry} (in ${p.planYear}) but the list plans no renewal; registration is due by ${p.deadline}.`,
  "too-young": (p) =>
    p.kindergarten
      ? `Kindergarten founded in ${p.founded} has operated only ${p.years} years by ${p.year}; at least ${p.minYears} are required.`
      : `School founded in ${p.founded} may have no cohort completing the ${p.minYears}-year programme by ${p.year}.`,
  "budget-not-number": (p) =>
    `Budget "${p.text}" is not a number; write numbers such as 44.497 or 31.162,5 (unit as in the column header).`,
  "budget-negative": (p) => `Negative budget (${formatNumber(p.amount, "en")}).`,
  "budget-unit-suspect": (p) =>
    `Budget ${formatNumber(p.amount, "en")} is too large for a column in millions of đồng; it may be written in đồng (that is ${formatNumber(p.suggested, "en")} million).`,
  "total-mismatch": (p) =>
    `Row "${p.label}" says ${formatNumber(p.written, "en")} but its ${p.rows} school rows add up to ${formatNumber(p.sum, "en")}.`,
  "legacy-regime": (p) =>
    `Recognised ${p.date}, before 10/10/2018: accreditation and national standard were separate processes then, so their levels are not cross-checked.`,
};
