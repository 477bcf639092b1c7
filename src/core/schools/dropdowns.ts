/**
 * The values a list's code, type and action columns offer in a drop-down ("codes chosen, not
 * typed"), for the regime in force: only codes the regime allows (a CQG mức độ only with the cấp độ
 * it requires), written canonically, so a chosen value never raises a finding. Also the headers of a
 * new list, in the words the reader recognises.
 */
import type { Localized } from "../text/localized";
import type { Field } from "../table/fields";
import { FIELD_LABELS } from "../table/field-labels";
import { canonicalCode } from "./codes";
import type { Regime } from "./regimes";
import { SCHOOL_TYPES } from "./types";

/** Fields whose cells are chosen from a list. */
export type ListField = "combinedCode" | "accreditation" | "standard" | "target" | "type" | "action";

export const LIST_FIELDS: readonly ListField[] = [
  "combinedCode",
  "accreditation",
  "standard",
  "target",
  "type",
  "action",
];

/** The actions as a list writes them; each reads back as its action. */
export const ACTION_WORDS: readonly string[] = ["Công nhận mới", "Công nhận lại", "Nâng mức"];

function combinedCodes(regime: Regime): string[] {
  const out: string[] = [];
  for (let a = 1; a <= regime.accreditationMax; a++) {
    out.push(canonicalCode(a, null));
    for (let s = 1; s <= regime.standardMax; s++) {
      const needs = regime.standardRequires[s as 1 | 2];
      if (needs !== undefined && a >= needs) out.push(canonicalCode(a, s));
    }
  }
  return out;
}

/** The values offered in a column of `field` under `regime`. */
export function dropdownValues(field: ListField, regime: Regime): readonly string[] {
  switch (field) {
    case "combinedCode":
    case "target":
      return combinedCodes(regime);
    case "accreditation": {
      const out: string[] = [];
      for (let a = 1; a <= regime.accreditationMax; a++) out.push(canonicalCode(a, null));
      return out;
    }
    case "standard": {
      const out: string[] = [];
      for (let s = 1; s <= regime.standardMax; s++) out.push(canonicalCode(null, s));
      return out;
    }
    case "type":
      return SCHOOL_TYPES.map((t) => t.label.vi);
    case "action":
      return ACTION_WORDS;
  }
}

/** What the drop-down says when its cell is selected, and when a value outside it is typed. */
export function dropdownMessages(field: ListField): {
  readonly prompt: Localized;
  readonly alert: Localized;
} {
  const label = FIELD_LABELS[field];
  return {
    prompt: {
      vi: `Chọn ${label.vi.toLowerCase()} trong danh mục.`,
      en: `Choose the ${label.en.toLowerCase()} from the list.`,
    },
    alert: {
      vi: `Giá trị không có trong danh mục ${label.vi.toLowerCase()}. Vẫn giữ nếu đúng với văn bản gốc.`,
      en: `This value is not in the ${label.en.toLowerCase()} list. Keep it if the source document says so.`,
    },
  };
}

export type ListKind = "commune" | "province";

/**
 * The columns of a new list: a commune's (UBND xã, phường) lists its own schools; a province's
 * (Sở GDĐT) adds the commune of each.
 */
export function templateFields(kind: ListKind): readonly Field[] {
  const place: Field[] = kind === "province" ? ["commune"] : [];
  return [
    "seq",
    "name",
    "type",
    ...place,
    "accreditation",
    "standard",
    "decisionDate",
    "decisionNumber",
    "action",
    "budget",
    "fundingSource",
  ];
}

/** Header texts of a new list, as users write them (the budget with its unit). */
export function templateHeaders(
  kind: ListKind,
): readonly { readonly field: Field; readonly header: string }[] {
  return templateFields(kind).map((field) => ({
    field,
    header: field === "budget" ? `${FIELD_LABELS.budget.vi} (triệu đồng)` : FIELD_LABELS[field].vi,
  }));
}
