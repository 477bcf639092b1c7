/**
 * The roll-up of a province's lists, in place of the task pane: the combined figures, the table of
 * units with their rates (sortable, the lowest first), the communes with no CQG school, and every
 * unit's findings grouped by unit; a finding opens its unit's grid at the cell.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { Finding } from "../core/findings/finding";
import type { Lang } from "../core/text/format";
import type { RollupUnitResult } from "../app/rollup";
import { unitGapReason, unitsByRate } from "../app/rollup";
import { coverageNote, budgetNote } from "../app/report";
import { describeFinding } from "../app/describe";
import { formatCount2, formatDay, formatNumber, formatPercent } from "../app/format";
import { SUMMARY_LABELS } from "../app/vocabulary";
import type { PlanHeader } from "../core/plan/model";
import { EMPTY_PLAN_HEADER } from "../app/settings";
import { PlanHeaderForm } from "../taskpane/components/plan/PlanHeaderForm";
import { usePlanHeader } from "../taskpane/hooks/usePlanForm";
import { LanguageProvider } from "../taskpane/i18n";
import type { OpenedRollup } from "./rollup-open";
import type { Strings } from "./strings";

/** Findings shown per unit; the rest are one click away in the unit's own check. */
const SHOWN_PER_UNIT = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", padding: "12px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  sub: { margin: "8px 0 0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0, fontSize: tokens.fontSizeBase200 },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
    "& td": { textAlign: "right" },
    "& td:first-child, & th:first-child": { textAlign: "left" },
  },
  sort: {
    background: "none",
    border: "none",
    padding: 0,
    font: "inherit",
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
  },
  link: {
    background: "none",
    border: "none",
    padding: 0,
    font: "inherit",
    textAlign: "left",
    cursor: "pointer",
    color: tokens.colorBrandForegroundLink,
  },
  active: { fontWeight: tokens.fontWeightSemibold },
  group: { fontSize: tokens.fontSizeBase200, "& summary": { cursor: "pointer" } },
  finding: { display: "block", margin: "2px 0 2px 12px" },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

type SortKey = "name" | "schools" | "rate";

interface Props {
  readonly opened: OpenedRollup;
  readonly lang: Lang;
  readonly t: Strings;
  /** The unit whose grid is on the page. */
  readonly active: string;
  readonly busy: boolean;
  readonly onShow: (source: string) => void;
  readonly onFinding: (source: string, finding: Finding) => void;
  readonly onDownloadSheet: () => void;
  /** The plan of the roll-up, headed with what the user typed (blank lines to fill in where nothing). */
  readonly onDownloadPlan: (header: Omit<PlanHeader, "planYear">) => void;
}

function sorted(units: readonly RollupUnitResult[], key: SortKey, up: boolean): RollupUnitResult[] {
  const byUnit = new Map(units.map((u) => [u.unit, u]));
  if (key === "rate") {
    // Left-out units stay last whatever the direction: they have no rate to compare.
    const order = unitsByRate(units.map((u) => u.unit));
    const rated = order.filter((u) => u.rate !== null);
    const rest = order.filter((u) => u.rate === null);
    return [...(up ? rated : rated.reverse()), ...rest].flatMap((u) => byUnit.get(u) ?? []);
  }
  const list = [...units];
  const sign = up ? 1 : -1;
  list.sort((a, b) =>
    key === "name"
      ? sign * a.unit.name.localeCompare(b.unit.name, "vi")
      : sign * ((a.unit.summary?.schools.length ?? -1) - (b.unit.summary?.schools.length ?? -1)),
  );
  return list;
}

