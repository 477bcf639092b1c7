/** The domain's fixed lists and names as front ends show and choose them. */
export { SEVERITY_ORDER } from "../core/findings/severity";
export { APPENDIX_TABLE_LIMIT } from "../core/plan/limits";
export { PLAN_SECTIONS } from "../core/plan/model";
export { placeFromBody } from "../core/plan/place";
export { isRuleId, RULES } from "../core/rules/registry";
export { ACTIONS } from "../core/schools/actions";
export { isRegimeId, REGIMES } from "../core/schools/regimes";
export { SUMMARY_LABELS } from "../core/summary/labels";
export { typeLabel } from "../core/summary/json";
export { FIELD_LABELS } from "../core/table/field-labels";
export { FIELDS } from "../core/table/fields";
export { BUDGET_UNITS } from "../core/table/headers";
