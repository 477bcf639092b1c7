/**
 * What a plan's appendix adds to the document the pane makes: the Excel file it names when the user
 * chose one (built before the document is offered, so a document never names a file that failed),
 * or, for a long table, the advice to choose the file instead.
 */
import { APPENDIX_TABLE_LIMIT } from "../../app/vocabulary";
import type { AppendixForm, PlanDocument } from "../../core/plan/model";
import type { Lang } from "../../core/text/format";
import { appendixPath } from "../../hosts/file/appendix/name";
import type { AppendixKind } from "../hooks/usePlanForm";

export interface Attachment {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface AppendixOutcome {
  /** The workbook to download beside the document. */
  readonly attachment: Attachment | null;
  /** Schools listed in a table longer than APPENDIX_TABLE_LIMIT, for the advice; null otherwise. */
  readonly longTable: number | null;
  /** The user asked for a file, but the plan lists no school. */
  readonly noList: boolean;
}

/** The appendix form to ask the plan builder for, naming the workbook after the document. */
export function appendixFormOf(kind: AppendixKind, docxName: string): AppendixForm {
  return kind === "file" ? { kind: "file", fileName: appendixPath(docxName) } : { kind: "table" };
}

export async function appendixOutcome(
  plan: PlanDocument,
  form: AppendixForm,
  lang: Lang,
): Promise<AppendixOutcome> {
  const list = plan.appendix;
  if (form.kind === "table") {
    const listed = list?.table.body.length ?? 0;
    return { attachment: null, longTable: listed > APPENDIX_TABLE_LIMIT ? listed : null, noList: false };
  }
  if (list === null) return { attachment: null, longTable: null, noList: true };
  // The workbook writer (and JSZip) are loaded only when a file is asked for.
  const { appendixWorkbookBytes } = await import(
    /* webpackChunkName: "appendix" */ "../../hosts/file/appendix/workbook"
  );
  return {
    attachment: { fileName: form.fileName, bytes: await appendixWorkbookBytes(list, lang) },
    longTable: null,
    noList: false,
  };
}
