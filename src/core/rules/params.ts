import type { CodeColumn } from "../schools/codes";
import type { SchoolTypeId } from "../schools/types";
import type { DateField } from "../records/record";

/** What each rule tells its message: plain values, formatted by the catalogues. */
export interface RuleParams {
  "table-not-found": { sheet: string };
  "missing-column": { column: "type" | "codes" | "accreditation" | "standard" };
  "missing-value": { what: "name" | "code" };
  "cell-error": { error: string };
  "duplicate-school": { name: string; firstRow: number };
  "unknown-type": { name: string };
  "type-name-mismatch": { columnType: SchoolTypeId; nameType: SchoolTypeId };
  "code-unparseable": { text: string; column: CodeColumn };
  "code-noncanonical": { text: string; canonical: string; cdWordAsStandard: boolean };
  "accreditation-out-of-range": { level: number; max: number; unconfirmed: boolean };
  "standard-out-of-range": { level: number };
  "standard-needs-accreditation": { standard: number; accreditation: number; required: number };
  "standard-below-accreditation": { standard: number; accreditation: number };
  "standard-without-accreditation": { standard: number };
  "action-unknown": { text: string };
  "renewal-without-previous": Record<string, never>;
  "renewal-too-early": { recognised: string; planYear: number; years: number };
  "new-with-previous": { recognised: string };
  "upgrade-too-early": { recognised: string; planYear: number; years: number };
  "upgrade-not-higher": { current: string; target: string };
  "date-invalid": {
    text: string;
    what: DateField | "planYear";
    reason: "unreadable" | "too-early" | "future";
    limit: number;
  };
  "recognition-expired": { expiry: string };
  "renewal-due": { expiry: string; deadline: string };
  "renewal-not-planned": { expiry: string; deadline: string; planYear: number };
  "too-young": { founded: number; year: number; years: number; minYears: number; kindergarten: boolean };
  "budget-not-number": { text: string };
  "budget-negative": { amount: number };
  "budget-unit-suspect": { amount: number; suggested: number };
  "total-mismatch": { label: string; written: number; sum: number; rows: number };
  "legacy-regime": { date: string };
}

export type RuleId = keyof RuleParams;

export type Catalogue = { readonly [K in RuleId]: (p: RuleParams[K]) => string };
