import { describePeriod } from "../../app/describe";
import { Button, Switch } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import type { Finding } from "../../core/findings/finding";
import { findingsSheetOf } from "../../app/output";
import { formatDay } from "../../app/format";
import { ActionStatus, useLatestAction } from "../components/check/ActionStatus";
import { CheckToolbar } from "../components/check/CheckToolbar";
import { ColumnMapping } from "../components/check/ColumnMapping";
import { FindingFilters } from "../components/check/FindingFilters";
import { FindingList } from "../components/check/FindingList";
import { FindingsSummary } from "../components/check/FindingsSummary";
import { FixDialog } from "../components/check/FixDialog";
import { ResultActions } from "../components/check/ResultActions";
import { TableSummary } from "../components/check/TableSummary";
import { ErrorBar } from "../components/common/ErrorBar";
import { NoticeBar } from "../components/common/NoticeBar";
import { useLayout } from "../components/common/styles";
import { useHost } from "../HostContext";
import type { CheckState } from "../hooks/useCheck";
import { useFindingFilter } from "../hooks/useFindingFilter";
import { useFixes } from "../hooks/useFixes";
import { useHighlight } from "../hooks/useHighlight";
import { useLiveCheck } from "../hooks/useLiveCheck";
import { useCodeLists } from "../hooks/useCodeLists";
import type { Preferences } from "../hooks/usePreferences";
import { useOutputSheets } from "../hooks/useOutputSheets";
import type { Period } from "../hooks/usePeriod";
import { useSelectCell } from "../hooks/useSelectCell";
import { useText } from "../i18n";

const NO_FINDINGS: readonly Finding[] = [];