export function RollupView({
  opened,
  lang,
  t,
  active,
  busy,
  onShow,
  onFinding,
  onDownloadSheet,
  onDownloadPlan,
}: Props) {
  const css = useStyles();
  const r = t.rollup;
  const l = SUMMARY_LABELS[lang];
  const { result } = opened;
  const c = result.rollup.combined;
  const [sort, setSort] = useState<{ key: SortKey; up: boolean }>({ key: "rate", up: true });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  // Not kept anywhere: the roll-up has no workbook of its own to keep it in.
  const planHeader = usePlanHeader(EMPTY_PLAN_HEADER);
  const units = useMemo(() => sorted(result.units, sort.key, sort.up), [result, sort]);
  const n = (x: number): string => formatNumber(x, lang);
  const pct = (x: number | null): string => (x === null ? "—" : formatPercent(x, lang));
  const missing = coverageNote(c, lang);
  const money = budgetNote(c, lang);
  const sortBy = (key: SortKey) => setSort((s) => ({ key, up: s.key === key ? !s.up : key !== "schools" }));
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.up ? "ascending" : "descending") : "none");
  const header = (key: SortKey, label: string) => (
    <th aria-sort={ariaSort(key)} scope="col">
      <button type="button" className={css.sort} title={r.sortHint} onClick={() => sortBy(key)}>
        {label}
        {sort.key === key ? (sort.up ? " ▲" : " ▼") : ""}
      </button>
    </th>
  );

  return (
    <section className={css.root} aria-label={r.pane} data-testid="rollup">
      <h2 className={css.heading}>{r.title(n(result.units.length))}</h2>
      {opened.book && <p className={css.note}>{r.fromBook(opened.book)}</p>}
      <p className={css.note}>{r.period(result.period.planYear, formatDay(result.period.referenceDate))}</p>
      <div data-testid="rollup-figures">
        {c.coverage && (
          <>
            <p className={css.line}>
              {r.coverage(
                n(c.coverage.total.standard),
                n(c.coverage.total.schools),
                pct(c.coverage.total.rate),
              )}
            </p>
            <p className={css.line}>
              {r.projected(
                c.planYear,
                n(c.coverage.projected.standard),
                n(c.coverage.projected.schools),
                pct(c.coverage.projected.rate),
              )}
            </p>
          </>
        )}
        {missing !== null && (
          <p className={css.note} data-testid="rollup-left-out">
            {missing}
          </p>
        )}
        <p className={css.line}>
          {r.targets(
            c.planYear,
            formatCount2(c.targets.total.new),
            formatCount2(c.targets.total.renewal),
            formatCount2(c.targets.total.upgrade),
          )}
        </p>
        {c.budget && <p className={css.line}>{r.budget(formatNumber(c.budget.total, lang, 3))}</p>}
        {money !== null && <p className={css.note}>{money}</p>}
      </div>
      <div data-testid="rollup-plan-header">
        <LanguageProvider lang={lang}>
          <PlanHeaderForm form={planHeader} legend={r.planHeader} />
        </LanguageProvider>
      </div>
      <div className={css.actions}>
        <Button size="small" icon={<ArrowDownloadRegular />} disabled={busy} onClick={onDownloadSheet}>
          {r.downloadSheet}
        </Button>
        <Button
          size="small"
          icon={<ArrowDownloadRegular />}
          disabled={busy || !planHeader.dateValid}
          onClick={() => {
            const header = planHeader.planHeader();
            if (header) onDownloadPlan(header);
          }}
        >
          {r.downloadPlan}
        </Button>
      </div>

      <h3 className={css.sub}>{r.units}</h3>
      <table className={css.table} data-testid="rollup-units">
        <thead>
          <tr>
            {header("name", l.unitName)}
            {header("schools", l.schools)}
            <th scope="col">{l.standard}</th>
            {header("rate", l.rate)}
          </tr>
        </thead>
        <tbody>
          {units.map(({ unit }) => (
            <tr key={unit.source} data-unit={unit.name}>
              <td>
                <button
                  type="button"
                  className={`${css.link} ${unit.source === active ? css.active : ""}`}
                  title={r.show(unit.name)}
                  disabled={!opened.places.has(unit.source)}
                  onClick={() => onShow(unit.source)}
                >
                  {unit.name}
                </button>
              </td>
              <td>{unit.summary ? n(unit.summary.schools.length) : "—"}</td>
              <td>{unit.rate ? n(unit.rate.standard) : "—"}</td>
              <td>
                {unit.rate
                  ? pct(unit.rate.rate)
                  : unitGapReason(unit.gap ?? "unreadable", lang, unit.summary?.planYear)}
              </td>
            </tr>
          ))}
        </tbody>
        {c.coverage && (
          <tfoot>
            <tr>
              <td>{l.total}</td>
              <td>{n(c.coverage.total.schools)}</td>
              <td>{n(c.coverage.total.standard)}</td>
              <td>{pct(c.coverage.total.rate)}</td>
            </tr>
          </tfoot>
        )}
      </table>
      <p className={css.line} data-testid="rollup-without">
        {result.rollup.communesWithout.length > 0
          ? r.without(result.rollup.communesWithout.join(", "))
          : r.noneWithout}
      </p>

      <h3 className={css.sub}>{r.findings}</h3>
      {result.units.map(({ unit, check, failure }) => {
        const counts = check?.counts;
        const expanded = open.has(unit.source);
        const label = failure
          ? `${unit.name}: ${r.unreadable}`
          : counts && counts.error + counts.warning + counts.info > 0
            ? `${unit.name}: ${r.counts(n(counts.error), n(counts.warning), n(counts.info))}`
            : `${unit.name}: ${r.noFindings}`;
        return (
          <details
            key={unit.source}
            className={css.group}
            open={expanded}
            data-unit={unit.name}
            onToggle={(e) => {
              const isOpen = e.currentTarget.open;
              setOpen((s) => {
                const next = new Set(s);
                if (isOpen) next.add(unit.source);
                else next.delete(unit.source);
                return next;
              });
            }}
          >
            <summary>{label}</summary>
            {failure && <p className={css.note}>{failure[lang]}</p>}
            {expanded &&
              check?.findings.slice(0, SHOWN_PER_UNIT).map((f, i) => (
                <button
                  key={i}
                  type="button"
                  className={`${css.link} ${css.finding}`}
                  disabled={f.cell === null && f.row === null}
                  onClick={() => onFinding(unit.source, f)}
                >
                  {`${f.cell ? r.cell(f.cell) : r.sheetWide(f.sheet)} (${t.grid.severity[f.severity]}): ${describeFinding(f, lang).message}`}
                </button>
              ))}
            {expanded && check && check.findings.length > SHOWN_PER_UNIT && (
              <p className={css.note}>{r.more(n(check.findings.length - SHOWN_PER_UNIT))}</p>
            )}
          </details>
        );
      })}
    </section>
  );
}
