/**
 * "Tổng hợp": key figures in words, then the tables of SPEC §9 (coverage by level, by commune,
 * accreditation, targets, budget, renewals due) and a column chart of the coverage rate by level.
 */
import { budgetNote, coverageNote } from "../summary/notes";
import { overlapsYear } from "../text/dates";
import { ACTIONS } from "../schools/actions";
import type { Summary } from "../summary/summary";
import type { Rollup } from "../summary/rollup";
import { unitsByRate } from "../summary/rollup";
import { dueNote, targetsNote, unitGapReason } from "../summary/notes";
import type { Coverage } from "../summary/coverage";
import { SUMMARY_LABELS } from "../summary/labels";
import { typeLabel } from "../summary/json";
import type { Lang } from "../text/format";
import { formatCount2, formatDay, formatNumber, formatPercent } from "../text/format";
import { a1, rangeA1 } from "../grid";
import { OUTPUT_LABELS } from "./labels";
import type { OutputSheet } from "./model";
import { NUMBER_FORMATS } from "./model";
import type { TableCell } from "./layout";
import { amount, count, dateCell, percent, SheetLayout, text } from "./layout";

/** Columns A–F hold the tables; the chart sits from column H, beside the coverage table. */
const COLUMNS = [
  { width: 36, wrap: false },
  { width: 22, wrap: false },
  { width: 16, wrap: false },
  { width: 16, wrap: false },
  { width: 14, wrap: false },
  { width: 12, wrap: false },
];
const CHART_LEFT = 8;
const CHART_WIDTH = 8;
const CHART_HEIGHT = 16;

export interface SummarySheetInput {
  readonly summary: Summary;
  readonly lang: Lang;
  readonly sourceFile?: string;
  /** A province's roll-up: the summary is its combined one, with a table by unit. */
  readonly rollup?: Rollup;
}

function rateText(rate: number | null, lang: Lang): string {
  return rate === null ? "—" : formatPercent(rate, lang);
}

/** One line per list summed, lowest rate first; the lists left out say why instead of a rate. */
function unitSection(out: SheetLayout, r: Rollup, c: Coverage, lang: Lang, next: () => string): void {
  const l = SUMMARY_LABELS[lang];
  const o = OUTPUT_LABELS[lang];
  out.line(`${next()} ${o.coverageByUnit}`, "subtitle");
  out.table({
    name: "KDCL_CoverageByUnit",
    filter: true,
    columns: [l.unitName, l.file, l.schools, l.standard, l.rate, l.projected],
    rows: unitsByRate(r.units).map((u) =>
      u.rate
        ? [
            text(u.name),
            text(u.source),
            count(u.rate.schools),
            count(u.rate.standard),
            percent(u.rate.rate),
            percent(u.rate.projectedRate),
          ]
        : [
            text(u.name),
            text(u.source),
            u.summary && u.summary.schools.length > 0 ? count(u.summary.schools.length) : null,
            null,
            text(`${l.reason}: ${unitGapReason(u.gap ?? "unreadable", lang, u.summary?.planYear)}`),
            null,
          ],
    ),
    totals: [
      text(l.total),
      null,
      count(c.total.schools),
      count(c.total.standard),
      percent(c.total.rate),
      percent(c.projected.rate),
    ],
  });
  out.line(
    r.communesWithout.length > 0 ? o.communesWithout(r.communesWithout.join(", ")) : o.noCommuneWithout,
    "note",
  );
  out.blank();
}

