import { Button } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { APPENDIX_TABLE_LIMIT } from "../../../app/vocabulary";
import { XLSX_MIME } from "../../../hosts/file/appendix/name";
import { useText } from "../../i18n";
import { downloadBytes } from "../../lib/download";
import type { AppendixOutcome } from "../../lib/plan-appendix";
import { NoticeBar } from "../common/NoticeBar";

/**
 * What the plan's appendix adds once the document is made: the attached workbook to download (its
 * own button: browsers hold back a second download started by the same click), the advice for a
 * table too long to print, or why no workbook was made.
 */
export function AppendixNotes({
  outcome,
  docxName,
}: {
  outcome: AppendixOutcome;
  /** The downloaded document's name; null for the plan in the open Word document. */
  docxName: string | null;
}) {
  const { t } = useText();
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const { attachment } = outcome;
  return (
    <>
      {attachment && (
        <NoticeBar
          intent={downloaded === attachment.fileName ? "success" : "warning"}
          actions={
            <Button
              icon={<ArrowDownloadRegular />}
              onClick={() => {
                downloadBytes(attachment.bytes, attachment.fileName, XLSX_MIME);
                setDownloaded(attachment.fileName);
              }}
            >
              {t.plan.attachmentDownload}
            </Button>
          }
        >
          {downloaded === attachment.fileName
            ? t.plan.attachmentDownloaded(attachment.fileName)
            : t.plan.attachmentReady(docxName, attachment.fileName)}
        </NoticeBar>
      )}
      {outcome.longTable !== null && (
        <NoticeBar intent="warning">{t.plan.appendixLong(outcome.longTable, APPENDIX_TABLE_LIMIT)}</NoticeBar>
      )}
      {outcome.noList && <NoticeBar intent="info">{t.plan.noAppendixList}</NoticeBar>}
    </>
  );
}
