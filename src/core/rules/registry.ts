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
import recognitionExpired from "./recognition-expired/rule";
import renewalDue from "./renewal-due/rule";
import renewalNotPlanned from "./renewal-not-planned/rule";
import tooYoung from "./too-young/rule";
import budgetNotNumber from "./budget-not-number/rule";
import budgetNegative from "./budget-negative/rule";
import budgetUnitSuspect from "./budget-unit-suspect/rule";
import totalMismatch from "./total-mismatch/rule";
import legacyRegime from "./legacy-regime/rule";

/** Every rule, in the order of the catalogue (SPEC §8). Reports list findings in this order too. */
export const RULES: readonly Rule[] = [
  tableNotFound as Rule,
  missingColumn as Rule,
  missingValue as Rule,
  cellError as Rule,
  duplicateSchool as Rule,
  unknownType as Rule,
  typeNameMismatch as Rule,
  codeUnparseable as Rule,
  codeNoncanonical as Rule,
  accreditationOutOfRange as Rule,
  standardOutOfRange as Rule,
  standardNeedsAccreditation as Rule,
  standardBelowAccreditation as Rule,
  standardWithoutAccreditation as Rule,
  actionUnknown as Rule,
  renewalWithoutPrevious as Rule,
  renewalTooEarly as Rule,
  newWithPrevious as Rule,
  upgradeTooEarly as Rule,
  upgradeNotHigher as Rule,
  dateInvalid as Rule,
  recognitionExpired as Rule,
  renewalDue as Rule,
  renewalNotPlanned as Rule,
  tooYoung as Rule,
  budgetNotNumber as Rule,
  budgetNegative as Rule,
  budgetUnitSuspect as Rule,
  totalMismatch as Rule,
  legacyRegime as Rule,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