function coverageSections(
  out: SheetLayout,
  c: Coverage,
  lang: Lang,
  next: () => string,
  rollup: Rollup | undefined,
): void {
  const l = SUMMARY_LABELS[lang];
  const o = OUTPUT_LABELS[lang];

  // By level, with the chart beside it.
  const heading = out.row;
  out.line(`${next()} ${o.coverageByType}`, "subtitle");
  const row = (x: Coverage["total"]): TableCell[] => [
    count(x.schools),
    count(x.standard),
    count(x.level1),
    count(x.level2),
    percent(x.rate),
  ];
  const byType = out.table({
    name: "KDCL_CoverageByType",
    columns: [l.type, l.schools, l.standard, l.level1, l.level2, l.rate],
    rows: c.byType.map((t) => [text(typeLabel(t.type, lang)), ...row(t)]),
    totals: [text(l.total), ...row(c.total)],
  });
  // The rate, not the counts: the title and the targets speak of rates, and levels of very different
  // sizes (17 preschools, 2 TH&THCS) compare fairly only on one 0–100% axis.
  out.chart({
    type: "clusteredColumn",
    title: o.chartTitle,
    categories: rangeA1({ top: byType.firstRow, left: 1, bottom: byType.lastRow, right: 1 }),
    values: rangeA1({ top: byType.firstRow, left: 6, bottom: byType.lastRow, right: 6 }),
    seriesName: a1(byType.headerRow, 6),
    valueFormat: NUMBER_FORMATS.percent,
    axisFormat: "0%",
    axisMax: 1,
    anchor: {
      from: { row: heading, col: CHART_LEFT },
      to: { row: heading + CHART_HEIGHT - 1, col: CHART_LEFT + CHART_WIDTH - 1 },
    },
  });
  // The next section starts below the chart, so no sentence (the list of communes without a CQG
  // school can be long) runs on behind it.
  out.row = Math.max(out.row, heading + CHART_HEIGHT) + 1;

  if (rollup) unitSection(out, rollup, c, lang, next);

  if (c.byDistrict) {
    out.line(`${next()} ${o.coverageByDistrict}`, "subtitle");
    out.table({
      name: "KDCL_CoverageByDistrict",
      filter: true,
      columns: [l.district, l.schools, l.standard, l.rate],
      rows: c.byDistrict.map((x) => [
        text(x.name ?? l.unrecorded),
        count(x.schools),
        count(x.standard),
        percent(x.rate),
      ]),
      totals: [text(l.total), count(c.total.schools), count(c.total.standard), percent(c.total.rate)],
    });
    out.blank();
  }

  out.line(`${next()} ${o.coverageByCommune}`, "subtitle");
  if (c.byCommune.every((x) => x.name === null)) {
    out.line(o.noCommunes, "note");
  } else {
    const districts = c.byDistrict !== null;
    out.table({
      name: "KDCL_CoverageByCommune",
      filter: true,
      columns: districts
        ? [l.district, l.commune, l.schools, l.standard, l.rate]
        : [l.commune, l.schools, l.standard, l.rate],
      rows: c.byCommune.map((x) => [
        ...(districts ? [x.district === null ? null : text(x.district)] : []),
        text(x.name ?? l.unrecorded),
        count(x.schools),
        count(x.standard),
        percent(x.rate),
      ]),
      totals: [
        text(l.total),
        ...(districts ? [null] : []),
        count(c.total.schools),
        count(c.total.standard),
        percent(c.total.rate),
      ],
    });
    out.line(
      c.communesWithout.length > 0 ? o.communesWithout(c.communesWithout.join(", ")) : o.noCommuneWithout,
      "note",
    );
  }
  out.blank();

  out.line(`${next()} ${o.accreditation}`, "subtitle");
  const a = c.accreditation;
  if (a.unlisted === c.total.schools) {
    // A list of the national standard alone says nothing of accreditation: no zeros to print.
    out.line(l.noAccreditationColumn, "note");
    out.blank();
    return;
  }
  const levels = [a.level1, a.level2, a.level3, a.level4];
  out.table({
    name: "KDCL_Accreditation",
    columns: [l.accreditation, l.schools],
    rows: [
      ...levels.map((n, i) => [text(o.accreditationLevel(i + 1)), count(n)]),
      [text(l.none), count(a.none)],
      ...(a.unknown > 0 ? [[text(l.unknownLevel), count(a.unknown)]] : []),
      ...(a.unlisted > 0 ? [[text(l.unlistedLevel), count(a.unlisted)]] : []),
    ],
    totals: [text(l.total), count(levels.reduce((s, n) => s + n, a.none + a.unknown + a.unlisted))],
  });
  out.blank();
}