/** Kiểm tra: read the open sheet, show the list found and its findings; fix, highlight, export. */
export function CheckPage({
  check,
  period,
  prefs,
}: {
  check: CheckState;
  period: Period;
  prefs: Preferences;
}) {
  const host = useHost();
  const { t, lang } = useText();
  const css = useLayout();
  const { result, grid, run } = check;
  const findings = result?.findings ?? NO_FINDINGS;
  const sheet = grid?.sheet ?? null;

  const filter = useFindingFilter(findings);
  const recheck = useCallback(() => run(sheet), [run, sheet]);
  const fixes = useFixes(host, findings, recheck);
  const highlight = useHighlight(host);
  const follow = highlight.follow;
  const onLive = useCallback(
    (liveSheet: string, update: { readonly check: { readonly findings: readonly Finding[] } }) =>
      void follow(liveSheet, update.check.findings),
    [follow],
  );
  const live = useLiveCheck(host, check, prefs.live, onLive);
  const lists = useCodeLists(host, result, prefs.regime, lang);
  const cell = useSelectCell(host);
  const output = useOutputSheets(host);
  const latest = useLatestAction(cell);
  const fixable = useMemo(() => findings.filter((f) => f.fix !== undefined && f.cell !== null), [findings]);

  const onSelect = useCallback(
    (f: Finding) => {
      if (f.cell !== null) void cell.select(f.sheet, f.cell);
    },
    [cell],
  );

  const exportFindings = () => {
    if (!result) return;
    latest.start("export");
    void output.write([findingsSheetOf(result, lang, host.title())]);
  };

  const periodLine = (p: NonNullable<typeof result>["period"]): string => {
    const why = describePeriod(p, lang);
    return t.period.line(p.planYear, why.planYear, formatDay(p.referenceDate), why.referenceDate);
  };

  const busy = fixes.busy || highlight.busy || output.busy || check.phase.kind === "reading";
  const tables = result?.tables ?? [];
  const first = tables[0];

  return (
    <div className={css.page}>
      <p className={css.muted}>
        {!period.options ? t.period.blocked : result ? periodLine(result.period) : t.period.notYet}
      </p>
      <CheckToolbar
        phase={check.phase}
        checked={grid !== null}
        onRun={() => void run()}
        onCancel={check.cancel}
      />
      {check.error && (
        <ErrorBar
          error={check.error}
          onDismiss={check.clearError}
          {...(check.error.kind === "read"
            ? {
                actions: (
                  <Button size="small" onClick={() => void run(null)}>
                    {t.common.retry}
                  </Button>
                ),
              }
            : {})}
        />
      )}
      {check.canceled && <NoticeBar intent="info">{t.check.canceled}</NoticeBar>}
      {host.live && first && (
        <div>
          <Switch
            checked={prefs.live}
            label={t.live.toggle}
            onChange={(_, data) => void prefs.setLive(data.checked)}
          />
          {live.kind === "on" && <p className={css.muted}>{t.live.on(live.sheet)}</p>}
        </div>
      )}
      {live.kind === "stopped" && (
        <NoticeBar intent="warning">{t.live.stopped[live.reason](live.sheet)}</NoticeBar>
      )}
      {grid === null && check.phase.kind === "idle" && <p>{t.check.intro}</p>}
      {result && sheet !== null && tables.length === 0 && (
        <NoticeBar intent="warning" title={t.check.tableNotFoundTitle}>
          {t.check.tableNotFound(sheet)}
        </NoticeBar>
      )}
      {tables.map((checked, i) => (
        <TableSummary key={i} checked={checked} />
      ))}
      {first && (
        <ColumnMapping
          table={first.table}
          mapping={check.mapping}
          onChange={(field, col) => void check.setFieldColumn(field, col)}
          onReset={() => void check.resetMapping()}
        />
      )}
      {first && (
        <section aria-labelledby="kdcl-findings-heading" className={css.stack}>
          <h2 id="kdcl-findings-heading" className={css.heading}>
            {t.findings.heading}
          </h2>
          <FindingsSummary counts={filter.counts} visible={filter.visible} />
          <ResultActions
            canMark={findings.some((f) => f.cell !== null)}
            marked={highlight.marked > 0}
            busy={busy}
            onMark={() => {
              latest.start("highlight");
              void highlight.mark(findings);
            }}
            onUnmark={() => {
              latest.start("highlight");
              void highlight.unmark();
            }}
            onExport={exportFindings}
          />
          {findings.length > 0 && (
            <>
              <FindingFilters filter={filter} />
              <FindingList groups={filter.groups} fixable={fixable} onSelect={onSelect} onFix={fixes.open} />
            </>
          )}
          <ActionStatus
            latest={latest}
            fixes={fixes}
            highlight={highlight}
            output={output}
            select={cell}
            busy={busy}
            onOpenSheet={(name) => void cell.select(name, "A1")}
            onRecheck={() => void run(sheet)}
          />
        </section>
      )}
      {lists.available && (
        <section aria-labelledby="kdcl-lists-heading" className={css.stack}>
          <h2 id="kdcl-lists-heading" className={css.heading}>
            {t.lists.heading}
          </h2>
          <p className={css.muted}>{t.lists.hint}</p>
          <div>
            {first && (
              <Button size="small" disabled={lists.busy || busy} onClick={() => void lists.apply()}>
                {t.lists.apply}
              </Button>
            )}{" "}
            {lists.saved.length > 0 && (
              <Button size="small" disabled={lists.busy || busy} onClick={() => void lists.remove()}>
                {t.lists.remove}
              </Button>
            )}{" "}
            <Button size="small" disabled={lists.busy} onClick={() => void lists.newSheet("commune")}>
              {t.lists.newCommune}
            </Button>{" "}
            <Button size="small" disabled={lists.busy} onClick={() => void lists.newSheet("province")}>
              {t.lists.newProvince}
            </Button>
          </div>
          {lists.error && <ErrorBar error={lists.error} />}
          {lists.notice && (
            <NoticeBar intent="success">
              {lists.notice.kind === "applied"
                ? t.lists.applied(lists.notice.columns, lists.notice.kept)
                : lists.notice.kind === "removed"
                  ? t.lists.removed(lists.notice.ranges, lists.notice.left)
                  : t.lists.sheet(lists.notice.name)}
            </NoticeBar>
          )}
        </section>
      )}
      <FixDialog
        preview={fixes.preview}
        busy={fixes.busy}
        onApply={() => {
          latest.start("fix");
          void fixes.apply();
        }}
        onClose={fixes.close}
      />
    </div>
  );
}
