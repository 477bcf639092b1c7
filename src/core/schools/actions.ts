/**
 * The planned action of a row (SPEC §2): công nhận lần đầu, công nhận lại, nâng mức.
 * The action is often inside a note ("Đề nghị công nhận lại năm 2025"), so phrases are searched
 * for, word-bounded, in `foldWords` text: case, accents, Đ/D and punctuation never matter.
 */
import type { CellValue } from "../grid";
import { displayValue } from "../text/format";
import { memoByText } from "../text/memo";
import { clean, foldWords } from "../text/normalize";

export type Action = "new" | "renewal" | "upgrade";

export const ACTIONS: readonly Action[] = ["new", "renewal", "upgrade"];

export type ActionParse =
  | { kind: "empty" }
  | {
      kind: "ok";
      action: Action;
      /** a target level named in the cell, e.g. "Nâng lên mức độ 2", "Công nhận mới mức độ 2" */
      target: { readonly accreditation: number | null; readonly standard: number | null } | null;
      /** the year a note plans it for, e.g. "Công nhận lại năm 2027"; null when it names none */
      year: number | null;
    }
  | { kind: "invalid"; text: string };

function words(phrases: string): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${phrases})(?![a-z0-9])`);
}

// Phrases found anywhere in the cell. "nâng" alone is not enough: "nâng cao", "nâng cấp CSVC"
// are common in notes and are not upgrades of the recognition.
const PHRASES: readonly { readonly action: Action; readonly re: RegExp }[] = [
  // "CNL", "CNM", "CNLĐ": the abbreviations offices write in narrow columns ("Đề nghị CNL lần 2").
  { action: "new", re: words("lan dau|cn moi|cong nhan moi|xay dung moi|cnm|cnld|cn ld") },
  { action: "renewal", re: words("cn lai|cong nhan lai|duy tri|tai cong nhan|tai cn|cnl") },
  { action: "upgrade", re: words("nang (?:len|tu|muc|cap do|chuan|hang)") },
];

// One-word cells, too common inside other notes ("trường mới sáp nhập") to be searched for.
const WHOLE_CELL: Readonly<Record<string, Action>> = { moi: "new", lai: "renewal" };

const NUM = "(\\d{1,2}|iv|iii|ii|i)(?![a-z0-9])";
// A named level, with an optional qualifier that decides its kind ("KĐCLGD mức 3" is a cấp độ).
const LEVEL = new RegExp(
  `(?<![a-z0-9])(?:(kdclgd|kdcl|kd|kiem dinh)|(cqg|chuan qg|chuan quoc gia|chuan))?\\s*(?:(cap do|cd)|(muc do|md|muc))\\s*${NUM}`,
  "g",
);
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

type Target = { readonly accreditation: number | null; readonly standard: number | null };

/**
 * The level an upgrade aims at: what follows "lên" ("nâng từ mức độ 1 lên mức độ 2"), otherwise
 * what follows "nâng" ("nâng mức độ 2"); "nâng từ mức độ 1" alone names only the starting level.
 */
function upgradeTarget(text: string): Target | null {
  const len = /(?<![a-z0-9])len(?![a-z0-9])/.exec(text);
  const nang = /(?<![a-z0-9])nang(?![a-z0-9])/.exec(text);
  let region = "";
  if (len) region = text.slice(len.index + len[0].length);
  else if (nang && !/^ tu(?![a-z0-9])/.test(text.slice(nang.index + 4))) region = text.slice(nang.index + 4);
  return levelsIn(region);
}

/** Words after which a note speaks of the level held, not the one sought: "(hiện cấp độ 1)", "đã đạt…". */
const HELD = /(?<![a-z0-9])(?:hien|da)(?![a-z0-9])/;

/**
 * The level a first recognition seeks, named after the action ("Công nhận mới mức độ 2", "CN lần đầu
 * CĐ2-MĐ1"); a level the note says is held already ("hiện cấp độ 1") is not the one sought.
 */
function newTarget(text: string, at: number): Target | null {
  const after = text.slice(at);
  const held = HELD.exec(after);
  return levelsIn(held ? after.slice(0, held.index) : after);
}

/** The first cấp độ and the first mức độ named in `region`. */
function levelsIn(region: string): Target | null {
  let accreditation: number | null = null;
  let standard: number | null = null;
  for (const m of region.matchAll(LEVEL)) {
    const digits = m[5] ?? "";
    const level = ROMAN[digits] ?? Number(digits);
    const isAccreditation = m[1] !== undefined || (m[2] === undefined && m[3] !== undefined);
    if (isAccreditation) accreditation ??= level;
    else standard ??= level;
  }
  return accreditation === null && standard === null ? null : { accreditation, standard };
}

/** Reads an action cell; never throws. */
export function parseAction(value: CellValue): ActionParse {
  if (value === null) return { kind: "empty" };
  if (typeof value !== "string") return { kind: "invalid", text: displayValue(value) ?? "" };
  return parseActionText(value);
}

const parseActionText = memoByText((value: string): ActionParse => {
  const text = clean(value);
  if (text === "" || /^[-\u2012-\u2015\u2212.]+$/.test(text)) return { kind: "empty" };
  const folded = foldWords(text);

  const found = new Set<Action>();
  let at = folded.length;
  for (const p of PHRASES) {
    const m = p.re.exec(folded);
    if (m) {
      found.add(p.action);
      at = Math.min(at, m.index);
    }
  }
  const whole = WHOLE_CELL[folded];
  if (whole) found.add(whole);
  // "Đã được công nhận lại năm 2023", "… chưa đăng ký công nhận lại": a note of what was or was not
  // done, no plan.
  if (found.size > 0 && NOT_PLANNED.test(folded.slice(0, at))) return { kind: "empty" };
  // A cell naming two actions ("CN mới hoặc CN lại") is a question, not a plan.
  const [action] = found;
  if (found.size !== 1 || action === undefined) return { kind: "invalid", text };
  const year = [...folded.slice(at).matchAll(PLAN_YEAR)].pop()?.[1];
  return {
    kind: "ok",
    action,
    target: action === "upgrade" ? upgradeTarget(folded) : action === "new" ? newTarget(folded, at) : null,
    year: year === undefined ? null : Number(year),
  };
});

/** Words before an action that make it a past or missing one. */
const NOT_PLANNED = /(?<![a-z0-9])(?:da|chua|khong)(?![a-z0-9])/;
/** The year a note plans an action for: "năm 2027", "vào năm 2028". */
const PLAN_YEAR = /(?<![a-z0-9])nam (20\d\d)(?![0-9])/g;
