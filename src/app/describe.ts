/** What a front end shows of a finding, rendered in one language from the rules' catalogues. */
import type { Finding } from "../core/findings/finding";
import { findingBasis, findingMessage, ruleFixAction, ruleTitle } from "../core/findings/render";
import type { RuleId } from "../core/rules/registry";
import { FIELD_LABELS } from "../core/table/field-labels";
import type { ColumnSource } from "../core/table/model";
import type { SkippedRule } from "../core/validate";
import { regimeById } from "../core/schools/regimes";
import { formatNumber, type Lang } from "../core/text/format";
import type { Period, PeriodSource } from "./check";

export interface FindingText {
  /** The rule's title: what kind of problem it is. */
  readonly title: string;
  readonly message: string;
  /** The legal basis, as the regime that judged the finding cites it. */
  readonly basis: string | null;
  /** The regime's name, when the finding depended on one. */
  readonly regime: string | null;
  /** What the fix does, when the rule words it ("Chuyển sang Unicode"); null for a plain "Sửa". */
  readonly fixAction: string | null;
  /** The value the fix writes, as a person reads it ("60.000.000"); null when there is no fix. */
  readonly fix: string | null;
  /** Cells the fix changes: more than one when it converts a whole column. */
  readonly fixCells: number;
}

export function describeFinding(finding: Finding, lang: Lang): FindingText {
  return {
    title: ruleTitle(finding.rule, lang),
    message: findingMessage(finding, lang),
    basis: findingBasis(finding, lang),
    regime: finding.regime ? regimeById(finding.regime).label[lang] : null,
    fixAction: ruleFixAction(finding.rule, lang),
    fix:
      finding.fix === undefined
        ? null
        : typeof finding.fix === "number"
          ? formatNumber(finding.fix, lang, 20)
          : finding.fix,
    fixCells: finding.fix === undefined ? 0 : 1 + (finding.fixMore?.length ?? 0),
  };
}

export function titleOfRule(rule: RuleId, lang: Lang): string {
  return ruleTitle(rule, lang);
}

const MAX_QUOTE = 60;

function quote(text: string): string {
  const t = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : text;
  return `“${t}”`;
}

/**
 * A title quoted as `quote` does, but never cut before the year it gave ("…NĂM HỌC 2026-2027", as
 * written, with a school year's second year): the user sees what was read.
 */
function quoteYear(text: string, year: number): string {
  const found = new RegExp(`(?<!\\d)${year}(?!\\d)(?:\\s*[-\u2012-\u2015/]\\s*\\d{2,4}(?!\\d))?`).exec(text);
  const end = found ? found.index + found[0].length : 0;
  if (!found || end <= MAX_QUOTE - 1) return quote(text);
  const cut = text.indexOf(" ", end - (MAX_QUOTE - 2));
  const from = cut < 0 || cut >= found.index ? end - (MAX_QUOTE - 2) : cut + 1;
  return `“…${text.slice(from, end)}${end < text.length ? "…" : ""}”`;
}

type TitleSource = Extract<PeriodSource, { kind: "title" | "titleYear" }>;

/** What a title's year leaves to say: a school year counted by its first year; lists of other years. */
const TITLE_NOTES: Readonly<Record<Lang, (s: TitleSource) => string>> = {
  vi: (s) =>
    (s.schoolYear ? `, năm học ${s.schoolYear} tính theo năm bắt đầu` : "") +
    (s.otherYears
      ? `, năm mới nhất trong các danh sách của tệp; danh sách năm ${s.otherYears.join(", ")} trong tệp cũng được kiểm tra với năm này`
      : ""),
  en: (s) =>
    (s.schoolYear ? `, school year ${s.schoolYear} counted by the year it starts` : "") +
    (s.otherYears
      ? `, the latest of the workbook's lists; its lists of ${s.otherYears.join(", ")} are checked for this year too`
      : ""),
};

/** Why the check runs for this plan year and reference date, in words. */
export interface PeriodText {
  readonly planYear: string;
  readonly referenceDate: string;
}

const SOURCES: Readonly<
  Record<
    Lang,
    { readonly year: (s: PeriodSource, year: number) => string; readonly reference: (p: Period) => string }
  >
> = {
  vi: {
    year: (s, year) => {
      switch (s.kind) {
        case "user":
          return "do bạn chọn";
        case "title":
        case "titleYear":
          return `theo tiêu đề ${quoteYear(s.text, year)}${TITLE_NOTES.vi(s)}`;
        case "actionHeader":
          return `theo tiêu đề cột ${quote(s.text)}`;
        case "planYearColumn":
          return `theo cột ${quote(s.text)}`;
        case "referenceDate":
          return `theo ngày số liệu ghi ở tiêu đề ${quote(s.text)}`;
        case "fileName":
          return `theo tên tệp ${quote(s.text)}`;
        case "today":
          return "năm hiện tại, vì danh sách không ghi năm";
      }
    },
    reference: (p) =>
      p.referenceSource.kind === "user"
        ? "do bạn chọn"
        : p.referenceSource.kind === "title"
          ? `theo tiêu đề ${quote(p.referenceSource.text)}`
          : "cuối năm kế hoạch",
  },
  en: {
    year: (s, year) => {
      switch (s.kind) {
        case "user":
          return "your choice";
        case "title":
        case "titleYear":
          return `from the title ${quoteYear(s.text, year)}${TITLE_NOTES.en(s)}`;
        case "actionHeader":
          return `from the column header ${quote(s.text)}`;
        case "planYearColumn":
          return `from the column ${quote(s.text)}`;
        case "referenceDate":
          return `from the date in the title ${quote(s.text)}`;
        case "fileName":
          return `from the file name ${quote(s.text)}`;
        case "today":
          return "this year, as the list names none";
      }
    },
    reference: (p) =>
      p.referenceSource.kind === "user"
        ? "your choice"
        : p.referenceSource.kind === "title"
          ? `from the title ${quote(p.referenceSource.text)}`
          : "the end of the plan year",
  },
};

export function describePeriod(period: Period, lang: Lang): PeriodText {
  return {
    planYear: SOURCES[lang].year(period.planYearSource, period.planYear),
    referenceDate: SOURCES[lang].reference(period),
  };
}

/** The rules that could not run, grouped by the columns they lacked: one line each. */
export function describeSkipped(skipped: readonly SkippedRule[], lang: Lang): string[] {
  const groups = new Map<string, { columns: string; rules: string[] }>();
  const or = lang === "vi" ? " hoặc " : " or ";
  for (const s of skipped) {
    const columns = s.missing.map((f) => FIELD_LABELS[f][lang]).join(or);
    const g = groups.get(columns) ?? { columns, rules: [] };
    g.rules.push(ruleTitle(s.rule, lang));
    groups.set(columns, g);
  }
  return [...groups.values()].map((g) =>
    lang === "vi"
      ? `Chưa kiểm tra được vì danh sách không có cột ${g.columns}: ${g.rules.join("; ")}.`
      : `Not checked, as the list has no ${g.columns} column: ${g.rules.join("; ")}.`,
  );
}

/** How a column was understood, in words: "theo tiêu đề", "theo nội dung", "do bạn chọn". */
export const COLUMN_SOURCE: Readonly<Record<Lang, Readonly<Record<ColumnSource, string>>>> = {
  vi: { header: "theo tiêu đề", values: "theo nội dung", user: "do bạn chọn" },
  en: { header: "by its header", values: "by its values", user: "your choice" },
};