function targetSections(out: SheetLayout, s: Summary, lang: Lang, next: () => string): void {
  const l = SUMMARY_LABELS[lang];
  const o = OUTPUT_LABELS[lang];
  const t = s.targets;
  out.line(`${next()} ${o.targets(s.planYear)}`, "subtitle");
  // A roll-up's lists of another plan year are not in these targets: said where the targets are.
  const leftOut = targetsNote(s, lang);
  if (leftOut !== null) out.line(leftOut, "note");
  if (t.byType.length === 0) {
    out.line(o.noTargets, "note");
    out.blank();
    return;
  }
  out.table({
    name: "KDCL_Targets",
    columns: [l.type, ...ACTIONS.map((a) => l.action[a])],
    rows: t.byType.map((r) => [text(typeLabel(r.type, lang)), ...ACTIONS.map((a) => count(r[a]))]),
    totals: [text(l.total), ...ACTIONS.map((a) => count(t.total[a]))],
  });
  out.blank();
  out.line(o.plannedSchools, "subtitle");
  const rows: TableCell[][] = [];
  for (const a of ACTIONS)
    for (const r of t.byType)
      for (const name of r.schools[a])
        rows.push([text(l.action[a]), text(typeLabel(r.type, lang)), text(name)]);
  out.table({ name: "KDCL_PlannedSchools", columns: [o.actionColumn, l.type, l.name], rows, filter: true });
  out.blank();
}

function budgetSection(out: SheetLayout, s: Summary, lang: Lang, next: () => string): void {
  const l = SUMMARY_LABELS[lang];
  const o = OUTPUT_LABELS[lang];
  const b = s.budget;
  out.line(`${next()} ${o.budget(s.planYear)}`, "subtitle");
  const note = budgetNote(s, lang);
  if (b === null) {
    out.line(note ?? "", "note");
    out.blank();
    return;
  }
  const anyLine =
    b.bySource.length > 0 || b.unassigned.schools > 0 || ACTIONS.some((a) => b.byAction[a].schools > 0);
  if (!anyLine) {
    out.line(o.noBudget, "note");
  } else {
    out.line(o.budgetByAction, "note");
    out.table({
      name: "KDCL_BudgetByAction",
      columns: [o.actionColumn, l.schools, l.amount],
      rows: [
        ...ACTIONS.map((a) => [
          text(l.action[a]),
          count(b.byAction[a].schools),
          amount(b.byAction[a].amount),
        ]),
        // Money on rows that plan nothing has a row of its own, so the rows add up to the total.
        ...(b.unassigned.amount !== 0
          ? [[text(l.noAction), count(b.unassigned.schools), amount(b.unassigned.amount)]]
          : []),
      ],
      // Schools are not summed: a school budgeted for two actions would count twice.
      totals: [text(l.total), null, amount(b.total)],
    });
    out.blank();
    if (b.byType.length > 0) {
      out.line(o.budgetByType, "note");
      out.table({
        name: "KDCL_BudgetByType",
        columns: [l.type, l.amount],
        rows: b.byType.map((x) => [text(typeLabel(x.type, lang)), amount(x.amount)]),
        totals: [text(l.total), amount(b.total)],
      });
      out.blank();
    }
    if (b.bySource.length > 0) {
      out.line(o.budgetBySource, "note");
      out.table({
        name: "KDCL_BudgetBySource",
        columns: [l.source, l.amount],
        rows: b.bySource.map((x) => [text(x.source ?? l.noSource), amount(x.amount)]),
        totals: [text(l.total), amount(b.total)],
      });
    }
  }
  if (note !== null) out.line(note, "note");
  if (b.unfunded.length > 0) out.line(o.unfunded(b.unfunded.join(", ")), "note");
  out.blank();
}

