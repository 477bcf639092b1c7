import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { ArrowSyncRegular, TextAddRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import { PLAN_SECTIONS } from "../../app/vocabulary";
import { placeFromBody } from "../../app/vocabulary";
import { WordHostError } from "../../hosts/word/errors";
import type { WordHost } from "../../hosts/word/host";
import { ErrorBar } from "../components/common/ErrorBar";
import { NoticeBar } from "../components/common/NoticeBar";
import { useLayout } from "../components/common/styles";
import { WorkProgress } from "../components/common/WorkProgress";
import { AppendixNotes } from "../components/plan/AppendixNotes";
import { PlanSections } from "../components/plan/PlanSections";
import { PeriodFields } from "../components/summary/PeriodFields";
import type { CheckSettings } from "../hooks/useCheck";
import { usePeriod } from "../hooks/usePeriod";
import { usePlanForm } from "../hooks/usePlanForm";
import type { Preferences } from "../hooks/usePreferences";
import { useText } from "../i18n";
import { appendixFormOf } from "../lib/plan-appendix";
import { SettingsPage } from "../pages/SettingsPage";
import { ListFilePicker } from "./ListFilePicker";
import type { Problem } from "./problem";
import { useListCheck } from "./useListCheck";
import { useListFile } from "./useListFile";
import { usePlanInsert } from "./usePlanInsert";
import { usePlanRefresh } from "./usePlanRefresh";
import { RefreshReportView } from "./RefreshReport";
import { WordHeaderForm } from "./WordHeaderForm";

const UNSUPPORTED = new WordHostError("unsupported");
const FAILED = new WordHostError("failed");

/** A failure with the reader's or Word's own message, else the pane's `fallback`. */
function ProblemBar({ title, problem, fallback }: { title: string; problem: Problem; fallback: string }) {
  const { t, pick } = useText();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {problem.message ? pick(problem.message) : fallback}
        {problem.detail !== null && <div>{t.common.detail(problem.detail)}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * Chèn kế hoạch: the list file, the plan year, the document's header and sections, then the plan at
 * the cursor. The same hooks and fields as the Excel Kế hoạch page, kept in the document's settings.
 */
export function WordPlanPane({ host, prefs }: { host: WordHost; prefs: Preferences }) {
  const { t, lang } = useText();
  const css = useLayout();
  const period = usePeriod(host.settings);
  const form = usePlanForm(host.settings);
  const list = useListFile();
  const { regime, budgetUnitValue } = prefs;
  const settings = useMemo((): CheckSettings | null => {
    if (!period.options) return null;
    return { ...period.options, regime, ...(budgetUnitValue ? { budgetUnit: budgetUnitValue } : {}) };
  }, [period.options, regime, budgetUnitValue]);
  const check = useListCheck(list.file, settings);
  const summary = check.result && check.result.tables.length > 0 ? check.result.summary : null;
  const plan = usePlanInsert(host);
  const refresh = usePlanRefresh(host);

  /** The plan the pane's choices describe, for an insertion or a refresh. */
  const request = () => {
    const header = form.planHeader();
    if (!summary || !header || !check.result) return null;
    void form.save();
    return {
      check: check.result,
      request: {
        header: header.place === "" ? { ...header, place: placeFromBody(header.issuingBody) } : header,
        sections: PLAN_SECTIONS.filter((s) => form.sections.includes(s)),
        lang,
        // Named as a download of the plan would be: the document in Word has no file name of its own yet.
        appendix: appendixFormOf(form.appendixForm, t.plan.fileName(check.result.period.planYear)),
      },
    };
  };
  const insert = () => {
    const r = request();
    if (r) void plan.insert(r.check, r.request);
  };
  const update = () => {
    const r = request();
    if (r) void refresh.start(r.check, r.request);
  };

  const ready =
    host.canInsert &&
    summary !== null &&
    form.dateValid &&
    form.sections.length > 0 &&
    period.options !== null &&
    plan.phase === "idle" &&
    refresh.phase === "idle";
  const file = list.file;
  const noTable = file !== null && check.result !== null && check.result.tables.length === 0;

  return (
    <div className={css.page}>
      <h1 className={css.heading}>{t.word.title}</h1>
      <p className={css.muted}>{t.word.intro}</p>
      {!host.canInsert && (
        <NoticeBar intent="warning" title={t.word.unsupportedTitle}>
          {UNSUPPORTED[lang]}
        </NoticeBar>
      )}
      {prefs.error && <ErrorBar error={prefs.error} />}

      <ListFilePicker list={list} />
      {list.problem && (
        <ProblemBar
          title={t.word.fileFailedTitle(list.problem.name)}
          problem={list.problem}
          fallback={t.word.fileFailed}
        />
      )}
      {check.error && <ErrorBar error={check.error} />}
      {file && noTable && <NoticeBar intent="warning">{t.word.noTable(file.name)}</NoticeBar>}
      {file && check.result && !noTable && (
        <div role="status" className={css.stack}>
          <span>{t.word.listLine(check.sheets, check.schools, check.errors)}</span>
          {check.errors > 0 && <span className={css.muted}>{t.word.listErrors}</span>}
        </div>
      )}

      <PeriodFields period={period} used={check.result?.period ?? null} />
      <WordHeaderForm form={form} />
      <PlanSections form={form} />

      {plan.problem && (
        <ProblemBar
          title={t.word.insertFailedTitle}
          problem={plan.problem}
          fallback={plan.problem.stage === "build" ? t.word.buildFailed : FAILED[lang]}
        />
      )}
      {plan.done && (
        <NoticeBar intent="success">
          {t.word.inserted(
            plan.done.planYear,
            plan.done.sections.map((s) => t.plan.sections[s]),
          )}
        </NoticeBar>
      )}
      {plan.done && <AppendixNotes outcome={plan.done.appendix} docxName={null} />}
      {plan.phase !== "idle" ? (
        <WorkProgress
          label={plan.phase === "building" ? t.word.building : t.word.inserting}
          progress={null}
        />
      ) : (
        <div className={css.stack}>
          <div>
            <Button appearance="primary" icon={<TextAddRegular />} disabled={!ready} onClick={insert}>
              {t.word.insert}
            </Button>
          </div>
          {!file && <span className={css.muted}>{t.word.needFile}</span>}
          <span className={css.muted}>{t.word.insertHint}</span>
        </div>
      )}

      <h2 className={css.heading}>{t.refresh.heading}</h2>
      <p className={css.muted}>{t.refresh.intro}</p>
      {refresh.problem && (
        <ProblemBar
          title={t.refresh.failedTitle}
          problem={refresh.problem}
          fallback={refresh.problem.stage === "build" ? t.word.buildFailed : FAILED[lang]}
        />
      )}
      {refresh.phase === "confirm" && (
        <NoticeBar
          intent="warning"
          title={t.refresh.editedTitle}
          actions={
            <>
              <Button onClick={() => void refresh.confirm("replace")}>{t.refresh.replaceAll}</Button>
              <Button onClick={() => void refresh.confirm("keep")}>{t.refresh.keepEdited}</Button>
              <Button onClick={refresh.cancel}>{t.refresh.cancel}</Button>
            </>
          }
        >
          {t.refresh.edited(refresh.edited.map((id) => t.refresh.parts[id]))}
        </NoticeBar>
      )}
      {refresh.cancelled && <span className={css.muted}>{t.refresh.cancelled}</span>}
      {refresh.report && <RefreshReportView report={refresh.report} />}
      {refresh.report?.appendix && <AppendixNotes outcome={refresh.report.appendix} docxName={null} />}
      {refresh.phase === "reading" || refresh.phase === "writing" ? (
        <WorkProgress
          label={refresh.phase === "reading" ? t.refresh.reading : t.refresh.writing}
          progress={null}
        />
      ) : (
        <div>
          <Button icon={<ArrowSyncRegular />} disabled={!ready} onClick={update}>
            {t.refresh.button}
          </Button>
        </div>
      )}

      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader>{t.word.settings}</AccordionHeader>
          <AccordionPanel>
            <SettingsPage prefs={prefs} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
