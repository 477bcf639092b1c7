import type { Rule } from "./rule";
import tableNotFound from "./table-not-found/rule";
import missingColumn from "./missing-column/rule";
import missingValue from "./missing-value/rule";
import cellError from "./cell-error/rule";
import duplicateSchool from "./duplicate-school/rule";
import unknownType from "./unknown-type/rule";
import typeNameMismatch from "./type-name-mismatch/rule";
import codeUnparseable from "./code-unparseable/rule";
import codeNoncanonical from "./code-noncanonical/rule";
import accreditationOutOfRange from "./accreditation-out-of-range/rule";
import standardOutOfRange from "./standard-out-of-range/rule";
import standardNeedsAccreditation from "./standard-needs-accreditation/rule";
import standardBelowAccreditation from "./standard-below-accreditation/rule";
import standardWithoutAccreditation from "./standard-without-accreditation/rule";
import actionUnknown from "./action-unknown/rule";
import renewalWithoutPrevious from "./renewal-without-previous/rule";
import renewalTooEarly from "./renewal-too-early/rule";
import newWithPrevious from "./new-with-previous/rule";
import upgradeTooEarly from "./upgrade-too-early/rule";
import upgradeNotHigher from "./upgrade-not-higher/rule";
import dateInvalid from "./date-invalid/rule";
import expiryMismatch from "./expiry-mismatch/rule";
import recognitionExpired from "./recognition-expired/rule";
import renewalDue from "./renewal-due/rule";
import renewalNotPlanned from "./renewal-not-planned/rule";
import tooYoung from "./too-young/rule";
import budgetNotNumber from "./budget-not-number/rule";
import budgetNegative from "./budget-negative/rule";
import budgetUnitSuspect from "./budget-unit-suspect/rule";
import totalMismatch from "./total-mismatch/rule";
import legacyRegime from "./legacy-regime/rule";
import legacyEncoding from "./legacy-encoding/rule";

/**
 * Every rule, in the order of the catalogue (SPEC §8); reports list findings in this order too.
 * Adding a rule: a folder holding its logic, messages and tests, and one line here.
 */
export const RULES = [
  tableNotFound,
  missingColumn,
  missingValue,
  cellError,
  duplicateSchool,
  unknownType,
  typeNameMismatch,
  codeUnparseable,
  codeNoncanonical,
  accreditationOutOfRange,
  standardOutOfRange,
  standardNeedsAccreditation,
  standardBelowAccreditation,
  standardWithoutAccreditation,
  actionUnknown,
  renewalWithoutPrevious,
  renewalTooEarly,
  newWithPrevious,
  upgradeTooEarly,
  upgradeNotHigher,
  dateInvalid,
  expiryMismatch,
  recognitionExpired,
  renewalDue,
  renewalNotPlanned,
  tooYoung,
  budgetNotNumber,
  budgetNegative,
  budgetUnitSuspect,
  totalMismatch,
  legacyRegime,
  legacyEncoding,
] as const;

export type AnyRule = (typeof RULES)[number];
export type RuleId = AnyRule["id"];
/** The parameters a rule's findings carry, from its folder's `Params`. */
export type ParamsOf<K extends RuleId> = Extract<AnyRule, { id: K }> extends Rule<K, infer P> ? P : never;

const BY_ID: ReadonlyMap<string, Rule<RuleId>> = new Map(RULES.map((r) => [r.id, r as Rule<RuleId>]));

export function isRuleId(text: string): text is RuleId {
  return BY_ID.has(text);
}

/** The rule of a typed id. */
export function ruleOf<K extends RuleId>(id: K): Rule<K, ParamsOf<K>> {
  return BY_ID.get(id) as unknown as Rule<K, ParamsOf<K>>;
}

/** Position of a rule in the catalogue, for sorting findings. */
export const RULE_ORDER: ReadonlyMap<RuleId, number> = new Map(RULES.map((r, i) => [r.id, i]));