function dueSection(out: SheetLayout, s: Summary, lang: Lang, next: () => string): void {
  const l = SUMMARY_LABELS[lang];
  const o = OUTPUT_LABELS[lang];
  out.line(`${next()} ${o.due(s.planYear)}`, "subtitle");
  const missing = dueNote(s, lang);
  if (s.due.length === 0) {
    if (!s.dueUndated) out.line(o.noDue, "note");
    if (missing !== null) out.line(missing, "note");
    return;
  }
  // A list that names no commune gets no empty commune column; a roll-up names each row's unit.
  const places = s.due.some((d) => d.commune !== null);
  const units = s.due.some((d) => d.unit !== undefined);
  out.table({
    name: "KDCL_Due",
    filter: true,
    columns: [
      l.name,
      ...(units ? [l.unitName] : []),
      ...(places ? [l.commune] : []),
      l.expiry,
      l.deadline,
      l.planned,
    ],
    rows: s.due.map((d) => [
      text(d.name),
      ...(units ? [d.unit === undefined ? null : text(d.unit)] : []),
      ...(places ? [d.commune === null ? null : text(d.commune)] : []),
      dateCell(d.expiry),
      dateCell(d.dossierDeadline),
      text(d.planned ? l.yes : l.no),
    ]),
  });
  if (missing !== null) out.line(missing, "note");
}

export function buildSummarySheet({ summary: s, lang, sourceFile, rollup }: SummarySheetInput): OutputSheet {
  const o = OUTPUT_LABELS[lang];
  const out = new SheetLayout("summary", o.sheetName.summary, COLUMNS);
  out.title(o.summaryTitle(s.planYear), "title");
  out.title(o.summarySubtitle(s.planYear, formatDay(s.referenceDate), sourceFile ?? null), "note");
  // Every printed page says what it is: the title and its plan year and date.
  out.repeatOnEveryPage(1, 2);
  out.blank();

  // Key figures, in words: text cells formatted here, so they read Vietnamese in any Excel locale.
  out.line(o.keyFigures, "subtitle");
  const c = s.coverage;
  const n = (x: number): string => formatNumber(x, lang, 0);
  if (c) {
    out.line(o.coverageNow(n(c.total.standard), n(c.total.schools), rateText(c.total.rate, lang)));
    out.line(
      o.coverageProjected(
        s.planYear,
        n(c.projected.standard),
        n(c.projected.schools),
        rateText(c.projected.rate, lang),
      ),
    );
  }
  const missing = coverageNote(s, lang);
  if (missing !== null) out.line(missing, "note");
  // Nothing was read: the note is all there is to say, never a sheet of zeros.
  if (s.coverageGap === "no-schools") return out.build();
  const t = s.targets.total;
  out.line(
    o.targetsLine(s.planYear, {
      new: formatCount2(t.new),
      renewal: formatCount2(t.renewal),
      upgrade: formatCount2(t.upgrade),
    }),
  );
  if (s.budget) out.line(o.budgetLine(formatNumber(s.budget.total, lang, 3)));
  const dueThisYear = s.due.filter(
    (d) => overlapsYear(d.expiry, s.planYear) || d.dossierDeadline.date.y === s.planYear,
  ).length;
  // Undated recognitions give no count of renewals: the renewals section says why.
  if (!s.dueUndated) out.line(o.dueLine(s.planYear, formatCount2(dueThisYear)));
  out.blank();

  let section = 0;
  const next = (): string => `${++section}.`;
  if (c && c.byType.length > 0) coverageSections(out, c, lang, next, rollup);
  else if (c) {
    out.line(o.noSchools, "note");
    out.blank();
  }
  targetSections(out, s, lang, next);
  budgetSection(out, s, lang, next);
  dueSection(out, s, lang, next);
  return out.build();
}
