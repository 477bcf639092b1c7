import type { Summary } from "../core/summary/summary";
import { SUMMARY_LABELS } from "../app/vocabulary";
import { typeLabel } from "../app/vocabulary";
import { ACTIONS } from "../app/vocabulary";
import type { Lang } from "../core/text/format";
import { formatCount2, formatDateValue, formatDay, formatNumber, formatPercent } from "../app/format";
import { budgetNote, coverageNote, dueNote, targetsNote } from "../app/report";
import type { Rollup } from "../app/rollup";
import { unitGapReason, unitsByRate } from "../app/rollup";
import { textTable } from "./table-text";
import { terminalLines } from "./terminal";
import { appendAll } from "../app/arrays";

const HEAD = {
  vi: {
    title: (file: string, year: number, ref: string) =>
      `${file} — năm kế hoạch ${year}, ngày tham chiếu ${ref}`,
    coverage: "TỈ LỆ TRƯỜNG ĐẠT CHUẨN QUỐC GIA",
    projected: (year: number, std: number, all: number, rate: string) =>
      `Dự kiến đến hết năm ${year}: ${std}/${all} trường, tỉ lệ ${rate}.`,
    without: "Xã, phường chưa có trường đạt chuẩn",
    accreditation: "Kết quả KĐCLGD còn hiệu lực",
    targets: (year: number) => `CHỈ TIÊU NĂM ${year}`,
    noTargets: "Danh sách không có trường nào trong kế hoạch năm này.",
    budget: (total: string) => `KINH PHÍ: ${total} triệu đồng`,
    budgetHeading: "KINH PHÍ",
    byAction: (label: string, n: number, amount: string) =>
      `${label} (${formatCount2(n)} trường): ${amount} triệu đồng`,
    bySource: "Theo nguồn kinh phí",
    source: (name: string, amount: string) => `${name}: ${amount} triệu đồng`,
    unfunded: "Trường trong kế hoạch không đề nghị kinh phí mới",
    due: "ĐẾN HẠN CÔNG NHẬN LẠI (năm kế hoạch và năm sau)",
    noDue: "Không có công nhận nào hết hạn trong thời gian này.",
    combined: "TỔNG HỢP CÁC TỆP",
  },
  en: {
    title: (file: string, year: number, ref: string) => `${file} — plan year ${year}, reference date ${ref}`,
    coverage: "NATIONAL-STANDARD COVERAGE",
    projected: (year: number, std: number, all: number, rate: string) =>
      `Projected at the end of ${year}: ${std}/${all} schools, ${rate}.`,
    without: "Communes with no national-standard school",
    accreditation: "Accreditation in force",
    targets: (year: number) => `TARGETS FOR ${year}`,
    noTargets: "No school in the list is planned for this year.",
    budget: (total: string) => `BUDGET: ${total} million đồng`,
    budgetHeading: "BUDGET",
    byAction: (label: string, n: number, amount: string) =>
      `${label} (${formatCount2(n, "en")} schools): ${amount} million đồng`,
    bySource: "By source of funds",
    source: (name: string, amount: string) => `${name}: ${amount} million đồng`,
    unfunded: "Planned schools needing no new budget",
    due: "RENEWALS DUE (plan year and the next)",
    noDue: "No recognition expires in this period.",
    combined: "ALL FILES COMBINED",
  },
} as const;

/** The roll-up's units, lowest rate first, with their rate or why they have none. */
function unitLines(r: Rollup, lang: Lang): string[] {
  const l = SUMMARY_LABELS[lang];
  const pct = (x: number | null): string => (x === null ? "—" : formatPercent(x, lang));
  return textTable(
    [l.unitName, l.file, l.schools, l.standard, l.rate, l.projected, l.reason],
    unitsByRate(r.units).map((u) => [
      u.name,
      u.source,
      u.rate ? String(u.rate.schools) : u.summary ? String(u.summary.schools.length) : "—",
      u.rate ? String(u.rate.standard) : "—",
      u.rate ? pct(u.rate.rate) : "—",
      u.rate ? pct(u.rate.projectedRate) : "—",
      u.gap === null ? "" : unitGapReason(u.gap, lang, u.summary?.planYear),
    ]),
  );
}

