/** The plan's "by unit" table when a Sở sums its communes' lists: each unit's rate, lowest first. */
import { SUMMARY_LABELS } from "../summary/labels";
import { unitGapReason } from "../summary/notes";
import type { Rollup } from "../summary/rollup";
import { unitsByRate } from "../summary/rollup";
import type { Lang } from "../text/format";
import { formatNumber, formatPercent } from "../text/format";
import { paragraph, table } from "./blocks";
import type { Block } from "./model";

export function unitBlocks(rollup: Rollup, lang: Lang): Block[] {
  const l = SUMMARY_LABELS[lang];
  const pct = (r: number | null): string => (r === null ? "—" : formatPercent(r, lang));
  const n = (x: number): string => formatNumber(x, lang);
  const c = rollup.combined.coverage;
  return [
    paragraph(l.byUnitLead),
    table(
      [
        { width: 0.34, align: "left" },
        { width: 0.14, align: "center" },
        { width: 0.16, align: "center" },
        { width: 0.16, align: "center" },
        { width: 0.2, align: "center" },
      ],
      [[l.unitName, l.schools, l.standard, l.rate, l.projected]],
      unitsByRate(rollup.units).map((u) =>
        u.rate
          ? [u.name, n(u.rate.schools), n(u.rate.standard), pct(u.rate.rate), pct(u.rate.projectedRate)]
          : [
              u.name,
              u.summary && u.summary.schools.length > 0 ? n(u.summary.schools.length) : "—",
              "—",
              `${l.reason}: ${unitGapReason(u.gap ?? "unreadable", lang)}`,
              "—",
            ],
      ),
      c ? [l.total, n(c.total.schools), n(c.total.standard), pct(c.total.rate), pct(c.projected.rate)] : null,
    ),
  ];
}
