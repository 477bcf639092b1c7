import { Button } from "@fluentui/react-components";
import { useEffect } from "react";
import { suggestedIssuingBody } from "../../app/plan-header";
import { DocumentArrowDownRegular } from "@fluentui/react-icons";
import type { Summary } from "../../core/summary/summary";
import { ErrorBar } from "../components/common/ErrorBar";
import { ListStatus } from "../components/common/ListStatus";
import { NoticeBar } from "../components/common/NoticeBar";
import { useLayout } from "../components/common/styles";
import { WorkProgress } from "../components/common/WorkProgress";
import { AppendixNotes } from "../components/plan/AppendixNotes";
import { PlanHeaderForm } from "../components/plan/PlanHeaderForm";
import { PlanSections } from "../components/plan/PlanSections";
import { PeriodFields } from "../components/summary/PeriodFields";
import { useHost } from "../HostContext";
import type { CheckState } from "../hooks/useCheck";
import type { Period } from "../hooks/usePeriod";
import { usePlanDownload } from "../hooks/usePlanDownload";
import { usePlanForm } from "../hooks/usePlanForm";
import { useText } from "../i18n";
import { appendixFormOf } from "../lib/plan-appendix";

/** Kế hoạch: the document's header fields and sections, and the .docx download. */
export function PlanPage({
  check,
  period,
  summary,
}: {
  check: CheckState;
  period: Period;
  summary: Summary | null;
}) {
  const host = useHost();
  const { t, lang } = useText();
  const css = useLayout();
  const form = usePlanForm(host.settings);
  const plan = usePlanDownload();
  const planDate = form.planHeader()?.date ?? null;
  const suggested = check.result ? suggestedIssuingBody(check.result, planDate, new Date()) : null;
  const { suggestBody } = form;
  useEffect(() => {
    if (suggested !== null) suggestBody(suggested);
  }, [suggested, suggestBody]);

  const download = () => {
    const header = form.planHeader();
    if (!summary || !header || !check.result) return;
    const fileName = t.plan.fileName(check.result.period.planYear);
    void plan.download(
      check.result,
      { header, sections: form.sections, lang, appendix: appendixFormOf(form.appendixForm, fileName) },
      fileName,
    );
  };

  const ready = summary !== null && form.dateValid && form.sections.length > 0 && period.options !== null;

  return (
    <div className={css.page}>
      <PlanHeaderForm form={form} />
      <PeriodFields period={period} used={check.result?.period ?? null} />
      <PlanSections form={form} />
      <ListStatus check={check} />
      {plan.error && <ErrorBar error={plan.error} onDismiss={plan.clearError} />}
      {plan.done && <NoticeBar intent="success">{t.plan.downloaded(plan.done.fileName)}</NoticeBar>}
      {plan.done && <AppendixNotes outcome={plan.done.appendix} docxName={plan.done.fileName} />}
      {plan.busy ? (
        <WorkProgress label={t.plan.downloading} progress={null} />
      ) : (
        <div>
          <Button
            appearance="primary"
            icon={<DocumentArrowDownRegular />}
            disabled={!ready}
            onClick={download}
          >
            {t.plan.download}
          </Button>
        </div>
      )}
    </div>
  );
}