/** Readable terminal tables of one summary; of a roll-up's combined summary, with its units. */
export function summaryText(title: string, s: Summary, lang: Lang, rollup?: Rollup): string {
  const h = HEAD[lang];
  const l = SUMMARY_LABELS[lang];
  const pct = (r: number | null): string => (r === null ? "—" : formatPercent(r, lang));
  const num = (n: number): string => formatNumber(n, lang);
  const out: string[] = [h.title(title, s.planYear, formatDay(s.referenceDate)), ""];

  const c = s.coverage;
  out.push(h.coverage);
  const missing = coverageNote(s, lang);
  if (rollup) {
    out.push(`${l.byUnit}:`);
    appendAll(out, unitLines(rollup, lang));
    out.push("");
  }
  if (!c) {
    out.push(`  ${missing ?? ""}`);
    // Nothing was read: targets, budget and renewals of nothing would each be a confident zero.
    if (s.coverageGap === "no-schools") return `${terminalLines(out)}\n`;
  } else {
    const row = (
      label: string,
      x: { schools: number; standard: number; level1: number; level2: number; rate: number | null },
    ) => [label, String(x.schools), String(x.standard), String(x.level1), String(x.level2), pct(x.rate)];
    appendAll(
      out,
      textTable(
        [l.type, l.schools, l.standard, l.level1, l.level2, l.rate],
        [...c.byType.map((t) => row(typeLabel(t.type, lang), t)), row(l.total, c.total)],
      ),
    );
    out.push(
      `  ${h.projected(s.planYear, c.projected.standard, c.projected.schools, pct(c.projected.rate))}`,
    );
    if (missing !== null) out.push(`  ${missing}`);
    if (c.byUnit && !rollup) {
      out.push("");
      appendAll(
        out,
        textTable(
          [l.unit, l.schools, l.standard, l.rate],
          c.byUnit.map((x) => [x.name ?? "", String(x.schools), String(x.standard), pct(x.rate)]),
        ),
      );
    }
    if (c.byDistrict) {
      out.push("");
      appendAll(
        out,
        textTable(
          [l.district, l.schools, l.standard, l.rate],
          c.byDistrict.map((x) => [
            x.name ?? l.unrecorded,
            String(x.schools),
            String(x.standard),
            pct(x.rate),
          ]),
        ),
      );
    }
    if (c.byCommune.some((x) => x.name !== null)) {
      const districts = c.byDistrict !== null;
      const units = c.byUnit !== null;
      out.push("");
      appendAll(
        out,
        textTable(
          [
            ...(units ? [l.unit] : []),
            ...(districts ? [l.district] : []),
            l.commune,
            l.schools,
            l.standard,
            l.rate,
          ],
          c.byCommune.map((x) => [
            ...(units ? [x.unit ?? ""] : []),
            ...(districts ? [x.district ?? ""] : []),
            x.name ?? l.unrecorded,
            String(x.schools),
            String(x.standard),
            pct(x.rate),
          ]),
        ),
      );
      if (c.communesWithout.length > 0 && !rollup)
        out.push(`  ${h.without}: ${c.communesWithout.join(", ")}.`);
    }
    if (rollup && rollup.communesWithout.length > 0)
      out.push(`  ${h.without}: ${rollup.communesWithout.join(", ")}.`);
    const a = c.accreditation;
    // A list of the national standard alone says nothing of accreditation: no zeros to print.
    const noColumn = l.noAccreditationColumn;
    if (a.unlisted === c.total.schools)
      out.push(`  ${h.accreditation}: ${noColumn.charAt(0).toLowerCase()}${noColumn.slice(1)}`);
    else
      out.push(
        `  ${h.accreditation}: CĐ1 ${a.level1}, CĐ2 ${a.level2}, CĐ3 ${a.level3}, CĐ4 ${a.level4}; ${l.none.toLowerCase()} ${a.none}` +
          (a.unknown > 0 ? `; ${l.unknownLevel.toLowerCase()} ${a.unknown}` : "") +
          (a.unlisted > 0 ? `; ${l.unlistedLevel.toLowerCase()} ${a.unlisted}` : "") +
          ".",
      );
  }

  out.push("", h.targets(s.planYear));
  const targetsLeftOut = targetsNote(s, lang);
  if (s.targets.byType.length === 0) out.push(`  ${h.noTargets}`);
  else {
    const t = s.targets;
    appendAll(
      out,
      textTable(
        [l.type, ...ACTIONS.map((a) => l.action[a])],
        [
          ...t.byType.map((r) => [typeLabel(r.type, lang), ...ACTIONS.map((a) => String(r[a]))]),
          [l.total, ...ACTIONS.map((a) => String(t.total[a]))],
        ],
      ),
    );
    for (const a of ACTIONS) {
      const names = t.byType.flatMap((r) => r.schools[a]);
      if (names.length > 0) out.push(`  ${l.action[a]}: ${names.join(", ")}.`);
    }
  }
  if (targetsLeftOut !== null) out.push(`  ${targetsLeftOut}`);

  const b = s.budget;
  const moneyNote = budgetNote(s, lang);
  if (b === null) out.push("", `${h.budgetHeading}: ${moneyNote ?? ""}`);
  else {
    out.push("", h.budget(num(b.total)));
    let itemised = false;
    for (const a of ACTIONS) {
      const x = b.byAction[a];
      if (x.amount === 0 && x.schools === 0) continue;
      out.push(`  - ${h.byAction(l.action[a], x.schools, num(x.amount))}`);
      itemised = true;
    }
    const u = b.unassigned;
    if (itemised && u.amount !== 0) out.push(`  - ${h.byAction(l.noAction, u.schools, num(u.amount))}`);
    if (b.bySource.length > 0) out.push(`  ${h.bySource}:`);
    for (const src of b.bySource) out.push(`  - ${h.source(src.source ?? l.noSource, num(src.amount))}`);
    if (moneyNote !== null) out.push(`  ${moneyNote}`);
    if (b.unfunded.length > 0) out.push(`  ${h.unfunded}: ${b.unfunded.join(", ")}.`);
  }

  out.push("", h.due);
  if (s.due.length === 0 && !s.dueUndated) out.push(`  ${h.noDue}`);
  else {
    // A roll-up's renewals come from several lists: the unit tells two schools of one name apart.
    const units = s.due.some((d) => d.unit !== undefined);
    appendAll(
      out,
      textTable(
        [l.name, ...(units ? [l.unitName] : []), l.expiry, l.deadline, l.planned],
        s.due.map((d) => [
          d.name,
          ...(units ? [d.unit ?? ""] : []),
          formatDateValue(d.expiry),
          formatDateValue(d.dossierDeadline),
          d.planned ? l.yes : l.no,
        ]),
      ),
    );
  }
  const dueMissing = dueNote(s, lang);
  if (dueMissing !== null) out.push(`  ${dueMissing}`);
  // School, commune and source names come from the file: escaped line by line for the terminal.
  return `${terminalLines(out)}\n`;
}

export const COMBINED_TITLE = { vi: HEAD.vi.combined, en: HEAD.en.combined } as const;
