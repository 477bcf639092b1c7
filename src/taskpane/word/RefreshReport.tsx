import { useLayout } from "../components/common/styles";
import { NoticeBar } from "../components/common/NoticeBar";
import { useText } from "../i18n";
import type { RefreshReport } from "./usePlanRefresh";

/** What Cập nhật số liệu did: the parts written, the key figures old → new, and what it left alone. */
export function RefreshReportView({ report }: { report: RefreshReport }) {
  const { t } = useText();
  const r = t.refresh;
  const css = useLayout();
  if (report.none) return <NoticeBar intent="warning">{r.none}</NoticeBar>;
  const names = (ids: readonly (keyof typeof r.parts)[]) => ids.map((id) => r.parts[id]);
  const notes: string[] = [];
  if (report.keptEdited.length > 0) notes.push(r.keptEdited(names(report.keptEdited)));
  if (report.dropped.length > 0) notes.push(r.dropped(names(report.dropped)));
  if (report.otherYears.length > 0) notes.push(r.otherYears(report.otherYears, report.planYear));
  if (report.unreadable > 0) notes.push(r.unreadable(report.unreadable));
  if (report.gone > 0) notes.push(r.gone(report.gone));
  return (
    <div role="status" className={css.stack}>
      <NoticeBar intent="success">
        {report.updated.length > 0
          ? r.updated(report.planYear, names(report.updated))
          : r.upToDate(report.planYear)}
      </NoticeBar>
      {report.changes.length > 0 ? (
        <div>
          <strong>{r.changesTitle}</strong>
          <ul>
            {report.changes.map((c) => (
              <li key={c.figure}>{r.change(r.figures[c.figure], c.from, c.to)}</li>
            ))}
          </ul>
        </div>
      ) : (
        report.updated.length > 0 && <span>{r.noChanges}</span>
      )}
      {report.missing.length > 0 && (
        <NoticeBar intent="warning" title={r.missing(names(report.missing))}>
          {r.missingHint}
        </NoticeBar>
      )}
      {notes.map((note) => (
        <span key={note} className={css.muted}>
          {note}
        </span>
      ))}
    </div>
  );
}
